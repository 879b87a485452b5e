/** /figures/<chart-id>.csv: the rows the chart draws (its data table), one per mark, with claim and source ids. */
import type { APIRoute } from 'astro';
import { chartCsv, prepareChart } from '../../figures/charts.ts';
import { CHART_IDS, type ChartId } from '../../lib/vocabulary.ts';
import { getDataset } from '../../data/dataset.ts';

export function getStaticPaths() {
  return CHART_IDS.map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(chartCsv(prepareChart(params.id as ChartId, await getDataset())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
