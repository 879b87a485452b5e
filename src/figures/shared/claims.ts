/** Dataset look-ups shared by every chart's prepare(): tooltips, source lists, table cells. */
import type { Claim, Dataset } from '../../lib/schema.ts';
import { ATTRIBUTION_LABELS, attributionText, whoSaidIt } from '../../lib/vocabulary.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { formatDateRange } from '../../lib/dates.ts';
import { countInWords } from '../../lib/prose-format.ts';
import type { ChartBase, ClaimTip } from './types.ts';

export function claimDate(claim: Claim): string {
  const text = claim.dateEnd ? formatDateRange(claim.date, claim.dateEnd) : formatPartialDate(claim.date);
  return claim.dateEstimated ? `${text} (estimated)` : text;
}

/** The cells every chart's data table ends a claim's row with: who, class, when, status, record, sources. */
export function claimCells(claim: Claim, when = claimDate(claim)): string[] {
  return [whoSaidIt(claim), attributionText(claim.attribution), when, claim.status, claim.id, claim.sources.join(' ')];
}

export function claimTip(dataset: Dataset, claim: Claim): ClaimTip {
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  return {
    id: claim.id,
    title: claim.title,
    date: claimDate(claim),
    attribution: claim.attribution,
    attributionLabel: ATTRIBUTION_LABELS[claim.attribution],
    status: claim.status,
    claimant: whoSaidIt(claim),
    sources: claim.sources.map((id) => {
      const source = sourcesById.get(id);
      return source ? `${source.publisher}: ${source.title}` : id;
    }),
  };
}

/** Tooltips, claim ids and source ids for the claims a chart draws, in drawing order. */
export function claimsPart(dataset: Dataset, claims: Claim[]): Pick<ChartBase, 'claimIds' | 'sourceIds' | 'tips'> {
  const tips: Record<string, ClaimTip> = {};
  const sourceIds: string[] = [];
  for (const claim of claims) {
    tips[claim.id] = claimTip(dataset, claim);
    for (const id of claim.sources) if (!sourceIds.includes(id)) sourceIds.push(id);
  }
  return { claimIds: [...new Set(claims.map((c) => c.id))], sourceIds, tips };
}

const RELIABILITY_ORDER = { P: 0, Q: 1, S: 2 } as const;

/**
 * The publishers behind a chart, for its source line: originating outlets first, then the most
 * reliable (P, then Q, then S), reposts last and named with the outlet they carry
 * ("Daily NK, via frappler.blogspot.com"), so a repost never heads the line.
 */
export function sourcePublishers(dataset: Dataset, sourceIds: string[]): string[] {
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const sources = [...new Set(sourceIds)].flatMap((id) => sourcesById.get(id) ?? []);
  const rank = (s: (typeof sources)[number]) => (s.relays ? 3 : RELIABILITY_ORDER[s.reliability]);
  const ordered = sources
    .map((source, index) => ({ source, index }))
    .sort((a, b) => rank(a.source) - rank(b.source) || a.index - b.index)
    .map(({ source }) => (source.relays ? `${source.relays}, via ${source.publisher}` : source.publisher));
  return [...new Set(ordered)];
}

/** A count in house style (prose-format's words for one to nine, figures from 10), "no" for zero. */
export function countWord(n: number): string {
  return n === 0 ? 'no' : (countInWords(n) ?? String(n));
}
