import { describe, expect, it } from 'vitest';
import { regionsOfClaim, summariseRegions } from '../../../src/lib/derive/regions.ts';
import { loadDatasetOrThrow } from '../../../src/lib/load-dataset.ts';
import type { Claim } from '../../../src/lib/schema.ts';
import { VALID_DIR } from './fixture-loader.ts';

const dataset = await loadDatasetOrThrow(VALID_DIR);

describe('regionsOfClaim', () => {
  const regionByPlace = new Map<string, string | null>([
    ['vladivostok', 'RU-PRI'],
    ['khasan', 'RU-PRI'],
    ['russian-far-east', null],
    ['pyongyang', 'KP-01'],
  ]);
  const claim = (places: string[]) => ({ places }) as Claim;

  it('counts a region once when two of its places are named', () =>
    expect(regionsOfClaim(claim(['vladivostok', 'khasan']), regionByPlace)).toEqual(['RU-PRI']));
  it('skips places without a region, such as macro-regions', () =>
    expect(regionsOfClaim(claim(['russian-far-east', 'pyongyang']), regionByPlace)).toEqual(['KP-01']));
  it('returns nothing for a claim without places', () => expect(regionsOfClaim(claim([]), regionByPlace)).toEqual([]));
});

describe('summariseRegions', () => {
  const summaries = summariseRegions(dataset);

  it('lists the region with most claims first, ties by code', () =>
    expect([...summaries.keys()]).toEqual(['RU-TA', 'KP-01', 'RU-PRI']));

  it('counts claims by category', () => {
    const tatarstan = summaries.get('RU-TA')!;
    expect(tatarstan.claimCount).toBe(2);
    expect(tatarstan.byCategory.labour).toBe(2);
    expect(tatarstan.byCategory.logistics).toBe(0);
    expect(tatarstan.claimIds).toEqual(['t33', 't48']);
    expect(tatarstan.placeIds).toEqual(['alabuga-sez']);
  });

  it('keeps the strongest attribution: a named report beats an interested party', () =>
    expect(summaries.get('RU-TA')!.strongestAttribution).toBe('RN'));

  it('reports an analysis-only region as AN', () => expect(summaries.get('RU-PRI')!.strongestAttribution).toBe('AN'));

  it('leaves out regions no claim mentions and places without a region', () => {
    expect(summaries.has('TH')).toBe(false);
    expect([...summaries.values()].every((summary) => summary.claimCount > 0)).toBe(true);
  });

  it('takes the first claim’s class even when it is weaker than the placeholder', () => {
    const only = summariseRegions({
      places: dataset.places,
      claims: [{ ...dataset.claims[1]!, attribution: 'CBP' }],
    });
    expect(only.get('RU-TA')!.strongestAttribution).toBe('CBP');
  });
});
