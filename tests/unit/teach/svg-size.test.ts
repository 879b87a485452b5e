import { describe, expect, it } from 'vitest';
import { svgSize } from '../../../src/lib/teach/svg-size.ts';

describe('svgSize', () => {
  it('reads width and height from the root element', () => {
    expect(
      svgSize(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="752" height="464"><g width="1"/></svg>',
      ),
    ).toEqual({ width: 752, height: 464 });
  });
  it('falls back to the viewBox', () => {
    expect(svgSize('<svg viewBox="0 0 640 716"></svg>')).toEqual({ width: 640, height: 716 });
  });
  it('refuses a document without a size', () => {
    expect(() => svgSize('<svg></svg>')).toThrow(/neither width\/height nor a viewBox/);
  });
});
