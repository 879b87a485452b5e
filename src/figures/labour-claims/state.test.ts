import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../lib/load-dataset.ts';
import { prepareLabourClaims } from './state.ts';

const dataset = await loadDatasetOrThrow();
const model = prepareLabourClaims(dataset);

describe('labour claims', () => {
  it('keeps NHK’s 25,000 (RA, disputed) and HUR’s about 12,000 (CBP) as separate Alabuga marks', () => {
    const alabuga = model.rows.filter((r) => r.group === 'alabuga-workers').map((r) => r.marks[0]!);
    expect(alabuga.find((m) => m.claimId === 't33')).toMatchObject({
      value: 25000,
      attribution: 'RA',
      status: 'disputed',
    });
    expect(alabuga.find((m) => m.value === 12000)!.attribution).toBe('CBP');
  });

  it('says in its takeaway how many of its numbers are official statements', () => {
    const official = model.rows.filter((r) => r.marks[0]!.attribution === 'OFF').length;
    expect(official).toBeGreaterThan(0);
    expect(model.takeaway).toMatch(/of the \d+ numbers|of the [a-z]+ numbers/);
    expect(model.takeaway).toMatch(/25,000/);
  });

  it('names the 2022 range as a 2022 estimate', () => {
    const range = model.rows.find((r) => r.marks[0]!.low === 20000)!;
    expect(range.sublabel).toMatch(/2022 estimate/);
  });
});
