/**
 * The stylesheet a standalone chart SVG carries (downloads, PNGs, step snapshots): chart.css
 * with its tokens resolved to light-theme literals. Read from disk once per build (build and
 * tests run from the project root) rather than imported with ?raw, which Vitest empties.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveTokens } from '../figures/shared/frame.ts';

let cached: string | undefined;

export function standaloneChartCss(): string {
  const read = (file: string) => readFileSync(path.resolve(process.cwd(), file), 'utf8');
  return (cached ??= resolveTokens(read('src/figures/shared/chart.css'), read('src/styles/tokens.css')));
}
