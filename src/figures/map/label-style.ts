/**
 * How map labels are set: one table read by the text measurer (build), the static SVG and the
 * live map's CSS, so a label is drawn at the size it was measured at.
 */
export type LabelKind = 'focus' | 'place' | 'region' | 'country' | 'occupied';

export type LabelStyle = {
  /** First line (the name) in px, and its weight. */
  size: number;
  weight: 400 | 700;
  /** Further lines (spread, who says so), regular weight. */
  noteSize: number;
  lineHeight: number;
  letterSpacing: number;
  uppercase: boolean;
};

export const LABEL_STYLES: Record<LabelKind, LabelStyle> = {
  focus: { size: 13, weight: 700, noteSize: 11, lineHeight: 15, letterSpacing: 0, uppercase: false },
  place: { size: 12, weight: 400, noteSize: 11, lineHeight: 15, letterSpacing: 0, uppercase: false },
  region: { size: 12, weight: 700, noteSize: 11, lineHeight: 15, letterSpacing: 0, uppercase: false },
  country: { size: 11, weight: 400, noteSize: 11, lineHeight: 14, letterSpacing: 1, uppercase: true },
  occupied: { size: 11, weight: 400, noteSize: 11, lineHeight: 14, letterSpacing: 0, uppercase: false },
};

/** Side of a marker's box in px: the 24 px touch target (WCAG 2.5.8) around the symbol. */
export const MARKER_BOX = 24;
