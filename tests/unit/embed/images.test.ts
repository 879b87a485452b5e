import { describe, expect, it } from 'vitest';
import { readPngSize } from '../../../src/lib/embed/png.ts';
import { svgToPng } from '../../../src/lib/embed/raster.ts';
import { socialCardSvg, wrapText } from '../../../src/lib/embed/social-card.ts';
import { socialCardName, socialImagePath } from '../../../src/lib/embed/social-names.ts';

describe('PNG size reader', () => {
  it('rejects non-PNG bytes', () => {
    expect(() => readPngSize(new Uint8Array(30))).toThrow('not a PNG');
  });
  it('reads what resvg writes, at 2x', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><text x="10" y="50">Hi</text></svg>';
    expect(readPngSize(svgToPng(svg, { scale: 2 }))).toEqual({ width: 600, height: 240 });
    expect(readPngSize(svgToPng(svg, { width: 150 }))).toEqual({ width: 150, height: 60 });
  });
});

describe('text wrapping for cards', () => {
  it('wraps to the width and keeps every word when there is room', () => {
    const lines = wrapText('one two three four five six seven', 200, 20, 10, 0.5);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });
  it('ellipsises when the line budget runs out', () => {
    const lines = wrapText('alpha beta gamma delta epsilon zeta eta theta iota kappa', 120, 20, 2, 0.5);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('social cards', () => {
  it('are 1200×630 and escape their text', () => {
    const svg = socialCardSvg({
      kicker: 'CHAPTER 1',
      title: 'Trade & <ties>',
      summary: 'A "summary".',
      footer: 'x · CC BY 4.0',
    });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('Trade &amp; &lt;ties&gt;');
    expect(svg).not.toContain('<ties>');
    expect(readPngSize(svgToPng(svg, { scale: 1 }))).toEqual({ width: 1200, height: 630 });
  });
  it('have stable names', () => {
    expect(socialCardName('site')).toBe('site');
    expect(socialImagePath({ chapter: 'labour' })).toBe('/social/chapter-labour.png');
    expect(socialImagePath({ figure: 'map' })).toBe('/social/figure-map.png');
  });
});
