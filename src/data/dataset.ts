/**
 * The validated dataset as Astro pages and components see it, read through the content layer.
 * Pure derivations in src/lib/ take this object as an argument; nothing else reads the JSON.
 */
import { getCollection } from 'astro:content';
import type { Dataset } from '../lib/schema.ts';

let cached: Promise<Dataset> | undefined;

export function getDataset(): Promise<Dataset> {
  return (cached ??= (async () => {
    const [meta] = await getCollection('meta');
    if (!meta) throw new Error('content/data/meta.json produced no record');
    const { id: _metaId, ...metaData } = meta.data as Dataset['meta'] & { id?: string };
    return {
      meta: metaData,
      sources: (await getCollection('sources')).map((entry) => entry.data),
      places: (await getCollection('places')).map((entry) => entry.data),
      claims: (await getCollection('claims')).map((entry) => entry.data),
    };
  })());
}
