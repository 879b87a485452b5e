/** /figures/<chart-id>.svg: the standalone chart, title, takeaway and source line burned in. */
import type { APIRoute } from 'astro';
import { CHART_IDS, renderChartSvg, type ChartId } from '../../components/figures/charts.ts';
import { getDataset } from '../../data/dataset.ts';

export function getStaticPaths() {
  return CHART_IDS.map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(renderChartSvg(params.id as ChartId, await getDataset()), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
