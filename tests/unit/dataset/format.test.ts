import { describe, expect, it } from 'vitest';
import { datePrecision, formatFigure, formatNumber, formatPartialDate } from '../../../src/lib/format.ts';
import { ATTRIBUTION_LABELS, attributionText, attributionVerb } from '../../../src/lib/vocabulary.ts';

const figure = (extra: Partial<Parameters<typeof formatFigure>[0]>) => ({
  unit: 'people',
  approximate: false,
  ...extra,
});

describe('formatPartialDate', () => {
  it('prints a month as "June 2024"', () => expect(formatPartialDate('2024-06')).toBe('June 2024'));
  it('prints a day without a leading zero', () => expect(formatPartialDate('2024-06-09')).toBe('9 June 2024'));
  it('prints a year as is', () => expect(formatPartialDate('2023')).toBe('2023'));
  it('marks estimated dates', () =>
    expect(formatPartialDate('2025-03', { estimated: true })).toBe('March 2025 (estimated)'));
});

describe('datePrecision', () => {
  it('reads the precision off the date', () => {
    expect(datePrecision('2024')).toBe('year');
    expect(datePrecision('2024-06')).toBe('month');
    expect(datePrecision('2024-06-19')).toBe('day');
  });
});

describe('formatNumber', () => {
  it('groups thousands', () => expect(formatNumber(12000)).toBe('12,000'));
  it('words millions and billions', () => {
    expect(formatNumber(34_400_000)).toBe('34.4 million');
    expect(formatNumber(2_500_000_000)).toBe('2.5 billion');
  });
  it('keeps small decimals', () => expect(formatNumber(0.25)).toBe('0.25'));
});

describe('formatFigure', () => {
  it('puts the qualifier first and the unit last', () =>
    expect(formatFigure(figure({ value: 12000, qualifier: 'about' }))).toBe('about 12,000 people'));
  it('reads an approximate value as "about"', () =>
    expect(formatFigure(figure({ value: 25000, approximate: true }))).toBe('about 25,000 people'));
  it('prints a range with an en dash', () =>
    expect(formatFigure(figure({ low: 7, high: 12, unit: 'companies' }))).toBe('7–12 companies'));
  it('prefixes dollars', () => expect(formatFigure(figure({ value: 34_400_000, unit: 'USD' }))).toBe('$34.4 million'));
  it('shares the magnitude word across a money range', () =>
    expect(formatFigure(figure({ low: 1_000_000, high: 2_000_000, unit: 'USD', qualifier: 'over' }))).toBe(
      'over $1–2 million',
    ));
  it('writes percentages without a space', () => expect(formatFigure(figure({ value: 40, unit: '%' }))).toBe('40%'));
});

describe('attribution labels', () => {
  it('labels every class in words', () => {
    expect(ATTRIBUTION_LABELS.CBP).toBe('claim by an interested party');
    expect(attributionText('RA')).toBe('RA · anonymous-source report');
  });
  it('words the attributing verb per class', () => {
    expect(attributionVerb('CBP', 'HUR')).toBe('HUR claimed');
    expect(attributionVerb('OFF', 'Russia’s interior ministry')).toBe('according to Russia’s interior ministry');
  });
});
