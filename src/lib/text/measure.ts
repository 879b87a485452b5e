/**
 * Text widths in the chart typeface (chart-font.ts), from the advance widths that
 * scripts/build-fonts.ts reads out of the same TTFs the browser and the rasteriser draw with.
 * Kerning is left out, so a measured width is never less than the drawn one. Characters the
 * subsets do not carry fall back to the reader's system font: Hangul and CJK are measured at a
 * full em (the widest such fonts draw them), anything else at 0.62 em.
 */
import metricsJson from './font-metrics.json' with { type: 'json' };
import type { ChartFontWeight } from './chart-font.ts';

type WeightMetrics = { unitsPerEm: number; advances: Record<string, number> };
const METRICS = metricsJson as Record<string, WeightMetrics>;

export type TextStyle = { size: number; weight?: ChartFontWeight; letterSpacing?: number };

const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x11ff],
  [0x2e80, 0x9fff],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
];
const FALLBACK_EM = 0.62;

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Width in px of one line of text. */
export function textWidth(text: string, style: TextStyle): number {
  const metrics = METRICS[String(style.weight ?? 400)]!;
  let em = 0;
  let count = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const advance = metrics.advances[codePoint.toString(16)];
    em += advance !== undefined ? advance / metrics.unitsPerEm : isWide(codePoint) ? 1 : FALLBACK_EM;
    count++;
  }
  return em * style.size + Math.max(0, count - 1) * (style.letterSpacing ?? 0);
}

/**
 * Greedy word wrap to a width in px. A word wider than the line is broken between characters
 * (never shortened with an ellipsis): every character the label holds is drawn.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let current = '';
  const fits = (candidate: string) => textWidth(candidate, style) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    if (fits(word)) {
      current = word;
      continue;
    }
    let piece = '';
    for (const char of word) {
      if (piece && !fits(piece + char)) {
        lines.push(piece);
        piece = '';
      }
      piece += char;
    }
    current = piece;
  }
  if (current) lines.push(current);
  return lines;
}
