import { describe, expect, it } from 'vitest';
import { ClaimSchema, PlaceSchema, SourceSchema } from '../../../src/lib/schema.ts';
import { checkTranslation } from '../../../src/lib/translations.ts';
import { DATA_DIR, loadDatasetOrThrow, readAndCheckTranslations } from '../../../src/lib/load-dataset.ts';

const FILE = 'content/data/translations/ko.json';
const claim = ClaimSchema.parse({
  id: 't33',
  date: '2025-06',
  title: 'Workers for Alabuga',
  text: 'NHK reported, citing unnamed diplomatic sources, that 25,000 workers would go to Alabuga.',
  category: 'labour',
  figures: [
    { key: 'workers', label: 'North Korean workers for Alabuga', value: 25000, unit: 'people', asOf: '2025-06' },
  ],
  claimant: 'Unnamed diplomatic sources',
  reporter: 'NHK',
  attribution: 'RA',
  status: 'disputed',
  sources: ['S01'],
});
const headline = SourceSchema.parse({
  id: 'S01',
  publisher: 'NHK',
  title: 'North Korea to send workers',
  titleKind: 'headline',
  date: '2025-06-01',
  url: 'https://example.org/a',
  kind: 'news',
  language: 'en',
  reliability: 'Q',
  reliabilityNote: 'A public broadcaster.',
});
const place = PlaceSchema.parse({
  id: 'alabuga',
  name: { en: 'Alabuga' },
  kind: 'city',
  country: 'RU',
  region: 'RU-TA',
  coordinates: null,
  coordinateConfidence: null,
});
const dataset = { claims: [claim], sources: [headline], places: [place] };
const complete = {
  locale: 'ko',
  claims: {
    t33: {
      title: '알라부가 노동자',
      text: 'NHK는 익명의 외교 소식통을 인용해 노동자 2만 5,000명이 알라부가로 갈 것이라고 보도했다.',
      claimant: '익명의 외교 소식통',
      reporter: 'NHK',
      figures: { workers: '알라부가로 가는 북한 노동자' },
    },
  },
  sources: { S01: { titleTranslation: '북한, 노동자 파견', reliabilityNote: '공영 방송.' } },
  places: { alabuga: '알라부가' },
  meta: { coverage: '조사 범위는 2026년 2월까지의 사건이다.' },
};

describe('checkTranslation', () => {
  it('accepts a translation that covers every field the English records have', () => {
    expect(checkTranslation(FILE, 'ko', complete, dataset)).toEqual([]);
  });

  it('names the record and field whose Korean text is missing', () => {
    const withoutReporter = structuredClone(complete);
    delete (withoutReporter.claims.t33 as Partial<typeof complete.claims.t33>).reporter;
    withoutReporter.claims.t33.figures = {} as typeof complete.claims.t33.figures;
    expect(checkTranslation(FILE, 'ko', withoutReporter, dataset)).toEqual([
      { file: FILE, id: 't33', field: 'reporter', message: 'missing Korean text' },
      { file: FILE, id: 't33', field: 'figures.workers', message: 'missing Korean text' },
    ]);
  });

  it('names a record the English dataset does not have, and one the translation lacks', () => {
    const wrongIds: Omit<typeof complete, 'places'> & { places: Record<string, string> } = structuredClone(complete);
    wrongIds.places = { alabuga2: '알라부가' };
    expect(checkTranslation(FILE, 'ko', wrongIds, dataset)).toEqual([
      { file: FILE, id: 'alabuga', field: 'name', message: 'missing Korean text' },
      { file: FILE, id: 'alabuga2', field: '-', message: 'no such place in the English dataset' },
    ]);
  });

  it('keeps a published headline as published: a translated title is refused', () => {
    const retitled = structuredClone(complete) as typeof complete & { sources: { S01: { title?: string } } };
    retitled.sources.S01.title = '북한, 노동자 파견';
    expect(checkTranslation(FILE, 'ko', retitled, dataset)).toContainEqual({
      file: FILE,
      id: 'S01',
      field: 'title',
      message: 'is a published headline: keep it as published, and put a rendering in titleTranslation',
    });
  });

  it('reports an empty string with its record and field', () => {
    const empty = structuredClone(complete);
    empty.claims.t33.title = ' ';
    expect(checkTranslation(FILE, 'ko', empty, dataset)).toEqual([
      { file: FILE, id: 't33', field: 'title', message: 'must not be empty' },
    ]);
  });
});

describe('checkTranslation on broken files', () => {
  it('names a required field that is absent as missing text, not as a type error', () => {
    const withoutTitle = structuredClone(complete) as { claims: { t33: Partial<typeof complete.claims.t33> } };
    delete withoutTitle.claims.t33.title;
    expect(checkTranslation(FILE, 'ko', withoutTitle, dataset)).toEqual([
      { file: FILE, id: 't33', field: 'title', message: 'missing Korean text' },
    ]);
  });
});

describe('the published translations (content/data/translations)', () => {
  it('give the Korean and Russian text of every record the English dataset has', async () => {
    const dataset = await loadDatasetOrThrow();
    expect(await readAndCheckTranslations(DATA_DIR, dataset)).toEqual([]);
  });
});
