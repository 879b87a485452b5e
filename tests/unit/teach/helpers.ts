import type { Claim, Source } from '../../../src/lib/schema.ts';

/** A claim with every field a reader sees, filled with plain defaults; tests override what they need. */
export function claim(overrides: Partial<Claim> & { id: string }): Claim {
  return {
    date: '2025-06-19',
    dateEstimated: false,
    title: `Claim ${overrides.id}`,
    text: 'Text.',
    category: 'labour',
    places: [],
    figures: [],
    claimant: 'Someone',
    reporter: null,
    attribution: 'RN',
    status: 'reported',
    sources: ['S01'],
    replaces: [],
    ...overrides,
  };
}

export function source(id: string, publisher: string): Source {
  return {
    id,
    publisher,
    title: `${publisher} article`,
    date: '2025-01-01',
    dateEstimated: false,
    titleKind: 'description' as const,
    url: `https://example.org/${id}`,
    alsoAt: [],
    kind: 'news',
    language: 'en',
    reliability: 'Q',
    reliabilityNote: 'Fine.',
  };
}

export const workers = (value: number, qualifier?: 'about') => ({
  key: 'workers',
  label: 'North Korean workers at Alabuga',
  value,
  unit: 'workers',
  asOf: '2025',
  approximate: qualifier !== undefined,
  ...(qualifier ? { qualifier } : {}),
});
