/**
 * Label and marker placement: one greedy pass, run by the static SVG at build and by the live map
 * in the browser on the same inputs, so both decide alike what is named and where. Pure; no DOM.
 *
 * Order of precedence: what covers the map (the step's text, the legend) first; then focus
 * markers, displaced along a leader line when two share a spot; country names (shown, never
 * covered); focus labels; highlighted region names; then other markers and their names by
 * priority, each only where there is room. Nothing placed later may overlap anything earlier.
 */

export type Box = { left: number; top: number; right: number; bottom: number };

export type LabelText = { lines: string[]; width: number; lineHeight: number };

export type LayoutMarker = {
  id: string;
  x: number;
  y: number;
  /** Side of the marker's square box in px (the touch target). */
  size: number;
  focus: boolean;
  /** Higher goes first among markers of the same kind. */
  priority: number;
  label: LabelText | null;
};

/** What a named area is: a country, a Russian region, or territory Russia occupies. */
export type AreaKind = 'country' | 'region' | 'occupied';

export type LayoutArea = {
  id: string;
  kind: AreaKind;
  label: LabelText;
  /** Candidate label centres in px, best first (inside the area). */
  candidates: [number, number][];
  /** Must it be shown if any candidate fits? (Countries and highlighted regions: yes.) */
  required: boolean;
};

export type PlacedMarker = {
  id: string;
  /** Where the marker is drawn, and the true point (they differ when displaced). */
  x: number;
  y: number;
  anchorX: number;
  anchorY: number;
  box: Box;
  label: { x: number; y: number; box: Box; align: 'start' | 'middle' | 'end'; leader: boolean } | null;
};

export type PlacedArea = { id: string; kind: LayoutArea['kind']; x: number; y: number; box: Box };

export type Layout = { markers: PlacedMarker[]; areas: PlacedArea[]; hidden: string[] };

export const overlaps = (a: Box, b: Box, tolerance = 0) =>
  a.left < b.right - tolerance &&
  b.left < a.right - tolerance &&
  a.top < b.bottom - tolerance &&
  b.top < a.bottom - tolerance;

const boxAt = (x: number, y: number, width: number, height: number): Box => ({
  left: x - width / 2,
  top: y - height / 2,
  right: x + width / 2,
  bottom: y + height / 2,
});

/** Gap between a marker's box and its label. */
const LABEL_GAP = 3;
/** How far a displaced marker may move from its point, in rings of px. */
const DISPLACE_RINGS = [26, 40, 56];
/** Distances of labels set out along a leader line when nothing fits beside the marker. */
const FAR_DISTANCES = [12, 24, 40, 60, 84, 112, 144];
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [0, -1],
  [-1, 0],
  [0, 1],
  [0.71, -0.71],
  [-0.71, -0.71],
  [-0.71, 0.71],
  [0.71, 0.71],
];

export function layoutMap(input: {
  width: number;
  height: number;
  /** Boxes nothing may be drawn under: the step's text, the legend, controls. */
  covers: Box[];
  markers: LayoutMarker[];
  areas: LayoutArea[];
  /** Keep everything this far inside the frame. */
  margin?: number;
}): Layout {
  const margin = input.margin ?? 2;
  const taken: Box[] = [...input.covers];
  const inFrame = (box: Box) =>
    box.left >= margin && box.top >= margin && box.right <= input.width - margin && box.bottom <= input.height - margin;
  const free = (box: Box) => inFrame(box) && !taken.some((other) => overlaps(box, other));
  const placedMarkers: PlacedMarker[] = [];
  const placedAreas: PlacedArea[] = [];
  const hidden: string[] = [];

  const placeMarker = (marker: LayoutMarker, allowDisplace: boolean): PlacedMarker | null => {
    const own = boxAt(marker.x, marker.y, marker.size, marker.size);
    if (free(own))
      return { id: marker.id, x: marker.x, y: marker.y, anchorX: marker.x, anchorY: marker.y, box: own, label: null };
    if (!allowDisplace) return null;
    for (const ring of DISPLACE_RINGS)
      for (const [dx, dy] of DIRECTIONS) {
        const x = marker.x + dx * ring;
        const y = marker.y + dy * ring;
        const box = boxAt(x, y, marker.size, marker.size);
        if (free(box)) return { id: marker.id, x, y, anchorX: marker.x, anchorY: marker.y, box, label: null };
      }
    // Last resort for a focus place: keep it where it is, even if that means touching another.
    return inFrame(own)
      ? { id: marker.id, x: marker.x, y: marker.y, anchorX: marker.x, anchorY: marker.y, box: own, label: null }
      : null;
  };

  const labelSpots = (placed: PlacedMarker, label: LabelText, far: number) => {
    const height = label.lines.length * label.lineHeight;
    const half = (placed.box.right - placed.box.left) / 2 + LABEL_GAP + far;
    const { x, y } = placed;
    const spots: { box: Box; x: number; y: number; align: 'start' | 'middle' | 'end' }[] = [
      {
        box: { left: x + half, top: y - height / 2, right: x + half + label.width, bottom: y + height / 2 },
        x: x + half,
        y: y - height / 2,
        align: 'start',
      },
      {
        box: { left: x - half - label.width, top: y - height / 2, right: x - half, bottom: y + height / 2 },
        x: x - half,
        y: y - height / 2,
        align: 'end',
      },
      {
        box: { left: x - label.width / 2, top: y - half - height, right: x + label.width / 2, bottom: y - half },
        x,
        y: y - half - height,
        align: 'middle',
      },
      {
        box: { left: x - label.width / 2, top: y + half, right: x + label.width / 2, bottom: y + half + height },
        x,
        y: y + half,
        align: 'middle',
      },
      {
        box: {
          left: x + half * 0.7,
          top: y - half * 0.7 - height,
          right: x + half * 0.7 + label.width,
          bottom: y - half * 0.7,
        },
        x: x + half * 0.7,
        y: y - half * 0.7 - height,
        align: 'start',
      },
      {
        box: {
          left: x - half * 0.7 - label.width,
          top: y - half * 0.7 - height,
          right: x - half * 0.7,
          bottom: y - half * 0.7,
        },
        x: x - half * 0.7,
        y: y - half * 0.7 - height,
        align: 'end',
      },
      {
        box: {
          left: x + half * 0.7,
          top: y + half * 0.7,
          right: x + half * 0.7 + label.width,
          bottom: y + half * 0.7 + height,
        },
        x: x + half * 0.7,
        y: y + half * 0.7,
        align: 'start',
      },
      {
        box: {
          left: x - half * 0.7 - label.width,
          top: y + half * 0.7,
          right: x - half * 0.7,
          bottom: y + half * 0.7 + height,
        },
        x: x - half * 0.7,
        y: y + half * 0.7,
        align: 'end',
      },
    ];
    return spots;
  };

  const placeLabel = (placed: PlacedMarker, label: LabelText, distances: number[]) => {
    for (const far of distances)
      for (const spot of labelSpots(placed, label, far))
        if (free(spot.box)) {
          placed.label = { x: spot.x, y: spot.y, box: spot.box, align: spot.align, leader: far > 0 };
          taken.push(spot.box);
          return true;
        }
    return false;
  };

  const placeArea = (area: LayoutArea) => {
    const height = area.label.lines.length * area.label.lineHeight;
    for (const [x, y] of area.candidates) {
      const box = boxAt(x, y, area.label.width, height);
      if (free(box)) {
        taken.push(box);
        placedAreas.push({ id: area.id, kind: area.kind, x, y, box });
        return;
      }
    }
    hidden.push(area.id);
  };

  const byPriority = (a: LayoutMarker, b: LayoutMarker) => b.priority - a.priority || a.id.localeCompare(b.id);
  const focus = input.markers.filter((marker) => marker.focus).sort(byPriority);
  const others = input.markers.filter((marker) => !marker.focus).sort(byPriority);

  for (const marker of focus) {
    const placed = placeMarker(marker, true);
    if (!placed) {
      hidden.push(marker.id);
      continue;
    }
    taken.push(placed.box);
    placedMarkers.push(placed);
  }
  // Focus names next to their marker first, then country names, then focus names that need a leader line.
  const unnamed: [PlacedMarker, LabelText][] = [];
  for (const marker of focus) {
    const placed = placedMarkers.find((p) => p.id === marker.id);
    if (placed && marker.label && !placeLabel(placed, marker.label, [0])) unnamed.push([placed, marker.label]);
  }
  for (const area of input.areas.filter((a) => a.required && a.kind === 'country')) placeArea(area);
  for (const [placed, label] of unnamed)
    if (!placeLabel(placed, label, FAR_DISTANCES)) hidden.push(`${placed.id}:label`);
  for (const area of input.areas.filter((a) => a.required && a.kind !== 'country')) placeArea(area);
  for (const area of input.areas.filter((a) => !a.required)) placeArea(area);
  for (const marker of others) {
    const placed = placeMarker(marker, false);
    if (!placed) {
      hidden.push(marker.id);
      continue;
    }
    taken.push(placed.box);
    placedMarkers.push(placed);
    if (marker.label && !placeLabel(placed, marker.label, [0])) hidden.push(`${marker.id}:label`);
  }
  return { markers: placedMarkers, areas: placedAreas, hidden };
}

/** Every pair of boxes that overlap by more than the tolerance: the collision test's measure. */
export function overlappingPairs(boxes: { id: string; box: Box }[], tolerance = 1): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlaps(boxes[i]!.box, boxes[j]!.box, tolerance)) pairs.push([boxes[i]!.id, boxes[j]!.id]);
  return pairs;
}
