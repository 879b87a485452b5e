import { describe, expect, it } from 'vitest';
import { prepareLabourClaims } from '../../../src/components/figures/labour-claims/prepare.ts';
import { prepareTimeline } from '../../../src/components/figures/timeline/prepare.ts';
import { prepareGoodsBrands } from '../../../src/components/figures/goods-brands/prepare.ts';
import { prepareTradeFairs } from '../../../src/components/figures/trade-fairs/prepare.ts';
import { prepareTradeOffices } from '../../../src/components/figures/trade-offices/prepare.ts';
import { prepareEntries } from '../../../src/components/figures/entries/prepare.ts';
import { prepareTurnover } from '../../../src/components/figures/turnover/prepare.ts';
import { renderChartForPage } from '../../../src/components/figures/charts.ts';
import { resolveTokens } from '../../../src/components/figures/shared/frame.ts';
import type { Dataset } from '../../../src/lib/schema.ts';
import { fixtureDataset } from './fixture.ts';

const emptyDataset: Dataset = { ...fixtureDataset, claims: [] };

describe('timeline', () => {
  const model = prepareTimeline(fixtureDataset);
  it('shows timeline and 2022 context rows, never seed claims or data series', () => {
    expect(model.events.map((e) => e.claimId)).toContain('p6');
    expect(model.events.map((e) => e.claimId)).toContain('t48');
    expect(model.events.some((e) => /^(c|d)/.test(e.claimId))).toBe(false);
  });
  it('orders events by date and spans 2022 to the as-of year', () => {
    const dates = model.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(model.years).toEqual([2022, 2026]);
  });
  it('gives only categories that have events a lane, in the fixed category order', () => {
    expect(model.lanes.map((l) => l.category)).toEqual([
      'diplomacy',
      'sanctions',
      'trade-office',
      'labour',
      'trademark',
      'goods',
      'trade-fair',
      'logistics',
      'strategy',
    ]);
  });
  it('draws each event with a shape per class and a status style', () => {
    const svg = renderChartForPage('timeline', model, { layout: 'wide', idPrefix: 't' });
    expect(svg).toMatch(/data-claim="t48"[^>]*>.*?class="tf-shape cat-labour st-reported"/);
    expect(svg).toMatch(/data-claim="t13"[^>]*>.*?class="tf-shape cat-diplomacy st-confirmed"/);
  });
});

describe('labour claims', () => {
  const model = prepareLabourClaims(fixtureDataset);
  it('keeps the Alabuga 25,000 (NHK) and about 12,000 (HUR) claims as separate marks', () => {
    const alabuga = model.rows.filter((r) => r.group === 'alabuga-workers');
    expect(alabuga.map((r) => r.marks[0]!.claimId)).toEqual(['t33', 't48', 'c070']);
    expect(alabuga.map((r) => r.marks[0]!.value)).toEqual([25000, 12000, 12000]);
  });
  it('never averages: no mark holds a value between the disagreeing claims', () => {
    const values = model.rows.filter((r) => r.group === 'alabuga-workers').map((r) => r.marks[0]!.value);
    expect(values).not.toContain(18500);
  });
  it('labels the 20,000–50,000 figure as a 2022 estimate and draws it as a range', () => {
    const row = model.rows.find((r) => r.key.startsWith('c086'))!;
    expect(row.sublabel).toMatch(/^October 2022 estimate/);
    expect(row.marks[0]).toMatchObject({ low: 20000, high: 50000, valueText: '20,000–50,000', attribution: 'AN' });
  });
  it('draws one row per people figure, including both Kursk numbers', () => {
    expect(model.rows.filter((r) => r.group === 'kursk-personnel').map((r) => r.marks[0]!.value)).toEqual([1000, 5000]);
    expect(model.rows).toHaveLength(9);
  });
  it('puts the claimant and the class letters on every mark', () => {
    const svg = renderChartForPage('labour-claims', model, { layout: 'narrow', idPrefix: 'l' });
    expect(svg).toContain('about 12,000 · CBP');
    expect(svg).toContain('25,000 · RN');
    expect(svg).toContain('Ukraine&#39;s military intelligence'.replace('&#39;', "'"));
  });
  it('starts the x scale at zero and reaches the largest claim', () => {
    expect(model.xDomain).toEqual([0, 50000]);
  });
});

describe('goods and brands', () => {
  const model = prepareGoodsBrands(fixtureDataset);
  it('has a row per trademark filing and per goods event, with its place', () => {
    expect(model.rows.map((r) => r.key)).toEqual(['t15', 't16', 't24', 't26', 't28']);
    expect(model.rows.find((r) => r.key === 't26')!.sublabel).toBe('Khabarovsk · March 2025');
  });
  it('draws a month-precision date as a span, an exact date as a point', () => {
    expect(model.rows.find((r) => r.key === 't26')!.marks[0]).toHaveProperty('low');
    expect(model.rows.find((r) => r.key === 't15')!.marks[0]).toHaveProperty('value');
  });
});

describe('trade fairs', () => {
  const model = prepareTradeFairs(fixtureDataset);
  it('keeps Primorsky 2024 "several dozen" and 20 as two disagreeing marks in one group', () => {
    const primorsky = model.rows.filter((r) => r.group === 'fair-2024-primorsky-exhibitors');
    expect(primorsky.map((r) => r.marks[0]!.claimId)).toEqual(['t20', 'c041']);
    expect(primorsky[0]!.marks[0]!.value).toBe(20);
    expect(primorsky[1]!.marks[0]).toMatchObject({ low: 24, high: 48 });
    expect(primorsky[1]!.marks[0]!.ariaLabel).toContain('several dozen');
  });
  it('keeps a claim that gives no number in its fair group, drawn as text, not as zero', () => {
    const dataset = {
      ...fixtureDataset,
      claims: fixtureDataset.claims.map((c) => (c.id === 'c041' ? { ...c, figures: [] } : c)),
    };
    const row = prepareTradeFairs(dataset).rows.find((r) => r.key === 'c041')!;
    expect(row.group).toBe('fair-2024-primorsky-exhibitors');
    expect(row.marks[0]).not.toHaveProperty('value');
    expect(row.marks[0]!.valueText).toBe('no exact number');
  });
  it('draws the 2025 Russian exhibitors as a 7–12 range', () => {
    const row = model.rows.find((r) => r.group === 'fair-2025-russian-exhibitors')!;
    expect(row.marks[0]).toMatchObject({ low: 7, high: 12, valueText: '7–12' });
  });
  it('draws a range with whisker caps and no symbol at its midpoint', () => {
    const svg = renderChartForPage('trade-fairs', model, { layout: 'wide', idPrefix: 'f' });
    expect(svg).toContain('class="tf-whisker"');
  });
});

describe('trade offices', () => {
  const model = prepareTradeOffices(fixtureDataset);
  it('has six slots: four named cities and two never named', () => {
    expect(model.planned).toBe(6);
    expect(model.slots.map((s) => s.city)).toEqual([
      'Moscow',
      'Saint Petersburg',
      'Vladivostok',
      'Khabarovsk',
      null,
      null,
    ]);
  });
  it('marks Khabarovsk as named only by Russia Briefing', () => {
    const khabarovsk = model.slots.find((s) => s.placeId === 'khabarovsk')!;
    expect(khabarovsk.namedBy.map((n) => n.outlet)).toEqual(['Russia Briefing']);
    expect(khabarovsk.statusText).toMatch(/named only by Russia Briefing/);
  });
  it('confirms no office opened', () => {
    expect(model.slots.every((s) => s.status === 'not-confirmed')).toBe(true);
  });
  it('dates the plan from the record with its own date, not an estimate', () => {
    expect(model.planDate).toBe('October 2022');
  });
});

describe('entries', () => {
  const model = prepareEntries(fixtureDataset);
  it('draws 2025 Q2 and Q3 as "not published", never as zero', () => {
    const gap = model.quarters.filter((q) => q.year === 2025 && (q.quarter === 2 || q.quarter === 3));
    expect(gap.map((q) => q.kind)).toEqual(['not-published', 'not-published']);
    expect(gap.map((q) => q.entries)).toEqual([null, null]);
    expect(gap.map((q) => q.entriesText)).toEqual(['not published', 'not published']);
  });
  it('fills every quarter between the first and last on record, marking missing totals "not found"', () => {
    expect(model.quarters.map((q) => q.label)).toEqual([
      '2023 Q3',
      '2023 Q4',
      '2024 Q1',
      '2024 Q2',
      '2024 Q3',
      '2024 Q4',
      '2025 Q1',
      '2025 Q2',
      '2025 Q3',
    ]);
    expect(model.quarters.find((q) => q.label === '2024 Q2')).toMatchObject({ kind: 'not-found', study: 332 });
    expect(model.quarters.find((q) => q.label === '2023 Q4')).toMatchObject({ kind: 'not-found', claimId: null });
  });
  it('keeps yearly totals apart from quarters', () => {
    expect(model.years.map((y) => [y.label, y.entries])).toEqual([
      ['2019', 21000],
      ['2024', 13221],
    ]);
  });
  it('labels the gap in the drawn chart', () => {
    const svg = renderChartForPage('entries', model, { layout: 'wide', idPrefix: 'e' });
    expect(svg.match(/class="tf-gap"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('>not published<');
  });
});

describe('turnover', () => {
  const model = prepareTurnover(fixtureDataset);
  it('shows each d2 statement as its own labelled point, by speaker', () => {
    expect(model.rows.map((r) => r.marks[0]!.claimId)).toEqual([
      'd2-2018',
      'd2-2020',
      'd2-2023',
      'd2-2023-partial',
      'd2-2024',
    ]);
    expect(model.rows[0]!.sublabel).toMatch(/^Yuri Ushakov/);
  });
  it('never joins the statements with a line', () => {
    const svg = renderChartForPage('turnover', model, { layout: 'wide', idPrefix: 'u' });
    expect(svg).not.toContain('<polyline');
    expect(svg).not.toMatch(/<path d="M[^"]*L[^"]*" class="tf-(line|series)/);
  });
});

describe('with no data yet', () => {
  for (const [name, prepare] of Object.entries({
    prepareTimeline,
    prepareLabourClaims,
    prepareGoodsBrands,
    prepareTradeFairs,
    prepareTradeOffices,
    prepareEntries,
    prepareTurnover,
  })) {
    it(`${name} returns an empty model that still renders`, () => {
      const model = prepare(emptyDataset);
      expect(model.claimIds).toEqual([]);
      expect(renderChartForPage(model.id, model, { layout: 'narrow', idPrefix: 'x' })).toMatch(/^<svg/);
    });
  }
});

describe('standalone colours', () => {
  it('resolves every token in the chart stylesheet to a light-theme literal', () => {
    const css = resolveTokens(
      '.a{fill:var(--fg);color:var(--att-cbp-bg)}',
      ':root {\n  --fg: light-dark(#111111, #eeeeee);\n  --att-cbp-bg: light-dark(#a3262a, #f38f8a);\n}',
    );
    expect(css).toBe('.a{fill:#111111;color:#a3262a}');
  });
});
