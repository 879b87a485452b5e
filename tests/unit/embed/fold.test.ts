import { describe, expect, it } from 'vitest';
import { chooseFold } from '../../../src/lib/embed/fold.ts';

const rows = (count: number, height = 40, step = 50) =>
  Array.from({ length: count }, (_, index) => ({ top: index * step, bottom: index * step + height }));

describe('chooseFold', () => {
  it('cuts in the lowest gap between rows that fits the limit', () => {
    // Rows at 0–40, 50–90, 100–140, …: a limit of 200 keeps four rows, cut 4 px under the fourth.
    expect(chooseFold(rows(10), 200)).toEqual({ cut: 194, hidden: 6 });
  });

  it('never cuts through a mark, even one that spans several rows', () => {
    const marks = [...rows(6), { top: 45, bottom: 230 }];
    // The tall mark covers the gaps at 90–100, 140–150 and 190–200: the only cuts are above 45 or below 230.
    expect(chooseFold(marks, 220)).toEqual({ cut: 44, hidden: 6 });
    expect(chooseFold(marks, 300)).toEqual({ cut: 244, hidden: 1 });
  });

  it('folds nothing when no cut shows at least one mark and hides at least one', () => {
    expect(chooseFold(rows(5), 10)).toBeNull();
    expect(chooseFold(rows(1), 500)).toBeNull();
    expect(chooseFold([], 500)).toBeNull();
  });

  it('does not depend on the order the marks come in', () => {
    expect(chooseFold(rows(10).reverse(), 200)).toEqual(chooseFold(rows(10), 200));
  });
});
