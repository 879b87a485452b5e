import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../lib/load-dataset.ts';
import { prepareTimeline } from './state.ts';

const dataset = await loadDatasetOrThrow();
const model = prepareTimeline(dataset);

describe('timeline', () => {
  it('shows timeline and 2022 context rows in date order, never seed claims or data series', () => {
    const ids = model.events.map((e) => e.claimId);
    expect(ids).toContain('p6');
    expect(ids.some((id) => /^(c|d)\d/.test(id))).toBe(false);
    const dates = model.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('says which lanes came before diplomacy only when the records’ dates agree', () => {
    const ordering = model.ordering!;
    // Held against the raw records, not the model: the first dated record of each category.
    const timelineRecords = dataset.claims.filter((c) => model.events.some((e) => e.claimId === c.id));
    const first = (category: string) =>
      timelineRecords
        .filter((c) => c.category === category)
        .map((c) => c.date)
        .sort()[0]!;
    for (const category of ordering.earlier) expect(first(category) < first(ordering.later)).toBe(true);
    expect(model.takeaway).toMatch(/before the first diplomatic event/);
    expect(model.takeaway).not.toMatch(/diplomacy came first/i);
  });

  it('counts the events that rest on something other than an official record', () => {
    const notOfficial = model.events.filter((e) => e.attribution !== 'OFF').length;
    expect(model.takeaway).toContain(`${notOfficial} of ${model.events.length} events`);
  });
});
