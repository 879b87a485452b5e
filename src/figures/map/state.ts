/**
 * The map's state for one step in one frame: what the step is about, the camera that frames it
 * clear of what covers the map, which places are drawn and named, where, and how large. Pure,
 * with no DOM, no d3 and no MapLibre, so the static SVG (at build, 640 × 520) and the live map (in
 * the browser, for the container it has, with the step's text card measured) resolve the same
 * rules from the same data and geometry.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { MapView } from '../../lib/steps.ts';
import { isMarkerVisible, zoomForContainer } from './camera.ts';
import type { ClientMarker, MapClientData, MeasuredLabel } from './client-data.ts';
import {
  fitCamera,
  paddingAround,
  projectWith,
  subjectBox,
  unwrapLon,
  type Camera,
  type LonLatBox,
  type Padding,
  type Subject,
} from './frame.ts';
import type { MapGeometry } from './geometry.ts';
import { LABEL_STYLES, MARKER_BOX } from './label-style.ts';
import { layoutMap, type AreaKind, type Box, type LabelText, type LayoutArea, type LayoutMarker } from './layout.ts';

export type MapFrame = {
  width: number;
  height: number;
  /** Boxes over the map, in its own px (the step's text card, the legend, controls). */
  covers: Box[];
};

export type ResolvedLabel = {
  lines: string[];
  kind: MeasuredLabel['kind'];
  /** Top-left (start), top-centre (middle) or top-right (end) of the text block. */
  x: number;
  y: number;
  align: 'start' | 'middle' | 'end';
  box: Box;
  /** A line from the marker to a label set further out. */
  leader: boolean;
};

export type ResolvedMarker = {
  marker: ClientMarker;
  focus: boolean;
  x: number;
  y: number;
  /** The place's true position; differs from x, y when the marker was moved aside (leader line). */
  anchorX: number;
  anchorY: number;
  box: Box;
  label: ResolvedLabel | null;
};

export type ResolvedArea = {
  id: string;
  kind: AreaKind;
  lines: string[];
  x: number;
  y: number;
  box: Box;
};

export type MapStepState = {
  size: { width: number; height: number };
  camera: Camera;
  padding: Padding;
  /** Whether the camera was computed from the subject (false: the step's override, or the default view). */
  fitted: boolean;
  markers: ResolvedMarker[];
  areas: ResolvedArea[];
  highlight: string[];
  activity: boolean;
  /** Focus places that could not be drawn inside the frame (a test asserts this stays empty). */
  missingFocus: string[];
};

/** Room kept between the subject and the frame's edge or a cover: a marker and a short label. */
export const SUBJECT_MARGIN = 44;

type AnyFeature = Feature<Polygon | MultiPolygon, { iso?: string; a3?: string }>;

const boxCache = new WeakMap<object, LonLatBox>();

/** A feature's lon/lat box; a feature straddling 180° (Chukotka) gets east > 180. */
export function featureBox(feature: AnyFeature): LonLatBox {
  const cached = boxCache.get(feature);
  if (cached) return cached;
  const lons: number[] = [];
  const lats: number[] = [];
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const polygon of polygons)
    for (const [lon, lat] of polygon[0]!) {
      lons.push(lon!);
      lats.push(lat!);
    }
  let west = Math.min(...lons);
  let east = Math.max(...lons);
  if (east - west > 180) {
    const shifted = lons.map((lon) => (lon < 0 ? lon + 360 : lon));
    west = Math.min(...shifted);
    east = Math.max(...shifted);
  }
  const box: LonLatBox = [west, Math.min(...lats), east, Math.max(...lats)];
  boxCache.set(feature, box);
  return box;
}

function ringContains(ring: Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > lat !== yj! > lat && lon < ((xj! - xi!) * (lat - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

export function featureContains(feature: AnyFeature, lon: number, lat: number): boolean {
  const [west, south, east, north] = featureBox(feature);
  const x = east > 180 && lon < 0 ? lon + 360 : lon;
  if (x < west || x > east || lat < south || lat > north) return false;
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const test = lon > 180 ? lon - 360 : lon;
  return polygons.some(
    (polygon) =>
      ringContains(polygon[0]!, test, lat) && !polygon.slice(1).some((hole) => ringContains(hole, test, lat)),
  );
}

/** What the step is about, in geometry: focus points, focus regions and countries, highlighted regions. */
export function subjectOf(
  view: Pick<MapView, 'focus' | 'highlight'>,
  data: MapClientData,
  geometry: MapGeometry,
): Subject {
  const subject: Subject = { points: [], areas: [], touch: [] };
  const regionFeature = (iso: string) => geometry.regions.features.find((f) => f.properties.iso === iso);
  for (const id of view.focus) {
    const target = data.focusTargets[id];
    if (!target) continue;
    if (target.kind === 'point') subject.points.push([target.lon, target.lat]);
    else if (target.kind === 'region') {
      const feature = regionFeature(target.iso);
      if (feature) subject.areas.push(featureBox(feature));
    } else {
      const feature = geometry.countries.features.find((f) => f.properties.a3 === target.a3);
      if (feature) subject.areas.push(featureBox(feature));
    }
  }
  const base = subjectBox(subject);
  for (const iso of view.highlight) {
    const feature = regionFeature(iso);
    if (!feature) continue;
    if (!base) {
      subject.areas.push(featureBox(feature));
      continue;
    }
    // Beside focus places a highlighted region need only show in part: the point of its box nearest
    // the subject's centre is kept in frame (the subject's centre itself when the region holds it).
    const [west, south, east, north] = featureBox(feature);
    const centreLon = unwrapLon((base[0] + base[2]) / 2, (west + east) / 2);
    const centreLat = (base[1] + base[3]) / 2;
    subject.touch.push([Math.min(east, Math.max(west, centreLon)), Math.min(north, Math.max(south, centreLat))]);
  }
  return subject;
}

const labelText = (label: MeasuredLabel): LabelText => ({
  lines: label.lines,
  width: label.width,
  lineHeight: LABEL_STYLES[label.kind].lineHeight,
});

/** Label candidates inside each area, from a grid over the visible frame, most central first. */
function areaCandidates(
  features: AnyFeature[],
  unproject: (x: number, y: number) => [number, number],
  frame: MapFrame,
  padding: Padding,
): Map<AnyFeature, [number, number][]> {
  const columns = 14;
  const rows = 12;
  const found = new Map<AnyFeature, [number, number][]>();
  const left = Math.min(padding.left, frame.width / 3);
  const right = Math.max(frame.width - padding.right, (frame.width * 2) / 3);
  const top = Math.min(padding.top, frame.height / 3);
  const bottom = Math.max(frame.height - padding.bottom, (frame.height * 2) / 3);
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++) {
      const x = left + ((column + 0.5) / columns) * (right - left);
      const y = top + ((row + 0.5) / rows) * (bottom - top);
      const [lon, lat] = unproject(x, y);
      for (const feature of features)
        if (featureContains(feature, lon, lat)) found.set(feature, [...(found.get(feature) ?? []), [x, y]]);
    }
  for (const [feature, points] of found) {
    const cx = points.reduce((sum, p) => sum + p[0], 0) / points.length;
    const cy = points.reduce((sum, p) => sum + p[1], 0) / points.length;
    points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    found.set(feature, points);
  }
  return found;
}

/**
 * The state of the map for a view in a frame. `camera` is given when the reader has moved the
 * live map: then only the labels are laid out again, for what they now see.
 */
export function resolveMapState(
  data: MapClientData,
  geometry: MapGeometry,
  view: MapView,
  frame: MapFrame,
  camera?: Camera,
): MapStepState {
  const size = { width: frame.width, height: frame.height };
  const padding = paddingAround(size, frame.covers, SUBJECT_MARGIN);
  const box = subjectBox(subjectOf(view, data, geometry));
  let fitted = false;
  let chosen: Camera;
  if (camera) chosen = camera;
  else if (view.center && view.zoom !== undefined)
    chosen = { center: view.center, zoom: zoomForContainer(view.zoom, frame.width, frame.height) };
  else if (box) {
    chosen = fitCamera(box, size, padding);
    fitted = true;
  } else chosen = fitCamera(DEFAULT_BOX, size, padding);

  const project = projectWith(chosen, size);
  const unproject = unprojectWith(chosen, size);
  const inside = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= size.width && y <= size.height;

  const visible = data.markers.filter((marker) => isMarkerVisible(marker, view.layers, view.focus));
  const layoutMarkers: LayoutMarker[] = [];
  const byId = new Map<string, ClientMarker>();
  for (const marker of visible) {
    const point = project([unwrapLon(marker.lon, chosen.center[0]), marker.lat]);
    if (!inside(point)) continue;
    const focus = view.focus.includes(marker.placeId);
    byId.set(marker.placeId, marker);
    layoutMarkers.push({
      id: marker.placeId,
      x: point[0],
      y: point[1],
      size: MARKER_BOX,
      focus,
      priority: marker.priority,
      label: labelText(labelOf(marker, focus, view)),
    });
  }

  const countryFeatures = geometry.countries.features.filter((f) =>
    data.countryLabels.some((entry) => entry.a3 === f.properties.a3),
  ) as AnyFeature[];
  const highlighted = geometry.regions.features.filter((f) =>
    view.highlight.includes(f.properties.iso),
  ) as AnyFeature[];
  const occupied = geometry.occupied.features.filter(
    (f) => f.properties.iso === data.occupiedLabel?.iso,
  ) as AnyFeature[];
  const candidates = areaCandidates([...countryFeatures, ...highlighted, ...occupied], unproject, frame, padding);
  const areas: LayoutArea[] = [];
  for (const feature of countryFeatures) {
    const label = data.countryLabels.find((entry) => entry.a3 === feature.properties.a3)!.label;
    const points = candidates.get(feature);
    if (points)
      areas.push({
        id: feature.properties.a3!,
        kind: 'country',
        label: labelText(label),
        candidates: points,
        required: true,
      });
  }
  for (const feature of highlighted) {
    const region = data.regions.find((entry) => entry.iso === feature.properties.iso);
    if (!region) continue;
    const own = project([unwrapLon(region.labelAt[0], chosen.center[0]), region.labelAt[1]]);
    const points = [...(inside(own) ? [own] : []), ...(candidates.get(feature) ?? [])];
    areas.push({
      id: region.iso,
      kind: 'region',
      label: labelText(region.nameLabel),
      candidates: points,
      required: true,
    });
  }
  if (data.occupiedLabel && chosen.zoom >= 2.5)
    for (const feature of occupied) {
      const own = project(data.occupiedLabel.labelAt);
      const points = [
        ...(inside(own) ? [[own[0], own[1] + 16] as [number, number]] : []),
        ...(candidates.get(feature) ?? []),
      ];
      areas.push({
        id: data.occupiedLabel.iso,
        kind: 'occupied',
        label: labelText(data.occupiedLabel.label),
        candidates: points,
        required: false,
      });
    }

  const layout = layoutMap({
    width: size.width,
    height: size.height,
    covers: frame.covers,
    markers: layoutMarkers,
    areas,
  });
  const markers: ResolvedMarker[] = layout.markers.map((placed) => {
    const marker = byId.get(placed.id)!;
    const focus = view.focus.includes(placed.id);
    const label = labelOf(marker, focus, view);
    return {
      marker,
      focus,
      x: placed.x,
      y: placed.y,
      anchorX: placed.anchorX,
      anchorY: placed.anchorY,
      box: placed.box,
      label: placed.label ? { lines: label.lines, kind: label.kind, ...placed.label } : null,
    };
  });
  const areaLines = new Map(areas.map((area) => [area.id, area.label.lines]));
  const resolvedAreas: ResolvedArea[] = layout.areas.map((area) => ({
    id: area.id,
    kind: area.kind,
    lines: areaLines.get(area.id) ?? [],
    x: area.x,
    y: area.y,
    box: area.box,
  }));
  const drawn = new Set(markers.map((marker) => marker.marker.placeId));
  const missingFocus = view.focus.filter((id) => data.focusTargets[id]?.kind === 'point' && !drawn.has(id));
  return {
    size,
    camera: chosen,
    padding,
    fitted,
    markers,
    areas: resolvedAreas,
    highlight: view.highlight,
    activity: view.layers.includes('activity'),
    missingFocus,
  };
}

/** A focus place says what its layer needs said (spread, who) only at steps that show that layer. */
function labelOf(marker: ClientMarker, focus: boolean, view: MapView): MeasuredLabel {
  if (!focus) return marker.plainLabel;
  return marker.noteLayer && view.layers.includes(marker.noteLayer) ? marker.focusLabel : marker.focusName;
}

/** Russia and the Koreas: what the map shows when a view names no subject. */
const DEFAULT_BOX: LonLatBox = [27, 33, 190, 72];

export function unprojectWith(camera: Camera, size: { width: number; height: number }) {
  const scale = 512 * 2 ** camera.zoom;
  const cx = ((camera.center[0] + 180) / 360) * scale;
  const cy =
    ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (camera.center[1] * Math.PI) / 360))) / 360) * scale;
  return (x: number, y: number): [number, number] => {
    const worldX = (x - size.width / 2 + cx) / scale;
    const worldY = (y - size.height / 2 + cy) / scale;
    const lon = worldX * 360 - 180;
    const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - worldY * 360) * Math.PI) / 180)) - 90;
    return [lon > 180 ? lon - 360 : lon, lat];
  };
}
