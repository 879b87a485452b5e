/** /figures/map.svg: the static map (all of Russia and the Koreas, every layer) as a standalone SVG. */
import type { APIRoute } from 'astro';
import { renderStaticMapSvg } from '../../lib/map/render-static.ts';
import { DEFAULT_MAP_VIEW } from '../../lib/steps.ts';
import { getDataset } from '../../data/dataset.ts';

export const GET: APIRoute = async () =>
  new Response(renderStaticMapSvg(await getDataset(), DEFAULT_MAP_VIEW, { standalone: true }), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
