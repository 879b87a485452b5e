/**
 * Per-region summaries: what the dataset documents in each ISO 3166-2 region.
 * Used by the map (shading, tooltips, list view) and the data page.
 */
import { CATEGORIES, type Attribution, type Category, type Claim, type Dataset } from '../schema.ts';
import { ATTRIBUTION_CLASSES } from '../vocabulary.ts';

export type RegionSummary = {
  /** ISO 3166-2 code, e.g. "RU-PRI". */
  region: string;
  claimCount: number;
  byCategory: Record<Category, number>;
  /** The best-attributed class among its claims (OFF strongest, AN weakest). */
  strongestAttribution: Attribution;
  placeIds: string[];
  claimIds: string[];
};

function emptyCategoryCounts(): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
}

function stronger(a: Attribution, b: Attribution): Attribution {
  return ATTRIBUTION_CLASSES.indexOf(a) <= ATTRIBUTION_CLASSES.indexOf(b) ? a : b;
}

/** Regions of the claim's places, each once (a claim naming Vladivostok and Khasan counts once for RU-PRI). */
export function regionsOfClaim(claim: Claim, regionByPlace: Map<string, string | null>): string[] {
  const regions = new Set<string>();
  for (const placeId of claim.places) {
    const region = regionByPlace.get(placeId);
    if (region) regions.add(region);
  }
  return [...regions];
}

/** Summaries keyed by ISO code, sorted by claim count (most first), then code. */
export function summariseRegions(dataset: Pick<Dataset, 'places' | 'claims'>): Map<string, RegionSummary> {
  const regionByPlace = new Map(dataset.places.map((place) => [place.id, place.region]));
  const summaries = new Map<string, RegionSummary>();
  for (const place of dataset.places) {
    if (!place.region) continue;
    const summary = summaries.get(place.region) ?? {
      region: place.region,
      claimCount: 0,
      byCategory: emptyCategoryCounts(),
      strongestAttribution: 'AN',
      placeIds: [],
      claimIds: [],
    };
    summary.placeIds.push(place.id);
    summaries.set(place.region, summary);
  }
  for (const claim of dataset.claims) {
    for (const region of regionsOfClaim(claim, regionByPlace)) {
      const summary = summaries.get(region)!;
      summary.claimCount += 1;
      summary.byCategory[claim.category] += 1;
      summary.strongestAttribution =
        summary.claimIds.length === 0 ? claim.attribution : stronger(summary.strongestAttribution, claim.attribution);
      summary.claimIds.push(claim.id);
    }
  }
  const withClaims = [...summaries.values()].filter((summary) => summary.claimCount > 0);
  withClaims.sort((a, b) => b.claimCount - a.claimCount || a.region.localeCompare(b.region));
  return new Map(withClaims.map((summary) => [summary.region, summary]));
}
