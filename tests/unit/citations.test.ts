import { describe, expect, it } from 'vitest';
import { buildCitationIndex, citedClaimIds } from '../../src/lib/citations.ts';

describe('citedClaimIds', () => {
  it('reads claim ids from Num and Cite in order of appearance', () => {
    const body = 'A <Num claim="t33" /> and <Cite claims="t13 t18" /> then <Num claim="t40" k="workers" />.';
    expect(citedClaimIds(body)).toEqual(['t33', 't13', 't18', 't40']);
  });
  it('ignores components that do not cite', () => {
    expect(citedClaimIds('<When claim="t13" /> <Badge claim="t48" />')).toEqual([]);
  });
  it('accepts single quotes and extra spaces between ids', () => {
    expect(citedClaimIds("<Cite claims='c001   c002' />")).toEqual(['c001', 'c002']);
  });
});

describe('buildCitationIndex', () => {
  const index = buildCitationIndex([
    { id: 'border', body: '<Cite claims="t13" /> <Num claim="t18" /> <Cite claims="t13" />' },
    { id: 'labour', body: '<Num claim="t33" /> <Cite claims="t18 t48" />' },
  ]);
  it('numbers claims by their first citation across the whole story', () => {
    expect([...index.numberOf]).toEqual([
      ['t13', 1],
      ['t18', 2],
      ['t33', 3],
      ['t48', 4],
    ]);
  });
  it('lists every claim a chapter cites, once, even when cited earlier elsewhere', () => {
    expect(index.byChapter.get('border')).toEqual(['t13', 't18']);
    expect(index.byChapter.get('labour')).toEqual(['t33', 't18', 't48']);
  });
  it('anchors each claim in the chapter that cites it first', () => {
    expect(index.homeChapter.get('t18')).toBe('border');
    expect(index.homeChapter.get('t48')).toBe('labour');
  });
});
