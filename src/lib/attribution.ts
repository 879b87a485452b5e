/**
 * Attribution classes in words: the one place the labels live, so badges, tables, exports
 * and prose describe a class the same way.
 */
import type { Attribution } from './schema.ts';

/** Long label: what the class means, for badges' hidden text, tables and CSV. */
export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  OFF: 'official',
  RN: 'named report',
  RA: 'anonymous-source report',
  CBP: 'claim by an interested party',
  AN: 'analysis or estimate',
};

/** One sentence per class for the methodology page and tooltips. */
export const ATTRIBUTION_MEANINGS: Record<Attribution, string> = {
  OFF: 'A government, ministry, state body, UN panel or company says so on the record.',
  RN: 'A news outlet reports it in its own name, from documents, named people or its own observation.',
  RA: 'A news outlet reports it from sources it does not name.',
  CBP: 'A party with a stake in how the claim is received asserts it, for example a belligerent’s intelligence service.',
  AN: 'A researcher, consultancy or think tank estimates or argues it.',
};

/** How prose words a claim of each class: the verb pattern, with <who> for the claimant or reporter. */
export const ATTRIBUTION_WORDING: Record<Attribution, string> = {
  OFF: 'according to <official>',
  RN: '<outlet> reported',
  RA: 'reportedly; according to an unnamed source',
  CBP: '<party> claimed',
  AN: '<analyst> estimated / argued',
};

/** "CBP · claim by an interested party": the text form used where a badge cannot be coloured. */
export function attributionText(cls: Attribution): string {
  return `${cls} · ${ATTRIBUTION_LABELS[cls]}`;
}

/**
 * The attributing phrase for a claim, e.g. attributionVerb('CBP', 'HUR') → "HUR claimed".
 * RA ignores the name: an anonymous-source report is attributed to the outlet's unnamed source.
 */
export function attributionVerb(cls: Attribution, who: string): string {
  switch (cls) {
    case 'OFF':
      return `according to ${who}`;
    case 'RN':
      return `${who} reported`;
    case 'RA':
      return `${who} reported, citing unnamed sources`;
    case 'CBP':
      return `${who} claimed`;
    case 'AN':
      return `${who} estimated`;
  }
}
