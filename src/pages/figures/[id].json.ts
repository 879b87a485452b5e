/** /figures/<chart-id>.json: the chart's prepared data with provenance (dataset version, licence, claims). */
import type { APIRoute } from 'astro';
import { chartJson, prepareChart } from '../../figures/charts.ts';
import { CHART_IDS, type ChartId } from '../../lib/vocabulary.ts';
import { getDataset } from '../../data/dataset.ts';

export function getStaticPaths() {
  return CHART_IDS.map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const dataset = await getDataset();
  return new Response(chartJson(prepareChart(params.id as ChartId, dataset), dataset), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
