/**
 * The map's data as a file of its own, named by a hash of its content: the story page no longer
 * inlines it, the browser fetches it only when the map nears the viewport, and a host may cache it
 * for good (a new dataset is a new name). Build time.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../../lib/schema.ts';
import { mapDataFor } from './svg.ts';

export type MapDataFile = { name: string; url: string; json: string };

const files = new WeakMap<object, MapDataFile>();

export function mapDataFile(dataset: Pick<Dataset, 'places' | 'claims' | 'sources'>): MapDataFile {
  let file = files.get(dataset);
  if (!file) {
    const json = JSON.stringify(mapDataFor(dataset));
    const name = `map-${createHash('sha256').update(json).digest('hex').slice(0, 12)}`;
    file = { name, url: `/map-data/${name}.json`, json };
    files.set(dataset, file);
  }
  return file;
}
