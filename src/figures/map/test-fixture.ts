/** A small literal dataset for the map's tests: the real gazetteer plus a handful of claims. */
import { readFileSync } from 'node:fs';
import { PlaceSchema, type Claim, type Dataset, type Place } from '../../lib/schema.ts';

export const fixturePlaces: Place[] = (
  JSON.parse(readFileSync(new URL('../../../content/data/places.json', import.meta.url), 'utf8')) as unknown[]
).map((raw) => PlaceSchema.parse(raw));

function claim(partial: Partial<Claim> & Pick<Claim, 'id' | 'date' | 'category' | 'places' | 'attribution'>): Claim {
  return {
    dateEstimated: false,
    replaces: [],
    title: `Claim ${partial.id}`,
    text: `Text of ${partial.id}.`,
    figures: [],
    claimant: 'Someone',
    reporter: null,
    status: 'reported',
    sources: ['S01'],
    ...partial,
  };
}

export const fixtureClaims: Claim[] = [
  claim({
    id: 'p6',
    date: '2022-10',
    category: 'trade-office',
    places: ['vladivostok', 'moscow', 'saint-petersburg'],
    attribution: 'RA',
    status: 'planned',
    claimant: 'Daily NK source',
  }),
  claim({
    id: 'c078',
    date: '2022-10',
    category: 'trade-office',
    places: ['khabarovsk'],
    attribution: 'RA',
    status: 'planned',
  }),
  claim({
    id: 't33',
    date: '2025-06',
    category: 'labour',
    places: ['alabuga-sez'],
    attribution: 'RN',
    claimant: 'NHK',
    figures: [{ key: 'workers', label: 'workers', value: 25000, unit: 'workers', asOf: '2025-06', approximate: false }],
  }),
  claim({
    id: 't48',
    date: '2025-11-14',
    category: 'labour',
    places: ['alabuga-sez'],
    attribution: 'CBP',
    claimant: "Ukraine's military intelligence (HUR)",
    figures: [
      {
        key: 'workers',
        label: 'workers',
        value: 12000,
        unit: 'workers',
        asOf: '2025-11',
        approximate: true,
        qualifier: 'about',
      },
    ],
  }),
  claim({
    id: 'c086',
    date: '2022-10',
    category: 'labour',
    places: ['russian-far-east', 'vladivostok'],
    attribution: 'AN',
    claimant: 'Russia Briefing',
    figures: [
      {
        key: 'workers',
        label: 'workers',
        low: 20000,
        high: 50000,
        unit: 'workers',
        asOf: '2022-10',
        approximate: false,
      },
    ],
  }),
  claim({ id: 't15', date: '2024-06-26', category: 'trademark', places: ['tatarstan'], attribution: 'OFF' }),
  claim({
    id: 't44',
    date: '2025-10-27',
    category: 'trade-fair',
    places: ['tomsk', 'primorsky-krai', 'pyongyang'],
    attribution: 'RN',
  }),
  claim({
    id: 't23',
    date: '2024-12-16',
    category: 'logistics',
    places: ['khasan', 'tumangang', 'friendship-bridge'],
    attribution: 'OFF',
    status: 'confirmed',
  }),
  claim({
    id: 't13',
    date: '2024-06-19',
    category: 'diplomacy',
    places: ['pyongyang'],
    attribution: 'OFF',
    status: 'confirmed',
  }),
  claim({
    id: 't09',
    date: '2024-02-09',
    category: 'tourism',
    places: ['masikryong', 'vladivostok', 'pyongyang'],
    attribution: 'RN',
  }),
  claim({
    id: 't31',
    date: '2025-06-17',
    category: 'labour',
    places: ['kursk-oblast'],
    attribution: 'OFF',
    figures: [{ key: 'sappers', label: 'sappers', value: 1000, unit: 'people', asOf: '2025-06', approximate: false }],
  }),
];

export const fixtureDataset: Pick<Dataset, 'places' | 'claims'> = { places: fixturePlaces, claims: fixtureClaims };
