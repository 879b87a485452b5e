/** /figures/map.svg: the static map, standalone (own styles, title, legend, source and credit burned in). */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { renderStaticMapSvg } from '../../figures/map/svg.ts';
import { DEFAULT_MAP_VIEW } from '../../lib/steps.ts';

export const GET: APIRoute = async () =>
  new Response(renderStaticMapSvg(await getDataset(), DEFAULT_MAP_VIEW, { standalone: true }), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
