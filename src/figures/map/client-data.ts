/**
 * The map's data as the browser receives it (a content-hashed JSON file fetched when the map
 * nears the viewport) and as the state resolver reads it at build: every place with its names,
 * label text already measured in the map's typeface, marker look, labour spread and tooltip.
 * Pure; build time (it measures text, so the browser needs no font metrics).
 */
import { formatDate } from '../../lib/dates.ts';
import { formatNumber } from '../../lib/format.ts';
import { MAP_LAYER_LABELS } from '../../lib/vocabulary.ts';
import type { Attribution, Dataset } from '../../lib/schema.ts';
import { textWidth } from '../../lib/text/measure.ts';
import type { MapGeometry } from './geometry.ts';
import {
  ACTIVITY_CLASSES,
  OFFICE_STATUS_LABELS,
  describeMarker,
  labourRadiusFor,
  type ClaimNote,
  type LabourFigure,
  type MapMarker,
  type MapModel,
  type MarkerLayer,
  type OfficeStatus,
} from './model.ts';
import { LABEL_STYLES, type LabelKind } from './label-style.ts';

export type TipClaim = { attribution: Attribution; text: string };
export type Tip = { heading: string; lines: string[]; claims: TipClaim[]; more: number };

/** A label's lines and its measured width in px. */
export type MeasuredLabel = { lines: string[]; width: number; kind: LabelKind };

export type ClientMarker = {
  placeId: string;
  lon: number;
  lat: number;
  layers: MarkerLayer[];
  primaryLayer: MarkerLayer | null;
  officeStatus: OfficeStatus | null;
  /** Labour spread: radii (area ∝ number) of the lowest and highest worker figure claimed; null if none. */
  labour: { low: number; high: number } | null;
  /** Higher is named first when space is short. */
  priority: number;
  name: string;
  /** The label at the place's own step: its name, then what the map must say (spread, who)… */
  focusLabel: MeasuredLabel;
  /** …which speaks for this layer, and is left out at steps that do not show it. */
  noteLayer: MarkerLayer | null;
  /** The label at its own step when the notes' layer is off: the name alone, set as a focus name. */
  focusName: MeasuredLabel;
  /** The label elsewhere: the name alone. */
  plainLabel: MeasuredLabel;
  /** Accessible name of the marker. */
  label: string;
  tip: Tip;
};

export type ClientRegion = {
  iso: string;
  name: string;
  claimCount: number;
  activityClass: number;
  labelAt: [number, number];
  nameLabel: MeasuredLabel;
  label: string;
  tip: Tip;
};

/** What a step's focus id points at: a place with coordinates, a region's outline or a country's. */
export type FocusTarget =
  { kind: 'point'; lon: number; lat: number } | { kind: 'region'; iso: string } | { kind: 'country'; a3: string };

export type MapClientData = {
  regionNames: Record<string, string>;
  placeNames: Record<string, string>;
  focusTargets: Record<string, FocusTarget>;
  markers: ClientMarker[];
  regions: ClientRegion[];
  /** Countries named on the map, with their label measured. */
  countryLabels: { a3: string; label: MeasuredLabel }[];
  occupiedLabel: { iso: string; labelAt: [number, number]; label: MeasuredLabel } | null;
};

/** Claims shown in a tooltip before "and N more in the list". */
const TIP_CLAIMS = 5;

/** Capitals are named first, whatever else competes for the space. */
const CAPITALS = new Set(['pyongyang', 'seoul', 'beijing', 'moscow', 'kyiv']);

export const OCCUPIED_LABEL = 'Crimea: Ukrainian, occupied by Russia';

export function measure(lines: string[], kind: LabelKind): MeasuredLabel {
  const style = LABEL_STYLES[kind];
  const widths = lines.map((line, index) =>
    textWidth(style.uppercase ? line.toUpperCase() : line, {
      size: index === 0 ? style.size : style.noteSize,
      weight: index === 0 ? style.weight : 400,
      letterSpacing: style.letterSpacing,
    }),
  );
  // Round up, and allow a hair for the halo around the glyphs.
  return { lines, width: Math.ceil(Math.max(0, ...widths) + 2), kind };
}

/** A claimant as a map label names it: the acronym they go by, or whoever cites the unnamed source. */
export function shortClaimant(claimant: string): string {
  const acronym = /\(([A-Z][A-Za-z]{1,7})\)\s*$/.exec(claimant)?.[1];
  if (acronym) return acronym;
  const citedBy = /cited by (.+)$/i.exec(claimant)?.[1];
  if (citedBy) return shortClaimant(citedBy.replace(/\s*\([^)]*\)\s*$/, ''));
  return claimant.split(/[,;]/)[0]!.trim();
}

/** "12,000–25,000 workers claimed" and "HUR (CBP), NHK (RA)": the spread and every claimant's class. */
export function labourSpreadLines(figures: LabourFigure[]): string[] {
  if (figures.length === 0) return [];
  const low = Math.min(...figures.map((figure) => figure.low));
  const high = Math.max(...figures.map((figure) => figure.high));
  const amount = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  const who = [...new Map(figures.map((f) => [`${shortClaimant(f.who)} (${f.attribution})`, true])).keys()];
  return [`${amount} workers claimed`, who.join(', ')];
}

/**
 * What a trade-office marker must say beyond its name: whether the office was only planned, and
 * who says so where that changes the meaning (a single unnamed source, or one outlet alone).
 */
export function officeNoteLines(marker: MapMarker): string[] {
  if (!marker.officeStatus) return [];
  const officeClaims = marker.claims.filter((claim) => claim.category === 'trade-office');
  const status = `office ${OFFICE_STATUS_LABELS[marker.officeStatus]}`;
  if (officeClaims.length !== 1) return [status];
  const [claim] = officeClaims as [ClaimNote];
  if (claim.attribution === 'RA') return [status, 'one unnamed source (RA)'];
  return [status, `named only by ${shortClaimant(claim.claimant)} (${claim.attribution})`];
}

function tipClaims(claims: ClaimNote[], sourceNames: Map<string, string>): Pick<Tip, 'claims' | 'more'> {
  const newestFirst = [...claims].reverse();
  return {
    claims: newestFirst.slice(0, TIP_CLAIMS).map((claim) => ({
      attribution: claim.attribution,
      text: `${formatDate(claim.date)}: ${claim.title} (${claim.who}; ${claim.sources
        .map((id) => (sourceNames.has(id) ? `${id} ${sourceNames.get(id)}` : id))
        .join(', ')})`,
    })),
    more: Math.max(0, claims.length - TIP_CLAIMS),
  };
}

export function activityClassLabel(index: number): string {
  return ACTIVITY_CLASSES.find((cls) => cls.index === index)?.label ?? 'no claims';
}

export function buildMapClientData(
  model: MapModel,
  geometry: MapGeometry,
  dataset: Pick<Dataset, 'places' | 'sources'>,
  labelledCountries: readonly string[],
): MapClientData {
  const sourceNames = new Map(dataset.sources.map((source) => [source.id, source.publisher]));
  const regionNames: Record<string, string> = {};
  const labelAt = new Map<string, [number, number]>();
  for (const f of [...geometry.regions.features, ...geometry.occupied.features]) {
    regionNames[f.properties.iso] = f.properties.name;
    labelAt.set(f.properties.iso, f.properties.label);
  }
  const placeNames = Object.fromEntries(dataset.places.map((place) => [place.id, place.name.en]));
  const countryByName = new Map(geometry.countries.features.map((f) => [f.properties.name, f.properties.a3]));
  const focusTargets: Record<string, FocusTarget> = {};
  for (const marker of model.markers)
    focusTargets[marker.placeId] = { kind: 'point', lon: marker.lon, lat: marker.lat };
  for (const place of dataset.places) {
    if (focusTargets[place.id]) continue;
    if (model.regionPlaceIds.includes(place.id) && place.region && labelAt.has(place.region))
      focusTargets[place.id] = { kind: 'region', iso: place.region };
    else if (place.kind === 'country' && countryByName.has(place.name.en))
      focusTargets[place.id] = { kind: 'country', a3: countryByName.get(place.name.en)! };
  }

  const markers: ClientMarker[] = model.markers.map((marker) => {
    const lines: string[] = [];
    if (marker.primaryLayer) lines.push(marker.layers.map((layer) => MAP_LAYER_LABELS[layer]).join(' · '));
    if (marker.officeStatus) lines.push(`Trade office: ${OFFICE_STATUS_LABELS[marker.officeStatus]}`);
    for (const figure of marker.labour)
      lines.push(`${figure.text}, claimed by ${figure.who} (${figure.attribution}, ${formatDate(figure.date)})`);
    if (marker.claims.length === 0) lines.push('No claim in the dataset names this place yet.');
    const notes = marker.labour.length > 0 ? labourSpreadLines(marker.labour) : officeNoteLines(marker);
    const low = Math.min(...marker.labour.map((figure) => figure.low));
    const high = Math.max(...marker.labour.map((figure) => figure.high));
    return {
      placeId: marker.placeId,
      lon: marker.lon,
      lat: marker.lat,
      layers: marker.layers,
      primaryLayer: marker.primaryLayer,
      officeStatus: marker.officeStatus,
      labour: marker.labour.length > 0 ? { low: labourRadiusFor(low), high: labourRadiusFor(high) } : null,
      priority: (CAPITALS.has(marker.placeId) ? 1000 : 0) + marker.claims.length,
      name: marker.name,
      focusLabel: measure([marker.name, ...notes], 'focus'),
      noteLayer: notes.length === 0 ? null : marker.labour.length > 0 ? 'labour' : 'trade-offices',
      focusName: measure([marker.name], 'focus'),
      plainLabel: measure([marker.name], 'place'),
      label: describeMarker(marker),
      tip: { heading: marker.name, lines, ...tipClaims(marker.claims, sourceNames) },
    };
  });
  const regions: ClientRegion[] = model.regions
    .filter((region) => labelAt.has(region.iso))
    .map((region) => {
      const name = regionNames[region.iso]!;
      const categories = region.categories.map((entry) => `${entry.category} ${entry.count}`).join(', ');
      return {
        iso: region.iso,
        name,
        claimCount: region.claimCount,
        activityClass: region.activityClass,
        labelAt: labelAt.get(region.iso)!,
        nameLabel: measure([name], 'region'),
        label: `${name}: ${region.claimCount} claim${region.claimCount === 1 ? '' : 's'} (${categories}); strongest attribution ${region.strongestAttribution}`,
        tip: {
          heading: `${name}: ${region.claimCount} claim${region.claimCount === 1 ? '' : 's'}`,
          lines: [`Shade: ${activityClassLabel(region.activityClass)}`, `By category: ${categories}`],
          ...tipClaims(region.claims, sourceNames),
        },
      };
    });
  // Highlighted regions with no claim still need their name measured.
  for (const f of geometry.regions.features)
    if (!regions.some((region) => region.iso === f.properties.iso))
      regions.push({
        iso: f.properties.iso,
        name: f.properties.name,
        claimCount: 0,
        activityClass: 0,
        labelAt: f.properties.label,
        nameLabel: measure([f.properties.name], 'region'),
        label: `${f.properties.name}: no claims`,
        tip: {
          heading: f.properties.name,
          lines: ['No claim in the dataset names a place here.'],
          claims: [],
          more: 0,
        },
      });
  const countryLabels = geometry.countries.features
    .filter((f) => labelledCountries.includes(f.properties.a3))
    .map((f) => ({ a3: f.properties.a3, label: measure([f.properties.name], 'country') }));
  const crimea = geometry.occupied.features.find((f) => f.properties.iso === 'UA-43');
  return {
    regionNames,
    placeNames,
    focusTargets,
    markers,
    regions,
    countryLabels,
    occupiedLabel: crimea
      ? { iso: 'UA-43', labelAt: crimea.properties.label, label: measure([OCCUPIED_LABEL], 'occupied') }
      : null,
  };
}
