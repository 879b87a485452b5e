/** The little of fontkit and subset-font that scripts/build-fonts.ts uses (neither ships types). */
declare module 'fontkit' {
  export type Glyph = { advanceWidth: number; id: number };
  export type Font = {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
  };
  export function create(buffer: Buffer): Font;
}

declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' },
  ): Promise<Buffer>;
}
