/**
 * View logic the browser needs, kept free of zod and of the dataset so the map's scripts stay
 * small: describing a view in words, flight-or-cut, fitting a declared view to a container.
 * A declared view (a step's centre and zoom) means "this frame at 640 × 520 px"; other sizes
 * zoom in or out so readers on phones and wide screens see the same area.
 */
import type { MapView } from '../../lib/steps.ts';
import { listInWords } from '../../lib/prose-format.ts';
import { MAP_LAYER_PHRASES, MAP_LAYERS, type MapLayer } from '../../lib/vocabulary.ts';

export const REFERENCE_FRAME = { width: 640, height: 520 } as const;

/** "Map: Primorsky Krai and the Tumen border crossings, marking Khasan and Tumangang." */
export function describeMapView(
  view: Pick<MapView, 'highlight' | 'focus' | 'layers'>,
  names: { region: (iso: string) => string; place: (id: string) => string },
): string {
  const regionNames = view.highlight.map(names.region);
  const layers =
    view.layers.length >= MAP_LAYERS.length ? ['all layers'] : view.layers.map((layer) => MAP_LAYER_PHRASES[layer]);
  const subject = listInWords([...regionNames, ...layers]);
  const focus = view.focus.map(names.place);
  return `Map: ${subject || 'Russia and the Korean peninsula'}${focus.length > 0 ? `, marking ${listInWords(focus)}` : ''}.`;
}

/** Flights longer than this, or across more zoom levels than this, cut instead (a long flight only dizzies). */
const MAX_FLIGHT_KM = 2500;
const MAX_FLIGHT_ZOOM_CHANGE = 4;
const EARTH_RADIUS_KM = 6371;

/** Haversine distance; d3-geo's geoDistance would pull d3 into the page's first script. */
export function greatCircleKm(a: [number, number], b: [number, number]): number {
  const radians = Math.PI / 180;
  const dLat = (b[1] - a[1]) * radians;
  const dLon = (b[0] - a[0]) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * radians) * Math.cos(b[1] * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function shouldCut(
  from: { center: [number, number]; zoom: number },
  to: { center: [number, number]; zoom: number },
  options: { instant: boolean; reducedMotion: boolean },
): boolean {
  if (options.instant || options.reducedMotion) return true;
  const km = greatCircleKm(from.center, to.center);
  return km > MAX_FLIGHT_KM || Math.abs(from.zoom - to.zoom) > MAX_FLIGHT_ZOOM_CHANGE;
}

/** The zoom that shows a declared view's area in a container of this size. */
export function zoomForContainer(declaredZoom: number, width: number, height: number): number {
  if (width <= 0 || height <= 0) return declaredZoom;
  const fit = Math.min(width / REFERENCE_FRAME.width, height / REFERENCE_FRAME.height);
  return Math.max(0, declaredZoom + Math.log2(fit));
}

/** Is a marker drawn when these layers are on? Reference places (no layer) always are; focused places too. */
export function isMarkerVisible(
  marker: { placeId: string; layers: readonly string[]; primaryLayer: string | null },
  layers: readonly MapLayer[],
  focus: readonly string[],
): boolean {
  if (focus.includes(marker.placeId)) return true;
  if (marker.primaryLayer === null) return true;
  return marker.layers.some((layer) => (layers as readonly string[]).includes(layer));
}
