import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../lib/load-dataset.ts';
import { claimDate } from '../shared/claims.ts';
import { prepareTurnover } from './state.ts';

const dataset = await loadDatasetOrThrow();
const model = prepareTurnover(dataset);

describe('turnover', () => {
  it('gives each row, its accessible name and its table row the date the figure was said', () => {
    for (const row of model.rows) {
      const claim = dataset.claims.find((c) => c.id === row.marks[0]!.claimId)!;
      const said = claimDate(claim);
      expect(row.sublabel).toContain(`said ${said}`);
      expect(row.marks[0]!.ariaLabel).toContain(`said ${said}`);
    }
    const saidColumn = model.table.columns.indexOf('Said');
    expect(model.table.rows.map((r) => r[saidColumn])).toContain('17 June 2024');
    expect(model.table.rows.map((r) => r[saidColumn])).toContain('10 June 2025');
  });

  it('draws each statement as its own point, never joined by a line', () => {
    expect(new Set(model.rows.map((r) => r.marks[0]!.claimId)).size).toBe(model.rows.length);
  });
});
