/** /data/tumen-claims.csv: every claim, one row each (columns documented on /data/). */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { claimsCsv } from '../../lib/derive/exports.ts';

export const GET: APIRoute = async () =>
  new Response(claimsCsv(await getDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
