/**
 * Map views: parsing a step's declared view, describing it in words for screen readers, deciding
 * between a flight and a cut, and the d3 projection that shows the same extent as the live map.
 * Pure; used by the static SVG at build time and by the live map in the browser.
 */
import { geoDistance, geoMercator, type GeoProjection } from 'd3-geo';
import { MapViewSchema, MAP_LAYERS, DEFAULT_MAP_VIEW, type MapLayer, type MapView } from '../steps.ts';

export { DEFAULT_MAP_VIEW };

/** A view from a step, a data attribute or an event; throws naming every bad field. */
export function parseMapView(raw: unknown, where = 'map view'): MapView {
  const result = MapViewSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(view)'}: ${issue.message}`);
  throw new Error(`${where}: ${problems.join('; ')}`);
}

const LAYER_PHRASES: Record<MapLayer, string> = {
  activity: 'regions shaded by documented activity',
  'trade-offices': 'trade offices',
  labour: 'labour deployments',
  trademarks: 'trademarks and goods',
  'trade-fairs': 'trade-fair partners',
  crossings: 'the Tumen border crossings',
  logistics: 'transport links',
  tourism: 'tourism',
};

export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Map: Primorsky Krai and the Tumen border crossings (Khasan, Tumangang)." — what the aria-live region says. */
export function describeMapView(
  view: MapView,
  names: { region: (iso: string) => string; place: (id: string) => string },
): string {
  const regionNames = view.highlight.map(names.region);
  const layers = view.layers.length === MAP_LAYERS.length ? ['all layers'] : view.layers.map((layer) => LAYER_PHRASES[layer]);
  const subject = listInWords([...regionNames, ...layers]);
  const focus = view.focus.map(names.place);
  return `Map: ${subject || 'Russia and the Korean peninsula'}${focus.length > 0 ? `, marking ${listInWords(focus)}` : ''}.`;
}

/** Flights longer than this, or across more zoom levels than this, cut instead (a long flight only dizzies). */
const MAX_FLIGHT_KM = 2500;
const MAX_FLIGHT_ZOOM_CHANGE = 4;
const EARTH_RADIUS_KM = 6371;

export function shouldCut(
  from: Pick<MapView, 'center' | 'zoom'>,
  to: Pick<MapView, 'center' | 'zoom'>,
  options: { instant: boolean; reducedMotion: boolean },
): boolean {
  if (options.instant || options.reducedMotion) return true;
  const km = geoDistance(from.center, to.center) * EARTH_RADIUS_KM;
  return km > MAX_FLIGHT_KM || Math.abs(from.zoom - to.zoom) > MAX_FLIGHT_ZOOM_CHANGE;
}

/** MapLibre draws the world 512 px wide at zoom 0; d3's Mercator is 2π × scale wide. */
export function mercatorScaleForZoom(zoom: number): number {
  return (512 * 2 ** zoom) / (2 * Math.PI);
}

/**
 * A Mercator projection showing what a MapLibre map of this size shows for the view, so the
 * static SVG and the live map frame the same area. Rotated to the view's meridian so that
 * Chukotka, which crosses the antimeridian, is drawn beside the rest of Russia.
 */
export function projectionForView(view: Pick<MapView, 'center' | 'zoom' | 'bearing'>, width: number, height: number): GeoProjection {
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
