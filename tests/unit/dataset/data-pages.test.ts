import { describe, expect, it } from 'vitest';
import {
  claimAnchor,
  prepareBibliography,
  prepareClaimsTable,
  preparePlacesTable,
  regionLabels,
} from '../../../src/components/data/prepare.ts';
import { countSentence, rowMatches, type Filters } from '../../../src/components/data/claims-filter.ts';
import { loadDatasetOrThrow } from '../../../src/lib/load-dataset.ts';
import { VALID_DIR } from './fixture-loader.ts';

const dataset = await loadDatasetOrThrow(VALID_DIR);

describe('prepareClaimsTable', () => {
  const table = prepareClaimsTable(dataset);

  it('gives every claim one row, by date, anchored as #claim-<id>', () => {
    expect(table.rows.map((row) => row.anchor)).toEqual(['claim-d1-2024', 'claim-t23', 'claim-t33', 'claim-t48']);
    expect(claimAnchor('t33')).toBe('claim-t33');
  });

  it('prints dates, figures and places as a reader sees them', () => {
    const t48 = table.rows.find((row) => row.id === 't48')!;
    expect(t48.dateText).toBe('14 November 2025');
    expect(t48.figures).toEqual([
      { key: 'workers', text: 'about 12,000 people', label: 'North Korean workers at Alabuga', asOf: 'December 2025' },
    ]);
    expect(t48.placeNames).toEqual(['Alabuga Special Economic Zone']);
    expect(t48.contradictions).toBe('NHK reported 25,000 in June 2025.');
  });

  it('prints a span of days as one range', () => {
    expect(table.rows.find((row) => row.id === 't23')!.dateText).toBe('1–3 May 2024');
  });

  it('offers only filter values that occur, with counts, in a fixed order', () => {
    expect(table.filters.attribution.map((option) => [option.value, option.count])).toEqual([
      ['OFF', 1],
      ['RN', 1],
      ['CBP', 1],
      ['AN', 1],
    ]);
    expect(table.filters.attribution[3]!.label).toBe('AN · analysis or estimate');
    expect(table.filters.category.map((option) => option.label)).toEqual(['Labour', 'Logistics']);
    expect(table.filters.year.map((option) => option.value)).toEqual(['2024', '2025']);
  });

  it('names regions after their places, sorted by name', () => {
    expect(table.filters.region.map((option) => option.label)).toEqual([
      'Alabuga Special Economic Zone (RU-TA)',
      'Pyongyang (KP-01)',
      'Vladivostok (RU-PRI)',
    ]);
  });
});

describe('regionLabels', () => {
  it('prefers the region’s own record over a city in it', () => {
    const labels = regionLabels({
      places: [
        { ...dataset.places[0]!, id: 'vladivostok' },
        { ...dataset.places[0]!, id: 'primorsky-krai', kind: 'region', name: { en: 'Primorsky Krai', alt: [] } },
      ],
    });
    expect(labels.get('RU-PRI')).toBe('Primorsky Krai (RU-PRI)');
  });
});

describe('preparePlacesTable', () => {
  it('lists places by country, with coordinates in words and the claims naming them', () => {
    const rows = preparePlacesTable(dataset);
    expect(rows.map((row) => row.id)).toEqual(['pyongyang', 'alabuga-sez', 'vladivostok', 'thailand']);
    expect(rows[2]).toMatchObject({ coordinatesText: '43.12° N, 131.89° E', confidence: 'high', claimIds: ['t23'] });
    expect(rows[3]).toMatchObject({ coordinatesText: 'none (no single point)', confidence: '—', claimIds: [] });
  });
});

describe('prepareBibliography', () => {
  const entries = prepareBibliography(dataset);
  it('numbers sources in order and lists the claims citing each', () => {
    expect(entries.map((entry) => [entry.id, entry.citedBy])).toEqual([
      ['S01', ['t23', 't33']],
      ['S02', ['d1-2024']],
      ['S03', ['t48']],
      ['S04', ['t23']],
    ]);
  });
  it('marks estimated and missing dates', () => {
    expect(entries[1]!.dateText).toBe('February 2025 (estimated)');
    expect(entries[3]!.dateText).toBe('undated');
  });
});

describe('claims filter', () => {
  const any: Filters = { category: '', attribution: '', region: '', year: '' };
  const row = { category: 'labour', attribution: 'CBP', regions: ['RU-TA', 'UA-30'], year: '2025' };

  it('shows every row when no filter is set', () => expect(rowMatches(row, any)).toBe(true));
  it('matches a region among several', () => expect(rowMatches(row, { ...any, region: 'UA-30' })).toBe(true));
  it('needs every set filter to match', () => {
    expect(rowMatches(row, { ...any, category: 'labour', year: '2024' })).toBe(false);
    expect(rowMatches(row, { ...any, attribution: 'OFF' })).toBe(false);
  });
  it('says how many rows show', () => {
    expect(countSentence(12, 180)).toBe('Showing 12 of 180 claims');
    expect(countSentence(180, 180)).toBe('Showing all 180 claims');
  });
});
