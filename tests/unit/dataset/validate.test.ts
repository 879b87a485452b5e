import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset, formatProblem, isOnMap, validateDataset, type RawDataset } from '../../../src/lib/validate.ts';
import { endOfPartialDate, isRealPartialDate, startOfPartialDate } from '../../../src/lib/dates.ts';
import { DatasetError, loadDatasetOrThrow } from '../../../src/lib/load-dataset.ts';
import type { Claim, Meta, Place, Source } from '../../../src/lib/schema.ts';
import { FIXTURES_DIR, VALID_DIR, expectedLines, fixtureCases, loadFixture } from './fixture-loader.ts';

async function problemLines(caseName: string): Promise<string[]> {
  const { raw, problems } = await loadFixture(caseName);
  return [...problems, ...validateDataset(raw)].map(formatProblem);
}

describe('the valid fixture', () => {
  it('has no problems', async () => {
    expect(await problemLines('valid')).toEqual([]);
  });

  it('loads with every record', async () => {
    const dataset = await loadDatasetOrThrow(VALID_DIR);
    expect([dataset.claims.length, dataset.sources.length, dataset.places.length]).toEqual([4, 4, 4]);
    expect(dataset.meta.version).toBe('1.1.0');
  });
});

describe('bad-input fixtures', () => {
  const cases = fixtureCases();

  it('has at least twenty of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const caseName of cases)
    it(`rejects "${caseName}" with exactly the expected lines`, async () => {
      expect(await problemLines(caseName)).toEqual(expectedLines(caseName));
    });
});

describe('loadDatasetOrThrow', () => {
  it('throws one error listing every problem, one line each', async () => {
    const error = await loadDatasetOrThrow(path.join(FIXTURES_DIR, 'several-problems')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message.split('\n')).toEqual([
      'The dataset has 3 problem(s):',
      ...expectedLines('several-problems'),
    ]);
  });
});

describe('scripts/validate-data.ts', () => {
  const run = (dataDir: string) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, ['scripts/validate-data.ts', dataDir], { encoding: 'utf8', stdio: 'pipe' }),
      };
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      return { code: failed.status, out: failed.stderr };
    }
  };

  it('prints a summary and exits 0 for a valid dataset', () => {
    expect(run(VALID_DIR)).toEqual({ code: 0, out: 'Dataset OK: 4 claims, 4 sources, 4 places\n' });
  }, 30_000); // a child Node process: seconds on two busy cores

  it('prints every problem line and exits 1 for a broken dataset', () => {
    const { code, out } = run(path.join(FIXTURES_DIR, 'several-problems'));
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toEqual([
      ...expectedLines('several-problems'),
      '',
      'Dataset invalid: 3 problem(s).',
    ]);
  }, 30_000);
});

// In-memory checks for rules whose edges the fixtures do not reach.
type EditableDataset = { meta: Meta; sources: Source[]; places: Place[]; claims: Claim[] };

function rawWith(edit: (raw: EditableDataset) => void): Promise<RawDataset> {
  return loadFixture('valid').then(({ raw }) => {
    const copy = structuredClone({
      meta: raw.meta.data,
      sources: raw.sources.data,
      places: raw.places.data,
      claims: raw.claims[0]!.data,
    }) as EditableDataset;
    edit(copy);
    return {
      meta: { file: 'meta.json', data: copy.meta },
      sources: { file: 'sources.json', data: copy.sources },
      places: { file: 'places.json', data: copy.places },
      claims: [{ file: 'claims/main.json', data: copy.claims }],
    };
  });
}

describe('validateDataset rules', () => {
  it('collects every problem instead of stopping at the first', async () => {
    const raw = await rawWith((data) => {
      data.claims[0]!.sources = ['S998', 'S999'];
      data.claims[1]!.date = '2030';
      data.places[0]!.coordinates = [0, 0];
    });
    expect(validateDataset(raw).map(formatProblem)).toEqual([
      'places.json: vladivostok: coordinates: [0, 0] lies outside the map extent (longitude 19 to 180, latitude 30 to 78)',
      'claims/main.json: t33: sources.0: unknown source "S998"',
      'claims/main.json: t33: sources.1: unknown source "S999"',
      'claims/main.json: t48: date: "2030" is after the dataset\'s as-of date 2025-12-31',
    ]);
  });

  it('does not call sources unknown when only their own record is broken', async () => {
    const raw = await rawWith((data) => {
      (data.sources[0] as Record<string, unknown>)['kind'] = 'blog';
    });
    expect(validateDataset(raw).map(formatProblem)).toEqual([
      'sources.json: S01: kind: "blog" is not one of "news", "repost", "podcast", "consultancy", "think-tank", "state-media", "official", "official-register", "intelligence-claim", "industry"',
    ]);
  });

  it('lets a claim dated in the as-of month pass', async () => {
    const raw = await rawWith((data) => {
      data.claims[0]!.date = '2025-12';
      data.claims[0]!.figures[0]!.asOf = '2025';
    });
    expect(validateDataset(raw)).toEqual([]);
  });

  it('lets a planned claim carry a figure for a future target date', async () => {
    const raw = await rawWith((data) => {
      data.claims[0]!.status = 'planned';
      data.claims[0]!.figures[0]!.asOf = '2030';
    });
    expect(validateDataset(raw)).toEqual([]);
  });

  it('accepts a month-precision end date inside the start month', async () => {
    const raw = await rawWith((data) => {
      data.claims[3]!.date = '2024-05-20';
      data.claims[3]!.dateEnd = '2024-05';
    });
    expect(validateDataset(raw)).toEqual([]);
  });

  it('leaves attribution alone when the sources are mixed', async () => {
    const raw = await rawWith((data) => {
      data.claims[2]!.attribution = 'RN';
      data.claims[2]!.sources = ['S02', 'S01'];
    });
    expect(validateDataset(raw)).toEqual([]);
  });

  it('flags an anonymous-source report that cites only an intelligence statement', async () => {
    const raw = await rawWith((data) => {
      data.claims[1]!.attribution = 'RA';
    });
    expect(validateDataset(raw).map(formatProblem)).toEqual([
      'claims/main.json: t48: attribution: class RA contradicts its sources: all are official, official-register or intelligence-claim (S03 intelligence-claim)',
    ]);
  });

  it('allows a compare group with a single member', async () => {
    const raw = await rawWith((data) => {
      data.claims[0]!.compareGroup = 'only-one';
    });
    expect(validateDataset(raw)).toEqual([]);
  });

  it('finds markup anywhere in a record, including nested figure labels and meta', async () => {
    const raw = await rawWith((data) => {
      data.claims[0]!.figures[0]!.label = 'Workers <script>alert(1)</script>';
      data.meta.changelog[0]!.changes[0] = 'Fixed &lt;b&gt;';
    });
    expect(validateDataset(raw).map(formatProblem)).toEqual([
      'meta.json: meta: changelog.0.changes.0: contains an HTML entity "&lt;"',
      'claims/main.json: t33: figures.0.label: contains an HTML tag "<script>"',
    ]);
  });

  it('does not mistake a less-than sign or a plain "on" for markup', async () => {
    const raw = await rawWith((data) => {
      data.claims[0]!.text = 'Fewer than 5 (< 5) crossings a week; based on = rough counts; R&D spending.';
    });
    expect(validateDataset(raw)).toEqual([]);
  });

  it('returns the records that passed, for callers that continue after reporting', async () => {
    const { dataset } = checkDataset(await rawWith(() => {}));
    expect(dataset.claims.map((claim) => claim.id)).toEqual(['t33', 't48', 'd1-2024', 't23']);
  });
});

describe('date helpers', () => {
  it('knows real calendar dates', () => {
    expect(isRealPartialDate('2024-02-29')).toBe(true);
    expect(isRealPartialDate('2023-02-29')).toBe(false);
    expect(isRealPartialDate('2024-04-31')).toBe(false);
    expect(isRealPartialDate('2024-13')).toBe(false);
    expect(isRealPartialDate('2024')).toBe(true);
  });
  it('spans a partial date from its first to its last day', () => {
    expect([startOfPartialDate('2024'), endOfPartialDate('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect([startOfPartialDate('2023-02'), endOfPartialDate('2023-02')]).toEqual(['2023-02-01', '2023-02-28']);
  });
});

describe('the map extent', () => {
  it('covers Kyiv, Beijing, Pyongyang, Seoul and Kamchatka but not Bangkok or Geneva', () => {
    expect(
      [
        [30.52, 50.45],
        [116.4, 39.9],
        [125.75, 39.02],
        [126.98, 37.57],
        [158.65, 53.02],
      ].every((point) => isOnMap(point as [number, number])),
    ).toBe(true);
    expect(isOnMap([100.5, 13.75])).toBe(false);
    expect(isOnMap([6.14, 46.2])).toBe(false);
  });
});
