/** /data/tumen.schema.json: JSON Schema of /data/tumen.json, generated from the zod schemas. */
import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../../lib/json-schema.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(datasetJsonSchema(site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
