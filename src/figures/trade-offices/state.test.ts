import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../lib/load-dataset.ts';
import { prepareTradeOffices } from './state.ts';
import { drawTradeOffices } from './svg.ts';

const dataset = await loadDatasetOrThrow();
const model = prepareTradeOffices(dataset);

describe('trade offices', () => {
  it('has six slots: the three cities the report named, Khabarovsk, and two never named', () => {
    expect(model.planned).toBe(6);
    expect(model.slots.map((s) => [s.city, s.style])).toEqual([
      ['Moscow', 'plan'],
      ['Saint Petersburg', 'plan'],
      ['Vladivostok', 'plan'],
      ['Khabarovsk', 'addition'],
      [null, 'unnamed'],
      [null, 'unnamed'],
    ]);
  });

  it('shows Khabarovsk as Russia Briefing’s own addition, not as the Daily NK report’s', () => {
    const khabarovsk = model.slots.find((s) => s.placeId === 'khabarovsk')!;
    expect(khabarovsk.claimIds).toEqual(['c078-khabarovsk']);
    expect(khabarovsk.namedBy.map((n) => n.outlet)).toEqual(['Russia Briefing']);
    expect(khabarovsk.statusText).toMatch(/Russia Briefing's own addition/);
    const svg = drawTradeOffices(model, { layout: 'wide', highlight: new Set(), interactive: true }).body;
    expect(svg).toMatch(/class="tf-slot is-addition"/);
    expect(model.table.rows.find((r) => r[1] === 'Khabarovsk')![2]).toBe('Russia Briefing only (its own addition)');
  });

  it('confirms no office opened', () => {
    expect(model.slots.every((s) => s.status === 'not-confirmed')).toBe(true);
  });
});
