/**
 * Framing a step's subject: the lon/lat box a step is about, and the Web Mercator camera that
 * fits it into a container with padding. Pure and free of d3 and MapLibre, so the live map (in
 * the browser, for the container it really has) and the static SVG (at build) compute the same
 * frame from the same numbers: MapLibre's zoom z draws the world 512 × 2^z px wide.
 */

/** [west, south, east, north] in degrees; east may exceed 180 so a box can cross the antimeridian. */
export type LonLatBox = [number, number, number, number];
export type Padding = { top: number; right: number; bottom: number; left: number };
export type Camera = { center: [number, number]; zoom: number };

/** What a step is about, resolved to geometry: points that must be in frame, areas fitted whole or in part. */
export type Subject = {
  /** Focus places with coordinates: each must be inside the frame and clear of the step's text. */
  points: [number, number][];
  /** Areas framed whole: regions or countries named as focus, or highlighted regions when nothing else is. */
  areas: LonLatBox[];
  /** Highlighted regions beside focus points: each must show at least partly (its label point is kept in). */
  touch: [number, number][];
};

const WORLD = 512;
/** Closer than this and a single place fills the frame with empty land (zoom 9 ≈ 9 km across 100 px). */
export const MAX_SUBJECT_ZOOM = 9;
/** A subject that is one place (a city) is shown within its region: zoom 6.5 ≈ 80 km across 100 px. */
export const LONE_PLACE_ZOOM = 6.5;
export const MIN_SUBJECT_ZOOM = 0.5;

export const mercatorX = (lon: number) => ((lon + 180) / 360) * WORLD;
export const mercatorY = (lat: number) =>
  ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * WORLD;
const lonOfX = (x: number) => (x / WORLD) * 360 - 180;
const latOfY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(((180 - (y / WORLD) * 360) * Math.PI) / 180)) - 90;

/** Shift a longitude by whole turns so it lies within 180° east or west of a reference. */
export function unwrapLon(lon: number, reference: number): number {
  let out = lon;
  while (out - reference > 180) out -= 360;
  while (reference - out > 180) out += 360;
  return out;
}

/**
 * The smallest box holding the subject. Longitudes are unwrapped around the subject's first point,
 * so a subject spanning Chukotka (which crosses 180°) and Moscow is one box, not the whole globe.
 */
export function subjectBox(subject: Subject): LonLatBox | null {
  const lons: number[] = [];
  const lats: number[] = [];
  const reference = subject.points[0]?.[0] ?? (subject.areas[0] ? (subject.areas[0][0] + subject.areas[0][2]) / 2 : 0);
  const add = (lon: number, lat: number) => {
    lons.push(unwrapLon(lon, reference));
    lats.push(lat);
  };
  for (const [lon, lat] of [...subject.points, ...subject.touch]) add(lon, lat);
  for (const [west, south, east, north] of subject.areas) {
    const middle = unwrapLon((west + east) / 2, reference);
    const half = (east - west) / 2;
    lons.push(middle - half, middle + half);
    lats.push(south, north);
  }
  if (lons.length === 0) return null;
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * The camera that fits the box inside the container less its padding, as MapLibre's
 * cameraForBounds does: the box's centre lands at the centre of the padded area.
 */
export function fitCamera(
  box: LonLatBox,
  size: { width: number; height: number },
  padding: Padding,
  limits: { minZoom?: number; maxZoom?: number } = {},
): Camera {
  const x0 = mercatorX(box[0]);
  const x1 = mercatorX(box[2]);
  const y0 = mercatorY(box[3]);
  const y1 = mercatorY(box[1]);
  const innerWidth = Math.max(24, size.width - padding.left - padding.right);
  const innerHeight = Math.max(24, size.height - padding.top - padding.bottom);
  const fit = Math.min(innerWidth / Math.max(1e-9, x1 - x0), innerHeight / Math.max(1e-9, y1 - y0));
  const lonePlace = x1 - x0 < 1e-9 && y1 - y0 < 1e-9;
  const zoom = Math.min(
    limits.maxZoom ?? (lonePlace ? LONE_PLACE_ZOOM : MAX_SUBJECT_ZOOM),
    Math.max(limits.minZoom ?? MIN_SUBJECT_ZOOM, Math.log2(fit)),
  );
  const scale = 2 ** zoom;
  const centreX = ((x0 + x1) / 2) * scale - (padding.left - padding.right) / 2;
  const centreY = ((y0 + y1) / 2) * scale - (padding.top - padding.bottom) / 2;
  const lon = unwrapLon(lonOfX(centreX / scale), 0);
  const lat = latOfY(centreY / scale);
  return { center: [round(lon, 4), round(lat, 4)], zoom: round(zoom, 3) };
}

/** Where a lon/lat lands in a container showing this camera (no bearing). */
export function projectWith(camera: Camera, size: { width: number; height: number }) {
  const scale = 2 ** camera.zoom;
  const cx = mercatorX(camera.center[0]) * scale;
  const cy = mercatorY(camera.center[1]) * scale;
  return ([lon, lat]: [number, number]): [number, number] => [
    mercatorX(unwrapLon(lon, camera.center[0])) * scale - cx + size.width / 2,
    mercatorY(lat) * scale - cy + size.height / 2,
  ];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Padding that keeps the subject clear of what covers the map (the step's text card, the legend,
 * an inset): each covering box, measured in the container's coordinates, takes the side of the
 * container it leaves least room on, unless it covers so much that another side is better.
 * A minimum margin keeps markers and their labels off the edge.
 */
export function paddingAround(
  size: { width: number; height: number },
  covers: { left: number; top: number; right: number; bottom: number }[],
  margin: number,
): Padding {
  const padding: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  for (const cover of covers) {
    const left = Math.max(0, cover.left);
    const top = Math.max(0, cover.top);
    const right = Math.min(size.width, cover.right);
    const bottom = Math.min(size.height, cover.bottom);
    if (right <= left || bottom <= top) continue;
    // The room left on each side of the cover: the subject goes where there is most of it.
    const areas: [keyof Padding, number][] = [
      ['top', (size.height - bottom) * size.width],
      ['bottom', top * size.width],
      ['left', (size.width - right) * size.height],
      ['right', left * size.height],
    ];
    areas.sort((a, b) => b[1] - a[1]);
    const [side, room] = areas[0]!;
    // A cover that leaves less than a quarter of the map free is passing over it (a text card
    // scrolling by): framing into a sliver would only shrink the subject to nothing.
    if (room < (size.width * size.height) / 4) continue;
    if (side === 'top') padding.top = Math.max(padding.top, bottom + margin);
    else if (side === 'bottom') padding.bottom = Math.max(padding.bottom, size.height - top + margin);
    else if (side === 'left') padding.left = Math.max(padding.left, right + margin);
    else padding.right = Math.max(padding.right, size.width - left + margin);
  }
  // Never leave less than a sliver to draw in: a phone in landscape still gets a frame.
  const minInner = 80;
  if (size.width - padding.left - padding.right < minInner) {
    const excess = minInner - (size.width - padding.left - padding.right);
    padding.left = Math.max(0, padding.left - excess / 2);
    padding.right = Math.max(0, padding.right - excess / 2);
  }
  if (size.height - padding.top - padding.bottom < minInner) {
    const excess = minInner - (size.height - padding.top - padding.bottom);
    padding.top = Math.max(0, padding.top - excess / 2);
    padding.bottom = Math.max(0, padding.bottom - excess / 2);
  }
  return padding;
}
