/**
 * What an embed says about where its figure comes from: the story step it belongs to and
 * whether the dataset has corrected any claim it shows.
 */
import type { Meta } from '../schema.ts';
import type { ParsedStep } from '../step-states.ts';
import type { FigureId } from '../vocabulary.ts';

/** The latest changelog entry that corrected one of these claims, or undefined if none did. */
export function correctionFor(
  claimIds: readonly string[],
  changelog: Meta['changelog'],
): { date: string; version: string; claimIds: string[] } | undefined {
  const ids = new Set(claimIds);
  let latest: { date: string; version: string; claimIds: string[] } | undefined;
  for (const entry of changelog) {
    const touched = entry.corrected.filter((id) => ids.has(id));
    if (touched.length === 0) continue;
    if (!latest || entry.date > latest.date) latest = { date: entry.date, version: entry.version, claimIds: touched };
  }
  return latest;
}

/** The first step (chapters in reading order, steps in order) that shows this figure. */
export function firstStepShowing(figure: FigureId, chaptersSteps: readonly ParsedStep[][]): string | undefined {
  for (const steps of chaptersSteps) for (const step of steps) if (step.state.figure === figure) return step.id;
  return undefined;
}
