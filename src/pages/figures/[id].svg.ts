/** /figures/<chart-id>.svg: the standalone chart, title, takeaway and source line burned in. */
import type { APIRoute } from 'astro';
import { renderChartSvg } from '../../figures/charts.ts';
import { CHART_IDS, type ChartId } from '../../lib/vocabulary.ts';
import { standaloneChartCss } from '../../data/chart-css.ts';
import { getDataset } from '../../data/dataset.ts';

export function getStaticPaths() {
  return CHART_IDS.map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(renderChartSvg(params.id as ChartId, await getDataset(), { css: standaloneChartCss() }), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
