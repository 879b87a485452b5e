import { describe, expect, it } from 'vitest';
import { lastUpdatedFor } from '../../src/lib/changelog.ts';

const changelog = [
  { version: '1.1.0', date: '2026-12-01', changes: ['fix'], corrected: ['t33'] },
  { version: '1.0.0', date: '2026-11-21', changes: ['first'], corrected: [] },
  { version: '1.2.0', date: '2027-01-10', changes: ['fix'], corrected: ['t48'] },
];

describe('lastUpdatedFor', () => {
  it('gives the first edition date when nothing was corrected', () => {
    expect(lastUpdatedFor(['c001'], changelog)).toBe('2026-11-21');
  });
  it('gives the latest correction among the claims', () => {
    expect(lastUpdatedFor(['t33', 't48'], changelog)).toBe('2027-01-10');
    expect(lastUpdatedFor(['t33'], changelog)).toBe('2026-12-01');
  });
});
