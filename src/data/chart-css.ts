/**
 * The stylesheet a standalone chart SVG carries (downloads, PNGs, step snapshots): the chart
 * font's faces and chart.css, with tokens resolved to light-theme literals. Read from disk once per build (build and
 * tests run from the project root) rather than imported with ?raw, which Vitest empties.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveTokens } from '../figures/shared/frame.ts';

let cached: string | undefined;

export function standaloneChartCss(): string {
  const read = (file: string) => readFileSync(path.resolve(process.cwd(), file), 'utf8');
  const css = read('src/figures/shared/chart-font.css') + read('src/figures/shared/chart.css');
  return (cached ??= resolveTokens(css, read('src/styles/tokens.css')));
}
