/** /data/tumen.json: the whole dataset (meta, sources, places, claims) as one document. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { datasetJson } from '../../lib/derive/exports.ts';

export const GET: APIRoute = async () =>
  new Response(datasetJson(await getDataset()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
