import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_SUBSETS, CHART_FONT_WEIGHTS, fontFileName } from '../../lib/text/chart-font.ts';

const css = readFileSync('src/figures/shared/chart-font.css', 'utf8');
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((match) => match[1]!);

/** "U+20-7E" → [0x20, 0x7e]; "U+2044" → [0x2044, 0x2044]. */
function ranges(declaration: string): [number, number][] {
  return declaration.split(',').map((part) => {
    const [low, high] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(low!, 16), parseInt(high ?? low!, 16)];
  });
}

describe('the chart font faces (chart-font.css)', () => {
  it('declare every weight and subset that build-fonts.ts writes, with the subset’s own ranges', () => {
    const declared = faces.map((face) => ({
      weight: Number(/font-weight:\s*(\d+)/.exec(face)![1]),
      file: /url\('\/fonts\/([^']+)'\)/.exec(face)![1],
      ranges: ranges(/unicode-range:\s*([^;]+);/.exec(face)![1]!),
    }));
    const expected = CHART_FONT_WEIGHTS.flatMap((weight) =>
      (Object.keys(CHART_FONT_SUBSETS) as (keyof typeof CHART_FONT_SUBSETS)[]).map((subset) => ({
        weight,
        file: fontFileName(weight, subset),
        ranges: CHART_FONT_SUBSETS[subset].map(([low, high]) => [low, high]),
      })),
    );
    expect(declared.sort((a, b) => a.file!.localeCompare(b.file!))).toEqual(
      expected.sort((a, b) => a.file.localeCompare(b.file)),
    );
  });
});
