/**
 * The map's model: which places show as markers in which layers, how regions are shaded, and
 * what each marker and region says on hover, focus and in the list view. Pure: dataset in, model out.
 * The live map, the static SVG and the list view all draw this one model.
 */
import { summariseRegions } from '../../lib/derive/regions.ts';
import { formatDate } from '../../lib/dates.ts';
import { formatFigure } from '../../lib/format.ts';
import { type Attribution, type Category, type Claim, type Dataset, type Place } from '../../lib/schema.ts';
import { ATTRIBUTION_CLASSES, countsPeople, MAP_LAYER_LABELS, whoSaidIt } from '../../lib/vocabulary.ts';
import type { MapLayer } from '../../lib/vocabulary.ts';

/** Overlay layers that draw markers (the 'activity' layer shades regions instead). */
export type MarkerLayer = Exclude<MapLayer, 'activity'>;

/** Which layer a claim's category puts its places in; categories not listed mark no layer. */
const LAYER_OF_CATEGORY: Partial<Record<Category, MarkerLayer>> = {
  'trade-office': 'trade-offices',
  labour: 'labour',
  trademark: 'trademarks',
  goods: 'trademarks',
  'trade-fair': 'trade-fairs',
  logistics: 'logistics',
  tourism: 'tourism',
};

/** Place kinds that are border crossings whatever the claims say about them. */
const CROSSING_KINDS = new Set<Place['kind']>(['border-crossing', 'bridge', 'river']);

/** When a place is in several layers, its marker takes the look of the first of these. */
const LAYER_PRECEDENCE: MarkerLayer[] = [
  'crossings',
  'trade-offices',
  'labour',
  'trademarks',
  'trade-fairs',
  'tourism',
  'logistics',
];

export type OfficeStatus = 'planned' | 'reported' | 'confirmed';
export const OFFICE_STATUS_LABELS: Record<OfficeStatus, string> = {
  planned: 'planned (2022 report)',
  reported: 'reported since',
  confirmed: 'confirmed',
};

/** Claim-count classes for region shading. Fixed, so a region's shade keeps its meaning as the dataset grows. */
export const ACTIVITY_CLASSES = [
  { index: 1, min: 1, max: 2, label: '1–2 claims' },
  { index: 2, min: 3, max: 5, label: '3–5' },
  { index: 3, min: 6, max: 10, label: '6–10' },
  { index: 4, min: 11, max: 20, label: '11–20' },
  { index: 5, min: 21, max: Infinity, label: '21 or more' },
] as const;
export type ActivityClassIndex = 0 | (typeof ACTIVITY_CLASSES)[number]['index'];

export function activityClassOf(claimCount: number): ActivityClassIndex {
  return ACTIVITY_CLASSES.find((cls) => claimCount >= cls.min && claimCount <= cls.max)?.index ?? 0;
}

/** What a tooltip or list entry says about one claim. */
export type ClaimNote = {
  id: string;
  date: string;
  title: string;
  category: Category;
  attribution: Attribution;
  status: Claim['status'];
  claimant: string;
  /** "Ukraine's military intelligence (HUR)", or "claimant, via reporter". */
  who: string;
  sources: string[];
  /** Figures in words: "about 12,000 workers (as of 2025)". */
  figures: string[];
};

export type LabourFigure = {
  claimId: string;
  text: string;
  low: number;
  high: number;
  who: string;
  attribution: Attribution;
  date: string;
};

export type MapMarker = {
  placeId: string;
  name: string;
  lon: number;
  lat: number;
  region: string | null;
  /** Layers the place belongs to; empty for reference places (capitals, context), which always show. */
  layers: MarkerLayer[];
  /** The layer whose look the marker takes; null for reference places. */
  primaryLayer: MarkerLayer | null;
  /** The best-attributed class among its claims; null when no claim names the place. */
  attribution: Attribution | null;
  officeStatus: OfficeStatus | null;
  /** Worker numbers claimed for this place, each with who claimed it; the marker is sized by the largest. */
  labour: LabourFigure[];
  /** Marker radius in px for labour markers (area ∝ number); 0 for others. */
  labourRadius: number;
  /** 0 for the first marker at a point, 1, 2… for markers sharing its coordinates (drawn side by side). */
  stackIndex: number;
  claims: ClaimNote[];
};

export type MapRegion = {
  iso: string;
  claimCount: number;
  activityClass: ActivityClassIndex;
  strongestAttribution: Attribution;
  categories: { category: Category; count: number }[];
  placeIds: string[];
  claims: ClaimNote[];
};

export type MapModel = {
  markers: MapMarker[];
  /** Regions with at least one claim, most claims first. Includes non-Russian codes (KP-01…). */
  regions: MapRegion[];
  /** Places with coordinates that are regions: drawn as shaded polygons, not markers. */
  regionPlaceIds: string[];
};

function noteOf(claim: Claim): ClaimNote {
  const who = whoSaidIt(claim);
  return {
    id: claim.id,
    date: claim.date,
    title: claim.title,
    category: claim.category,
    attribution: claim.attribution,
    status: claim.status,
    claimant: claim.claimant,
    who,
    sources: claim.sources,
    figures: claim.figures.map((figure) => `${formatFigure(figure)} (as of ${formatDate(figure.asOf)})`),
  };
}

const byDateThenId = (a: ClaimNote, b: ClaimNote) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

function strongest(classes: Attribution[]): Attribution | null {
  return classes.length === 0
    ? null
    : [...classes].sort((a, b) => ATTRIBUTION_CLASSES.indexOf(a) - ATTRIBUTION_CLASSES.indexOf(b))[0]!;
}

/** planned: only the 2022 plan (status "planned" or dated 2022 or earlier); reported: a later report;
 * confirmed: any trade-office claim with status "confirmed". */
export function officeStatusOf(claims: Claim[]): OfficeStatus | null {
  const officeClaims = claims.filter((claim) => claim.category === 'trade-office' && claim.status !== 'superseded');
  if (officeClaims.length === 0) return null;
  if (officeClaims.some((claim) => claim.status === 'confirmed')) return 'confirmed';
  if (officeClaims.some((claim) => claim.status !== 'planned' && claim.date >= '2023')) return 'reported';
  return 'planned';
}

export function labourFiguresOf(claims: Claim[]): LabourFigure[] {
  const figures: LabourFigure[] = [];
  for (const claim of claims) {
    if (claim.category !== 'labour') continue;
    for (const figure of claim.figures) {
      if (!countsPeople(figure.unit)) continue;
      const low = figure.low ?? figure.value!;
      const high = figure.high ?? figure.value!;
      figures.push({
        claimId: claim.id,
        text: formatFigure(figure),
        low,
        high,
        who: claim.claimant,
        attribution: claim.attribution,
        date: claim.date,
      });
    }
  }
  return figures.sort((a, b) => a.date.localeCompare(b.date) || a.claimId.localeCompare(b.claimId));
}

/** Area proportional to the number: 50,000 workers → 28 px, 1,000 → 4 px (never below 5 px, so it stays visible). */
export function labourRadiusFor(people: number): number {
  if (people <= 0) return 0;
  return Math.max(5, Math.round(28 * Math.sqrt(people / 50_000) * 10) / 10);
}

export function buildMapModel(dataset: Pick<Dataset, 'places' | 'claims'>): MapModel {
  const claimsByPlace = new Map<string, Claim[]>();
  for (const claim of dataset.claims)
    for (const placeId of claim.places) claimsByPlace.set(placeId, [...(claimsByPlace.get(placeId) ?? []), claim]);

  const markers: MapMarker[] = [];
  const regionPlaceIds: string[] = [];
  for (const place of dataset.places) {
    if (!place.coordinates) continue;
    if (place.kind === 'region' && place.region?.startsWith('RU-')) {
      regionPlaceIds.push(place.id);
      continue;
    }
    const claims = claimsByPlace.get(place.id) ?? [];
    const layerSet = new Set<MarkerLayer>();
    if (CROSSING_KINDS.has(place.kind)) layerSet.add('crossings');
    for (const claim of claims) {
      const layer = LAYER_OF_CATEGORY[claim.category];
      if (layer) layerSet.add(layer);
    }
    const layers = LAYER_PRECEDENCE.filter((layer) => layerSet.has(layer));
    const labour = labourFiguresOf(claims);
    const primaryLayer = layers[0] ?? null;
    // The code on a marker speaks for what the marker shows: a trade-office marker carries the
    // attribution of the trade-office claims, not of an unrelated official visit to the same city.
    const primaryClaims = claims.filter((claim) => LAYER_OF_CATEGORY[claim.category] === primaryLayer);
    markers.push({
      placeId: place.id,
      name: place.name.en,
      lon: place.coordinates[0],
      lat: place.coordinates[1],
      region: place.region,
      layers,
      primaryLayer,
      attribution: strongest((primaryClaims.length > 0 ? primaryClaims : claims).map((claim) => claim.attribution)),
      officeStatus: officeStatusOf(claims),
      labour,
      labourRadius: labourRadiusFor(Math.max(0, ...labour.map((figure) => figure.high))),
      stackIndex: 0,
      claims: claims.map(noteOf).sort(byDateThenId),
    });
  }
  // Markers at the same point (Kursk and its oblast's centre, the two Tumen bridges) sit side by side.
  const seenAt = new Map<string, number>();
  for (const marker of markers) {
    const key = `${marker.lon},${marker.lat}`;
    marker.stackIndex = seenAt.get(key) ?? 0;
    seenAt.set(key, marker.stackIndex + 1);
  }

  const claimsById = new Map(dataset.claims.map((claim) => [claim.id, claim]));
  const regions: MapRegion[] = [...summariseRegions(dataset).values()].map((summary) => ({
    iso: summary.region,
    claimCount: summary.claimCount,
    activityClass: activityClassOf(summary.claimCount),
    strongestAttribution: summary.strongestAttribution,
    categories: Object.entries(summary.byCategory)
      .filter(([, count]) => count > 0)
      .map(([category, count]) => ({ category: category as Category, count }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    placeIds: summary.placeIds,
    claims: summary.claimIds.map((id) => noteOf(claimsById.get(id)!)).sort(byDateThenId),
  }));

  return { markers, regions, regionPlaceIds };
}

export { isMarkerVisible } from './camera.ts';

/** One line for a marker's accessible name: "Vladivostok: trade office (planned (2022 report)), 4 claims, strongest RN". */
export function describeMarker(marker: MapMarker): string {
  const parts: string[] = [];
  if (marker.primaryLayer) parts.push(MAP_LAYER_LABELS[marker.primaryLayer].toLowerCase());
  if (marker.officeStatus) parts.push(`trade office ${OFFICE_STATUS_LABELS[marker.officeStatus]}`);
  if (marker.labour.length > 0)
    parts.push(`workers claimed: ${marker.labour.map((figure) => `${figure.text} (${figure.who})`).join('; ')}`);
  const count = marker.claims.length;
  parts.push(
    count === 0
      ? 'no claims yet'
      : `${count} claim${count === 1 ? '' : 's'} (${[...new Set(marker.claims.map((claim) => claim.attribution))].join(', ')})`,
  );
  return `${marker.name}: ${parts.join('; ')}`;
}
