/**
 * renderStaticMapSvg(dataset, view, options): the static map for pages, downloads and snapshots.
 * Build-time only (it reads the committed overview geometry).
 */
import type { Dataset } from '../../lib/schema.ts';
import type { MapView } from '../../lib/steps.ts';
import { detailGeometry, overviewGeometry } from './geometry-data.ts';
import { buildMapModel } from './model.ts';
import { namesFor, renderStaticMapSvgFrom, type StaticMapOptions } from './svg.ts';
import { parseMapView } from './projection.ts';

export function renderStaticMapSvg(
  dataset: Pick<Dataset, 'places' | 'claims'> & Partial<Pick<Dataset, 'meta'>>,
  view: MapView,
  options: StaticMapOptions = {},
): string {
  const parsedView = parseMapView(view);
  // Close views use the detailed geometry: clipping to the frame keeps their paths short anyway.
  const geometry = parsedView.zoom >= 4 ? detailGeometry() : overviewGeometry();
  const datasetLabel =
    options.datasetLabel ?? (dataset.meta ? `v${dataset.meta.version}, as of ${dataset.meta.asOf}` : undefined);
  return renderStaticMapSvgFrom(buildMapModel(dataset), geometry, parsedView, namesFor(dataset, geometry), {
    ...options,
    ...(datasetLabel ? { datasetLabel } : {}),
  });
}
