/**
 * The map's geometry as GeoJSON, decoded from the TopoJSON that scripts/build-geometry.ts writes.
 * Rings are wound for d3-geo (exterior clockwise); MapLibre accepts either winding.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type RegionProperties = { iso: string; name: string; nameRu: string; label: [number, number] };
export type OccupiedProperties = { iso: string; name: string; label: [number, number] };
export type CountryProperties = { a3: string; name: string };

export type MapTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  regions: GeometryCollection<RegionProperties>;
  occupied: GeometryCollection<OccupiedProperties>;
}>;

export type MapGeometry = {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
  occupied: FeatureCollection<Polygon | MultiPolygon, OccupiedProperties>;
};

export function decodeMapGeometry(topology: MapTopology): MapGeometry {
  return {
    countries: feature(topology, topology.objects.countries) as MapGeometry['countries'],
    regions: feature(topology, topology.objects.regions) as MapGeometry['regions'],
    occupied: feature(topology, topology.objects.occupied) as MapGeometry['occupied'],
  };
}

/** ISO code → English name of every federal subject (and the occupied territories). */
export function regionNames(geometry: MapGeometry): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of geometry.regions.features) names.set(f.properties.iso, f.properties.name);
  for (const f of geometry.occupied.features) names.set(f.properties.iso, f.properties.name);
  return names;
}
