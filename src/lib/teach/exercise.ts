/**
 * The source-evaluation exercise, built from real claims: groups of claims about the same
 * quantity (compareGroup) that disagree, each statement shown with who said it and when, and an
 * answer key that reads the attribution class of each claim. Nothing is averaged.
 */
import { ATTRIBUTION_LABELS, whoSaidIt } from '../vocabulary.ts';
import { formatDate } from '../dates.ts';
import { formatFigure } from '../format.ts';
import type { Attribution, Claim, Source } from '../schema.ts';
import type { ExerciseConfig } from './kit.ts';

export type ExerciseStatement = {
  claimId: string;
  dateText: string;
  /** "25,000 workers", or null when the claim disputes a number without giving one. */
  figureText: string | null;
  figureLabel: string | null;
  title: string;
  claimant: string;
  reporter: string | null;
  attribution: Attribution;
  attributionLabel: string;
  /** The answer: what kind of source this is, in a sentence. */
  answer: string;
  corroborate: string;
  sources: { id: string; publisher: string }[];
};

export type ExerciseItem = { group: string; topic: string; question: string; statements: ExerciseStatement[] };

/** The answer-key sentence for one claim: what its attribution class says about the source. */
export function sourceRole(claim: Pick<Claim, 'attribution' | 'claimant' | 'reporter'>): string {
  const who = whoSaidIt(claim);
  switch (claim.attribution) {
    case 'CBP':
      return `An interested party: ${who} has a stake in how the claim is received.`;
    case 'RA':
      return `An anonymous source: ${who}; the reader cannot check who they are.`;
    case 'OFF':
      return `An official statement on the record: ${who}.`;
    case 'RN':
      return `A named report: ${who} stands behind it in its own name.`;
    case 'AN':
      return `An analyst's estimate: ${who}; judge it by its method.`;
  }
}

function numbersOf(claim: Claim): string[] {
  return claim.figures.map((figure) => `${figure.low ?? figure.value}-${figure.high ?? figure.value} ${figure.unit}`);
}

/**
 * Claims that disagree, by compareGroup: two or more claims whose headline numbers differ, or
 * where the dataset marks a claim as disputed. Groups where every claim says the same are not an exercise.
 */
export function groupsInDisagreement(claims: Claim[]): Map<string, Claim[]> {
  const byGroup = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!claim.compareGroup) continue;
    byGroup.set(claim.compareGroup, [...(byGroup.get(claim.compareGroup) ?? []), claim]);
  }
  const disagreeing = new Map<string, Claim[]>();
  for (const [group, members] of byGroup) {
    if (members.length < 2) continue;
    const headlineNumbers = new Set(
      members.filter((claim) => claim.figures.length > 0).map((claim) => numbersOf(claim)[0]),
    );
    const disputed = members.some((claim) => claim.status === 'disputed');
    if (headlineNumbers.size >= 2 || disputed) disagreeing.set(group, members);
  }
  return disagreeing;
}

/** Statements in the order a reader should meet them: by date, then by id. */
function byDateThenId(a: Claim, b: Claim): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

/** The exercise the config asks for; throws naming a group that does not (or no longer) disagree. */
export function buildExercise(dataset: { claims: Claim[]; sources: Source[] }, config: ExerciseConfig): ExerciseItem[] {
  const disagreeing = groupsInDisagreement(dataset.claims);
  const problems: string[] = [];
  const items = config.groups.map((groupConfig) => {
    const members = disagreeing.get(groupConfig.group);
    if (!members) {
      problems.push(`exercise group "${groupConfig.group}": its claims do not disagree (or it has fewer than two)`);
      return null;
    }
    const statements = [...members].sort(byDateThenId).map((claim): ExerciseStatement => {
      const figure = claim.figures[0];
      return {
        claimId: claim.id,
        dateText: formatDate(claim.date),
        figureText: figure ? formatFigure(figure) : null,
        figureLabel: figure ? figure.label : null,
        title: claim.title,
        claimant: claim.claimant,
        reporter: claim.reporter,
        attribution: claim.attribution,
        attributionLabel: ATTRIBUTION_LABELS[claim.attribution],
        answer: sourceRole(claim),
        corroborate: groupConfig.corroborate[claim.id] ?? '',
        sources: claim.sources.map((sourceId) => ({
          id: sourceId,
          publisher: dataset.sources.find((source) => source.id === sourceId)?.publisher ?? sourceId,
        })),
      };
    });
    return { group: groupConfig.group, topic: groupConfig.topic, question: groupConfig.question, statements };
  });
  if (problems.length > 0) throw new Error(`content/teach/exercise.json:\n${problems.join('\n')}`);
  return items.filter((item): item is ExerciseItem => item !== null);
}
