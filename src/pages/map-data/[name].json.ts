/** /map-data/map-<hash>.json: the map's places, labels and tooltips, fetched when the map is near. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { mapDataFile } from '../../figures/map/data-file.ts';

export const getStaticPaths = (async () => [
  { params: { name: mapDataFile(await getDataset()).name } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(mapDataFile(await getDataset()).json, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
