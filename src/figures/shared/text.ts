/**
 * Chart text as the browser draws it: each text class's size and weight (chart.css), measured
 * with the chart font's own advance widths (lib/text/measure.ts), so a chart places and wraps its
 * labels at build and never needs to cut one short.
 */
import { textWidth, wrapText, type TextStyle } from '../../lib/text/measure.ts';
import type { Layout } from './types.ts';

export type TextClass =
  'tf-label' | 'tf-sub' | 'tf-axis' | 'tf-legend-text' | 'tf-note' | 'tf-group' | 'tf-value' | 'tf-title' | 'cat-label';

/** Mirrors chart.css: the narrow layout sets its small text at 13 px. */
const STYLES: Record<TextClass, { size: number; weight: 400 | 700; narrowSize?: number }> = {
  'tf-label': { size: 13, weight: 400 },
  'tf-sub': { size: 12, weight: 400, narrowSize: 13 },
  'tf-axis': { size: 12, weight: 400, narrowSize: 13 },
  'tf-legend-text': { size: 12, weight: 400, narrowSize: 13 },
  'tf-note': { size: 12, weight: 400, narrowSize: 13 },
  'tf-group': { size: 13, weight: 700 },
  'tf-value': { size: 12, weight: 700, narrowSize: 13 },
  'tf-title': { size: 18, weight: 700 },
  'cat-label': { size: 13, weight: 700 },
};

export function textStyle(cls: TextClass, layout: Layout): TextStyle {
  const style = STYLES[cls];
  return { size: layout === 'narrow' ? (style.narrowSize ?? style.size) : style.size, weight: style.weight };
}

/** Baseline-to-baseline distance for wrapped `cls` text: the font's box (1.36 em) plus a little air. */
export function lineHeight(cls: TextClass, layout: Layout): number {
  return Math.ceil(textStyle(cls, layout).size * 1.42);
}

/** Width in px of one line of `cls` text. */
export function measure(content: string, cls: TextClass, layout: Layout): number {
  return textWidth(content, textStyle(cls, layout));
}

/** The lines `content` wraps to within `maxWidth` px: every word kept, none shortened. */
export function wrap(content: string, cls: TextClass, layout: Layout, maxWidth: number): string[] {
  return wrapText(content, maxWidth, textStyle(cls, layout));
}
