import { describe, expect, it } from 'vitest';
import { formatFigureForProse, formatQuantity, pickFigure } from '../../src/lib/prose-format.ts';
import type { Figure } from '../../src/lib/schema.ts';

const figure = (overrides: Partial<Figure>): Figure => ({
  key: 'x',
  label: 'x',
  unit: 'people',
  asOf: '2025',
  approximate: false,
  ...overrides,
});

describe('formatFigureForProse', () => {
  it('prints a count as a bare number with its qualifier', () => {
    expect(formatFigureForProse(figure({ value: 12000, qualifier: 'about' }))).toBe('about 12,000');
  });
  it('says "about" for an approximate value without a qualifier', () => {
    expect(formatFigureForProse(figure({ value: 300, approximate: true }))).toBe('about 300');
  });
  it('prints a range with an en dash', () => {
    expect(formatFigureForProse(figure({ low: 20000, high: 50000 }))).toBe('20,000–50,000');
  });
  it('prints dollars in millions', () => {
    expect(formatFigureForProse(figure({ value: 34_400_000, unit: 'USD' }))).toBe('$34.4 million');
  });
  it('prints a price per kilogram in words', () => {
    expect(formatFigureForProse(figure({ value: 169, unit: 'RUB/kg' }))).toBe('169 roubles a kilogram');
  });
  it('keeps cents for hourly pay', () => {
    expect(formatFigureForProse(figure({ value: 2.5, unit: 'USD/hour', qualifier: 'about' }))).toBe(
      'about $2.50 an hour',
    );
  });
  it('writes a count from one to nine in words, and 10 in digits', () => {
    expect(formatFigureForProse(figure({ value: 6, unit: 'offices' }))).toBe('six');
    expect(formatFigureForProse(figure({ value: 9, unit: 'times', qualifier: 'about' }))).toBe('about nine');
    expect(formatFigureForProse(figure({ value: 8, unit: 'days', approximate: true }))).toBe('about eight days');
    expect(formatFigureForProse(figure({ value: 10, unit: 'offices' }))).toBe('10');
  });
  it('keeps digits for measures and money below ten', () => {
    expect(formatFigureForProse(figure({ value: 4, unit: 'km', approximate: true }))).toBe('about 4 km');
    expect(formatFigureForProse(figure({ value: 2, unit: 'USD' }))).toBe('$2');
  });
  it('prints a million barrels in words', () => {
    expect(formatFigureForProse(figure({ value: 1_000_000, unit: 'barrels', qualifier: 'over' }))).toBe(
      'over 1 million',
    );
  });
});

describe('formatQuantity', () => {
  it('groups thousands', () => expect(formatQuantity(13221)).toBe('13,221'));
  it('shortens billions', () => expect(formatQuantity(9_000_000_000)).toBe('9 billion'));
});

describe('pickFigure', () => {
  const claim = { id: 't40', figures: [figure({ key: 'now', value: 15000 }), figure({ key: 'by-end', value: 50000 })] };
  it('takes the first figure when no key is given', () => expect(pickFigure(claim).key).toBe('now'));
  it('takes the named figure', () => expect(pickFigure(claim, 'by-end').value).toBe(50000));
  it('names the keys that exist when the key is wrong', () => {
    expect(() => pickFigure(claim, 'later')).toThrow(
      '<Num claim="t40" k="later">: no figure "later"; the claim has "now", "by-end"',
    );
  });
  it('refuses a claim without figures', () => {
    expect(() => pickFigure({ id: 't05', figures: [] })).toThrow('claim t05 has no figures');
  });
});
