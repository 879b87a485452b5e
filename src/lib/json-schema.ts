/**
 * The JSON Schema of /data/tumen.json, generated from the zod schemas in schema.ts (never written
 * by hand), so the published contract cannot drift from the one the build enforces.
 */
import { z } from 'astro/zod';
import { DatasetDocumentSchema } from './schema.ts';

export const SCHEMA_PATH = '/data/tumen.schema.json';

/**
 * JSON Schema (draft 2020-12) for the dataset document. `site` makes `$id` absolute when known.
 * Cross-record rules (unknown ids, dates after the as-of date…) are not expressible here; the
 * methodology page lists them.
 */
export function datasetJsonSchema(site?: URL | string): Record<string, unknown> {
  const generated = z.toJSONSchema(DatasetDocumentSchema, { target: 'draft-2020-12', io: 'output' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: generated['$schema'],
    ...(site ? { $id: new URL(SCHEMA_PATH, site).href } : {}),
    title: 'Tumen dataset',
    description:
      "Source-cited claims about North Korea's economic ties with Russia, with their sources and places. Each claim carries an attribution class (OFF, RN, RA, CBP, AN) and a status.",
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
