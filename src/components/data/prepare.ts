/**
 * What the /data/ and /sources/ pages show, worked out from the dataset (pure, unit-tested):
 * claim rows with everything a reader needs as text, the filter options, place rows and the
 * bibliography with the claims citing each source.
 */
import { sourceDateText } from '../../lib/source-title.ts';
import { CATEGORIES, type Attribution, type Category, type Dataset, type Source } from '../../lib/schema.ts';
import { ATTRIBUTION_CLASSES, attributionText } from '../../lib/vocabulary.ts';
import { CATEGORY_LABELS, formatFigure, formatPartialDate } from '../../lib/format.ts';
import { formatDateRange } from '../../lib/dates.ts';
import { claimsInOrder } from '../../lib/derive/exports.ts';
import { regionsOfClaim } from '../../lib/derive/regions.ts';

export type FilterOption = { value: string; label: string; count: number };

export type ClaimRow = {
  id: string;
  /** Element id of the row: the story links to /data/#claim-t33. */
  anchor: string;
  dateText: string;
  /** ISO date the row sorts and filters by. */
  date: string;
  year: string;
  title: string;
  text: string;
  category: Category;
  categoryLabel: string;
  placeNames: string[];
  regions: string[];
  attribution: Attribution;
  status: string;
  claimant: string;
  reporter: string | null;
  figures: { key: string; text: string; label: string; asOf: string }[];
  sources: string[];
  compareGroup: string | null;
  contradictions: string | null;
};

export type ClaimsTable = {
  rows: ClaimRow[];
  filters: { category: FilterOption[]; attribution: FilterOption[]; region: FilterOption[]; year: FilterOption[] };
};

export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

/** "Primorsky Krai (RU-PRI)": named after the region's own place record, else its first place. */
export function regionLabels(dataset: Pick<Dataset, 'places'>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const place of dataset.places) {
    if (!place.region) continue;
    if (place.kind === 'region' || !labels.has(place.region))
      labels.set(place.region, `${place.name.en} (${place.region})`);
  }
  return labels;
}

function countOptions<T extends string>(values: T[], order: readonly T[], label: (value: T) => string): FilterOption[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return order
    .filter((value) => counts.has(value))
    .map((value) => ({ value, label: label(value), count: counts.get(value)! }));
}

export function prepareClaimsTable(dataset: Pick<Dataset, 'places' | 'claims'>): ClaimsTable {
  const placesById = new Map(dataset.places.map((place) => [place.id, place]));
  const regionByPlace = new Map(dataset.places.map((place) => [place.id, place.region]));
  const labelsOfRegions = regionLabels(dataset);

  const rows: ClaimRow[] = claimsInOrder(dataset.claims).map((claim) => ({
    id: claim.id,
    anchor: claimAnchor(claim.id),
    dateText: claim.dateEnd
      ? formatDateRange(claim.date, claim.dateEnd) + (claim.dateEstimated ? ' (estimated)' : '')
      : formatPartialDate(claim.date, { estimated: claim.dateEstimated }),
    date: claim.date,
    year: claim.date.slice(0, 4),
    title: claim.title,
    text: claim.text,
    category: claim.category,
    categoryLabel: CATEGORY_LABELS[claim.category],
    placeNames: claim.places.map((placeId) => placesById.get(placeId)?.name.en ?? placeId),
    regions: regionsOfClaim(claim, regionByPlace),
    attribution: claim.attribution,
    status: claim.status,
    claimant: claim.claimant,
    reporter: claim.reporter,
    figures: claim.figures.map((figure) => ({
      key: figure.key,
      text: formatFigure(figure),
      label: figure.label,
      asOf: formatPartialDate(figure.asOf),
    })),
    sources: claim.sources,
    compareGroup: claim.compareGroup ?? null,
    contradictions: claim.contradictions ?? null,
  }));

  const years = [...new Set(rows.map((row) => row.year))].sort();
  const regionCodes = [...new Set(rows.flatMap((row) => row.regions))].sort((a, b) =>
    (labelsOfRegions.get(a) ?? a).localeCompare(labelsOfRegions.get(b) ?? b),
  );
  return {
    rows,
    filters: {
      category: countOptions(
        rows.map((row) => row.category),
        CATEGORIES,
        (category) => CATEGORY_LABELS[category],
      ),
      attribution: countOptions(
        rows.map((row) => row.attribution),
        ATTRIBUTION_CLASSES,
        attributionText,
      ),
      region: countOptions(
        rows.flatMap((row) => row.regions),
        regionCodes,
        (code) => labelsOfRegions.get(code) ?? code,
      ),
      year: countOptions(
        rows.map((row) => row.year),
        years,
        (year) => year,
      ),
    },
  };
}

export type PlaceRow = {
  id: string;
  name: string;
  native: string | null;
  kind: string;
  country: string;
  region: string | null;
  coordinatesText: string;
  confidence: string;
  claimIds: string[];
};

export function preparePlacesTable(dataset: Pick<Dataset, 'places' | 'claims'>): PlaceRow[] {
  const claimIdsByPlace = new Map<string, string[]>();
  for (const claim of claimsInOrder(dataset.claims))
    for (const placeId of claim.places)
      claimIdsByPlace.set(placeId, [...(claimIdsByPlace.get(placeId) ?? []), claim.id]);
  return [...dataset.places]
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.en.localeCompare(b.name.en))
    .map((place) => ({
      id: place.id,
      name: place.name.en,
      native: place.name.native ?? null,
      kind: place.kind,
      country: place.country,
      region: place.region,
      coordinatesText: place.coordinates
        ? `${place.coordinates[1].toFixed(2)}° N, ${place.coordinates[0].toFixed(2)}° E`
        : 'none (no single point)',
      confidence: place.coordinateConfidence ?? '—',
      claimIds: claimIdsByPlace.get(place.id) ?? [],
    }));
}

export const RELIABILITY_LABELS: Record<Source['reliability'], string> = {
  P: 'primary or originating',
  Q: 'high-reputation outlet',
  S: 'secondary repost',
};

export type SourceEntry = Source & { dateText: string; citedBy: string[] };

/** Sources by number (S01, S02 … S131), each with the claims that cite it. */
export function prepareBibliography(dataset: Pick<Dataset, 'sources' | 'claims'>): SourceEntry[] {
  const citedBy = new Map<string, string[]>();
  for (const claim of claimsInOrder(dataset.claims))
    for (const sourceId of claim.sources) citedBy.set(sourceId, [...(citedBy.get(sourceId) ?? []), claim.id]);
  return [...dataset.sources]
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map((source) => ({
      ...source,
      dateText: sourceDateText(source),
      citedBy: citedBy.get(source.id) ?? [],
    }));
}
