import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, precisionOf } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('reads the precision off the length', () => {
    expect(precisionOf('2024')).toBe('year');
    expect(precisionOf('2024-06')).toBe('month');
    expect(precisionOf('2024-06-19')).toBe('day');
  });
  it('formats each precision the way a sentence needs it', () => {
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('2024-06')).toBe('June 2024');
    expect(formatDate('2024-06-09')).toBe('9 June 2024');
  });
  it('shortens a range within one month', () => {
    expect(formatDateRange('2024-06-26', '2024-06-30')).toBe('26–30 June 2024');
  });
  it('keeps both months of a range across months', () => {
    expect(formatDateRange('2025-10-27', '2025-11-01')).toBe('27 October – 1 November 2025');
  });
  it('keeps both years of a range across years', () => {
    expect(formatDateRange('2024-10-24', '2025-12-04')).toBe('24 October 2024 – 4 December 2025');
  });
  it('prints a single date when there is no end', () => {
    expect(formatDateRange('2025-07')).toBe('July 2025');
  });
});
