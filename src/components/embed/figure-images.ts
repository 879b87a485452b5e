/**
 * Build-time images of figures: the standalone SVG of each figure (title and source line burned
 * in) rasterised to PNG, memoised so the downloads and the social cards share one render.
 */
import { getDataset } from '../../data/dataset.ts';
import { renderChartSvg } from '../../figures/charts.ts';
import { standaloneChartCss } from '../../data/chart-css.ts';
import { svgToPng } from '../../lib/embed/raster.ts';
import { renderStaticMapSvg } from '../../figures/map/svg.ts';
import { DEFAULT_MAP_VIEW } from '../../lib/steps.ts';
import { isChartId, type FigureId } from '../../lib/vocabulary.ts';

/** The standalone SVG of a figure, or undefined while a figure has no standalone renderer. */
export async function figureSvg(id: FigureId): Promise<string | undefined> {
  const dataset = await getDataset();
  if (isChartId(id)) return renderChartSvg(id, dataset, { css: standaloneChartCss() });
  if (id === 'map') return renderStaticMapSvg(dataset, DEFAULT_MAP_VIEW, { standalone: true });
  return undefined;
}

const pngCache = new Map<string, Promise<Uint8Array<ArrayBuffer> | undefined>>();

/** The figure as PNG: `scale` × its SVG size (2 for downloads), or fitted to `width` px. */
export function figurePng(
  id: FigureId,
  options: { scale?: number; width?: number } = { scale: 2 },
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const key = `${id}:${options.scale ?? ''}:${options.width ?? ''}`;
  let cached = pngCache.get(key);
  if (!cached) {
    cached = figureSvg(id).then((svg) => (svg === undefined ? undefined : svgToPng(svg, options)));
    pngCache.set(key, cached);
  }
  return cached;
}

/** Figures that can be rasterised now (all of them once the map exports its standalone SVG). */
export async function rasterisableFigures(ids: readonly FigureId[]): Promise<FigureId[]> {
  const result: FigureId[] = [];
  for (const id of ids) if ((await figureSvg(id)) !== undefined) result.push(id);
  return result;
}
