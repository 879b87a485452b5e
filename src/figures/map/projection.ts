/**
 * Map views: parsing a step's declared view, describing it in words for screen readers, deciding
 * between a flight and a cut, and the d3 projection that shows the same extent as the live map.
 * Pure; used by the static SVG at build time and by the live map in the browser.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { MapViewSchema, DEFAULT_MAP_VIEW, type MapView } from '../../lib/steps.ts';

export { DEFAULT_MAP_VIEW };

/** A view from a step, a data attribute or an event; throws naming every bad field. */
export function parseMapView(raw: unknown, where = 'map view'): MapView {
  const result = MapViewSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(view)'}: ${issue.message}`);
  throw new Error(`${where}: ${problems.join('; ')}`);
}

export { describeMapView, shouldCut } from './camera.ts';

/** MapLibre draws the world 512 px wide at zoom 0; d3's Mercator is 2π × scale wide. */
export function mercatorScaleForZoom(zoom: number): number {
  return (512 * 2 ** zoom) / (2 * Math.PI);
}

/**
 * A Mercator projection showing what a MapLibre map of this size shows for the view, so the
 * static SVG and the live map frame the same area. Rotated to the view's meridian so that
 * Chukotka, which crosses the antimeridian, is drawn beside the rest of Russia.
 */
export function projectionForView(
  view: { center: [number, number]; zoom: number; bearing: number },
  width: number,
  height: number,
): GeoProjection {
  return geoMercator()
    .rotate([-view.center[0], 0])
    .center([0, view.center[1]])
    .scale(mercatorScaleForZoom(view.zoom))
    .translate([width / 2, height / 2])
    .angle(-view.bearing)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
