import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, claimsCsv, datasetJson, flattenFigure } from '../../../src/lib/derive/exports.ts';
import { datasetJsonSchema } from '../../../src/lib/json-schema.ts';
import { DatasetDocumentSchema } from '../../../src/lib/schema.ts';
import { loadDatasetOrThrow } from '../../../src/lib/load-dataset.ts';
import type { Figure } from '../../../src/lib/schema.ts';
import { VALID_DIR } from './fixture-loader.ts';

const dataset = await loadDatasetOrThrow(VALID_DIR);

function csvRecords(): Record<string, string>[] {
  return csvParse(claimsCsv(dataset));
}

describe('flattenFigure', () => {
  const base: Figure = {
    key: 'workers',
    label: 'Workers',
    value: 12000,
    unit: 'people',
    asOf: '2025-12',
    approximate: false,
  };
  it('writes key=value unit with the qualifier and as-of date', () =>
    expect(flattenFigure({ ...base, qualifier: 'about' })).toBe('workers=12000 people (about, as of 2025-12)'));
  it('writes a range with an en dash', () => {
    const { value: _value, ...range } = base;
    expect(flattenFigure({ ...range, key: 'study', low: 6636, high: 7887, unit: 'entries', asOf: '2024' })).toBe(
      'study=6636–7887 entries (as of 2024)',
    );
  });
  it('says "approximate" when the source hedged without a qualifier', () =>
    expect(flattenFigure({ ...base, approximate: true })).toBe('workers=12000 people (approximate, as of 2025-12)'));
});

describe('claimsCsv', () => {
  it('has the documented header and one row per claim', () => {
    const [header, ...rows] = csvParseRows(claimsCsv(dataset));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(dataset.claims.length);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('orders claims by date, then id', () => {
    expect(csvRecords().map((row) => row['id'])).toEqual(['d1-2024', 't23', 't33', 't48']);
  });

  it('flattens a claim for a spreadsheet reader', () => {
    const t48 = csvRecords().find((row) => row['id'] === 't48')!;
    expect(t48).toMatchObject({
      date: '2025-11-14',
      date_precision: 'day',
      date_estimated: 'false',
      places: 'alabuga-sez',
      regions: 'RU-TA',
      attribution: 'CBP',
      attribution_label: 'claim by an interested party',
      claimant: "Ukraine's Defence Intelligence (HUR)",
      reporter: '',
      sources: 'S03',
      figures: 'workers=12000 people (about, as of 2025-12)',
      compare_group: 'alabuga-workers',
      contradictions: 'NHK reported 25,000 in June 2025.',
      dataset_version: '1.1.0',
    });
  });

  it('lists each region once even when two places share it', () => {
    const t23 = csvRecords().find((row) => row['id'] === 't23')!;
    expect(t23['regions']).toBe('RU-PRI; KP-01');
    expect(t23['date_end']).toBe('2024-05-03');
  });

  it('joins several figures with semicolons', () => {
    expect(csvRecords().find((row) => row['id'] === 'd1-2024')!['figures']).toBe(
      'entries=13221 entries (as of 2024); study=6636–7887 entries (as of 2024)',
    );
  });

  it('survives commas, quotes and line breaks in text', () => {
    const tricky = { ...dataset, claims: [{ ...dataset.claims[0]!, text: 'He said "yes, soon",\nthen left.' }] };
    const [, row] = csvParseRows(claimsCsv(tricky));
    expect(row![CSV_COLUMNS.indexOf('text')]).toBe('He said "yes, soon",\nthen left.');
  });
});

describe('datasetJson', () => {
  const document = JSON.parse(datasetJson(dataset));
  it('holds meta and every record', () => {
    expect(document.meta.version).toBe('1.1.0');
    expect([document.claims.length, document.sources.length, document.places.length]).toEqual([4, 4, 4]);
  });
  it('parses with the published schema', () => {
    expect(DatasetDocumentSchema.safeParse(document).success).toBe(true);
  });
  it('sorts sources by number', () => {
    expect(document.sources.map((source: { id: string }) => source.id)).toEqual(['S01', 'S02', 'S03', 'S04']);
  });
});

describe('datasetJsonSchema', () => {
  const schema = datasetJsonSchema('https://example.org/') as {
    $schema: string;
    $id: string;
    required: string[];
    properties: Record<string, { items?: { properties: Record<string, unknown>; required: string[] } }>;
  };
  it('is a draft 2020-12 schema with an absolute id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/data/tumen.schema.json');
  });
  it('is generated from the zod schemas: every claim field is there', () => {
    expect(schema.required).toEqual(['meta', 'sources', 'places', 'claims']);
    expect(Object.keys(schema.properties['claims']!.items!.properties)).toContain('compareGroup');
    expect(schema.properties['claims']!.items!.required).toContain('attribution');
    expect(schema.properties['claims']!.items!.properties['attribution']).toEqual({
      type: 'string',
      enum: ['OFF', 'RN', 'RA', 'CBP', 'AN'],
    });
  });
});
