/**
 * North Korean entries into Russia (FSB border statistics, as reported): totals by year and by
 * quarter. Quarters whose figures were never published are explicit "not published" slots, and
 * quarters whose total was not found are "not found" — neither is ever drawn as zero.
 */
import type { Claim, Dataset } from '../../../lib/schema.ts';
import { FIGURE_TITLES } from '../../../lib/vocabulary.ts';
import { formatFigure } from '../../../lib/format.ts';
import type { ChartBase } from '../shared/types.ts';
import { claimsPart } from '../shared/claims.ts';

export type EntrySlot = {
  key: string;
  label: string;
  year: number;
  quarter: number | null;
  kind: 'value' | 'not-found' | 'not-published';
  entries: number | null;
  study: number | null;
  entriesText: string;
  studyText: string;
  claimId: string | null;
};

export type EntriesModel = ChartBase & { years: EntrySlot[]; quarters: EntrySlot[] };

const D1_ID = /^d1-(\d{4})(?:-q([1-4]))?$/;

function slotFor(claim: Claim | undefined, year: number, quarter: number | null): EntrySlot {
  const entries = claim?.figures.find((f) => f.key === 'entries');
  const study = claim?.figures.find((f) => f.key === 'study');
  // A record with no figures at all is the record that the data was not published (ids.md).
  const kind: EntrySlot['kind'] = !claim
    ? 'not-found'
    : claim.figures.length === 0
      ? 'not-published'
      : entries
        ? 'value'
        : 'not-found';
  return {
    key: quarter ? `${year}-q${quarter}` : String(year),
    label: quarter ? `${year} Q${quarter}` : String(year),
    year,
    quarter,
    kind,
    entries: entries?.value ?? null,
    study: study?.value ?? null,
    entriesText: entries
      ? formatFigure({ ...entries, unit: '' }).trim()
      : kind === 'not-published'
        ? 'not published'
        : 'not found',
    studyText: study ? formatFigure({ ...study, unit: '' }).trim() : kind === 'not-published' ? 'not published' : '—',
    claimId: claim?.id ?? null,
  };
}

export function prepareEntries(dataset: Dataset): EntriesModel {
  const claims = dataset.claims.filter((c) => D1_ID.test(c.id));
  const parsed = claims.map((claim) => {
    const [, year, quarter] = D1_ID.exec(claim.id)!;
    return { claim, year: Number(year), quarter: quarter ? Number(quarter) : null };
  });
  const years = parsed
    .filter((p) => p.quarter === null)
    .sort((a, b) => a.year - b.year)
    .map((p) => slotFor(p.claim, p.year, null));
  // Every quarter from the first to the last on record, so a missing quarter shows as a gap.
  const quarterly = parsed.filter((p) => p.quarter !== null);
  const quarters: EntrySlot[] = [];
  if (quarterly.length > 0) {
    const index = (p: { year: number; quarter: number | null }) => p.year * 4 + (p.quarter! - 1);
    const first = Math.min(...quarterly.map(index));
    const last = Math.max(...quarterly.map(index));
    for (let i = first; i <= last; i++) {
      const year = Math.floor(i / 4);
      const quarter = (i % 4) + 1;
      quarters.push(slotFor(quarterly.find((p) => p.year === year && p.quarter === quarter)?.claim, year, quarter));
    }
  }
  const usedClaims = claims.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const peak = [...quarters].sort((a, b) => (b.entries ?? 0) - (a.entries ?? 0))[0];
  const unpublished = quarters.filter((q) => q.kind === 'not-published').map((q) => q.label);
  return {
    id: 'entries',
    title: FIGURE_TITLES.entries,
    takeaway: `Entries surged in late 2024, mostly on study visas, collapsed in early 2025 — and then the figures stopped being published.`,
    description: `North Korean entries into Russia from border statistics. By year: ${years.map((y) => `${y.label} ${y.entriesText}`).join(', ')}. By quarter: ${quarters.map((q) => `${q.label} ${q.entriesText}`).join(', ')}.${peak?.entries ? ` The highest published quarter is ${peak.label}.` : ''}${unpublished.length ? ` ${unpublished.join(' and ')}: not published, shown as empty slots, not as zero.` : ''}`,
    ...claimsPart(dataset, usedClaims),
    table: {
      caption: 'North Korean entries into Russia, as published',
      columns: ['Period', 'Entries', 'Of which to study', 'Claim', 'Sources'],
      rows: [...years, ...quarters].map((s) => [
        s.label,
        s.entriesText,
        s.studyText,
        s.claimId ?? '—',
        s.claimId ? claims.find((c) => c.id === s.claimId)!.sources.join(' ') : '—',
      ]),
    },
    years,
    quarters,
  };
}
