/**
 * SVG → PNG at build time with @resvg/resvg-js (no browser, no network).
 *
 * Fonts: resvg sees no web fonts and, to keep PNGs identical across machines, no system font
 * scan either: it gets DejaVu Sans/Serif (Debian's fonts-dejavu-core, which fontconfig-config —
 * and so chromium — depends on) and, if present, Liberation Sans (fonts-liberation, which Debian's
 * chromium recommends). tokens.css lists 'DejaVu Sans' in --font-ui, so the chart CSS resolves to
 * it; every other family in the list falls through to it. Override the directory list with
 * TUMEN_FONT_DIRS (colon-separated) on other systems.
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FILES } from '../text/chart-font.ts';

const DEFAULT_FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
];

function fontOptions() {
  const dirs = process.env.TUMEN_FONT_DIRS?.split(':').filter(Boolean) ?? [];
  // The chart font first: chart labels are placed with its metrics (figures/shared/text.ts).
  const files = [...Object.values(CHART_FONT_FILES), ...DEFAULT_FONT_FILES].filter((file) => existsSync(file));
  if (files.length === 0 && dirs.length === 0)
    throw new Error(
      'PNG rendering needs fonts: install fonts-dejavu-core (apt-get install fonts-dejavu-core) or set TUMEN_FONT_DIRS',
    );
  const sans = files.some((f) => f.includes('DejaVuSans')) ? 'DejaVu Sans' : 'Liberation Sans';
  return {
    loadSystemFonts: false,
    fontFiles: files,
    fontDirs: dirs,
    defaultFontFamily: sans,
    sansSerifFamily: sans,
    serifFamily: files.some((f) => f.includes('DejaVuSerif')) ? 'DejaVu Serif' : sans,
  };
}

/** Rasterises a standalone SVG document at `scale` × its own width (2 = retina). */
export function svgToPng(svg: string, options: { scale?: number; width?: number } = {}): Uint8Array<ArrayBuffer> {
  const fitTo = options.width
    ? ({ mode: 'width', value: options.width } as const)
    : ({ mode: 'zoom', value: options.scale ?? 2 } as const);
  const resvg = new Resvg(svg, { fitTo, font: fontOptions(), imageRendering: 0, shapeRendering: 2, textRendering: 1 });
  return new Uint8Array(resvg.render().asPng());
}
