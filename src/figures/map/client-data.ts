/**
 * What the browser receives (as a JSON block beside the map): the model flattened to text, so
 * the live map's scripts need neither the dataset nor the schema. Pure; build time.
 */
import { formatDate } from '../../lib/dates.ts';
import type { Attribution, Dataset } from '../../lib/schema.ts';
import type { MapView } from '../../lib/steps.ts';
import type { MapGeometry } from './geometry.ts';
import {
  ACTIVITY_CLASSES,
  LAYER_LABELS,
  OFFICE_STATUS_LABELS,
  describeMarker,
  markerCode,
  type ClaimNote,
  type MapModel,
  type MarkerLayer,
  type OfficeStatus,
} from './model.ts';

export type TipClaim = { attribution: Attribution; text: string };
export type Tip = { heading: string; lines: string[]; claims: TipClaim[]; more: number };

export type ClientMarker = {
  placeId: string;
  lon: number;
  lat: number;
  layers: MarkerLayer[];
  primaryLayer: MarkerLayer | null;
  code: string;
  officeStatus: OfficeStatus | null;
  labourRadius: number;
  stackIndex: number;
  label: string;
  name: string;
  tip: Tip;
};

export type ClientRegion = {
  iso: string;
  name: string;
  claimCount: number;
  activityClass: number;
  labelAt: [number, number];
  label: string;
  tip: Tip;
};

export type MapClientData = {
  view: MapView;
  regionNames: Record<string, string>;
  placeNames: Record<string, string>;
  markers: ClientMarker[];
  regions: ClientRegion[];
};

/** Claims shown in a tooltip before "and N more in the list". */
const TIP_CLAIMS = 5;

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
  view: MapView,
): MapClientData {
  const sourceNames = new Map(dataset.sources.map((source) => [source.id, source.publisher]));
  const regionNames: Record<string, string> = {};
  const labelAt = new Map<string, [number, number]>();
  for (const f of [...geometry.regions.features, ...geometry.occupied.features]) {
    regionNames[f.properties.iso] = f.properties.name;
    labelAt.set(f.properties.iso, f.properties.label);
  }
  const placeNames = Object.fromEntries(dataset.places.map((place) => [place.id, place.name.en]));
  const markers: ClientMarker[] = model.markers.map((marker) => {
    const lines: string[] = [];
    if (marker.primaryLayer) lines.push(marker.layers.map((layer) => LAYER_LABELS[layer]).join(' · '));
    if (marker.officeStatus) lines.push(`Trade office: ${OFFICE_STATUS_LABELS[marker.officeStatus]}`);
    for (const figure of marker.labour)
      lines.push(`${figure.text}, claimed by ${figure.who} (${figure.attribution}, ${formatDate(figure.date)})`);
    if (marker.claims.length === 0) lines.push('No claim in the dataset names this place yet.');
    return {
      placeId: marker.placeId,
      lon: marker.lon,
      lat: marker.lat,
      layers: marker.layers,
      primaryLayer: marker.primaryLayer,
      code: markerCode(marker),
      officeStatus: marker.officeStatus,
      labourRadius: marker.labourRadius,
      stackIndex: marker.stackIndex,
      label: describeMarker(marker),
      name: marker.name,
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
        label: `${name}: ${region.claimCount} claim${region.claimCount === 1 ? '' : 's'} (${categories}); strongest attribution ${region.strongestAttribution}`,
        tip: {
          heading: `${name}: ${region.claimCount} claim${region.claimCount === 1 ? '' : 's'}`,
          lines: [`Shade: ${activityClassLabel(region.activityClass)}`, `By category: ${categories}`],
          ...tipClaims(region.claims, sourceNames),
        },
      };
    });
  return { view, regionNames, placeNames, markers, regions };
}
