/**
 * Writes the chart typeface: public/fonts/tumen-sans-<weight>-<subset>.woff2 (what browsers
 * download) and src/lib/text/font-metrics.json (advance widths that measure.ts uses to place
 * text at build time), both from the same Noto Sans TTFs, so the measured and the drawn font agree.
 *
 *   npm run build-fonts
 *
 * Deterministic: same TTFs, same bytes. The outputs are committed; the build does not run this.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import {
  CHART_FONT_FILES,
  CHART_FONT_SUBSETS,
  CHART_FONT_WEIGHTS,
  fontFileName,
  type ChartFontSubset,
} from '../src/lib/text/chart-font.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function codePointsOf(subset: ChartFontSubset): number[] {
  const points: number[] = [];
  for (const [first, last] of CHART_FONT_SUBSETS[subset]) for (let cp = first; cp <= last; cp++) points.push(cp);
  return points;
}

const metrics: Record<string, { unitsPerEm: number; advances: Record<string, number> }> = {};
for (const weight of CHART_FONT_WEIGHTS) {
  const ttf = readFileSync(path.join(ROOT, CHART_FONT_FILES[weight]));
  const font = fontkit.create(ttf);
  const advances: Record<string, number> = {};
  for (const subset of Object.keys(CHART_FONT_SUBSETS) as ChartFontSubset[]) {
    const points = codePointsOf(subset).filter((cp) => font.hasGlyphForCodePoint(cp));
    for (const cp of points) advances[cp.toString(16)] = font.glyphForCodePoint(cp).advanceWidth;
    const woff2 = await subsetFont(ttf, String.fromCodePoint(...points), { targetFormat: 'woff2' });
    const out = path.join(ROOT, 'public/fonts', fontFileName(weight, subset));
    writeFileSync(out, woff2);
    console.log(`${path.relative(ROOT, out)}: ${points.length} glyphs, ${woff2.length} bytes`);
  }
  metrics[String(weight)] = { unitsPerEm: font.unitsPerEm, advances };
}
const metricsFile = path.join(ROOT, 'src/lib/text/font-metrics.json');
writeFileSync(metricsFile, JSON.stringify(metrics) + '\n');
console.log(`${path.relative(ROOT, metricsFile)}: ${Buffer.byteLength(JSON.stringify(metrics))} bytes`);
