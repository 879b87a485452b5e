/**
 * The one typeface every chart and map label is drawn in, whatever the reader's system: the
 * text is measured with its metrics at build time (measure.ts), so what the states place is what
 * the browser, the PNG rasteriser and the downloads draw. Noto Sans (SIL Open Font License),
 * from @expo-google-fonts/noto-sans, subset by scripts/build-fonts.ts into public/fonts/.
 */

/** The weights the charts use: regular text, and bold for headings, values and country names. */
export const CHART_FONT_WEIGHTS = [400, 700] as const;
export type ChartFontWeight = (typeof CHART_FONT_WEIGHTS)[number];

/** The TTF behind each weight, relative to the project root (read at build only). */
export const CHART_FONT_FILES: Record<ChartFontWeight, string> = {
  400: 'node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  700: 'node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};

/** Unicode ranges of the web subsets; a page downloads a subset only when its text needs it. */
export const CHART_FONT_SUBSETS = {
  latin: [
    [0x20, 0x7e],
    [0xa0, 0x17f],
    [0x2010, 0x2027],
    [0x2030, 0x203a],
    [0x2044, 0x2044],
    [0x20ac, 0x20ac],
    [0x20bd, 0x20bd],
    [0x2116, 0x2116],
    [0x2190, 0x2193],
    [0x2212, 0x2212],
    [0x2248, 0x2248],
    [0x2264, 0x2265],
  ],
  cyrillic: [
    [0x400, 0x45f],
    [0x490, 0x491],
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;
export type ChartFontSubset = keyof typeof CHART_FONT_SUBSETS;

export function fontFileName(weight: ChartFontWeight, subset: ChartFontSubset): string {
  return `tumen-sans-${weight}-${subset}.woff2`;
}
