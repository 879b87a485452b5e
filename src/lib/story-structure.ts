/**
 * Build-time checks of a chapter's step structure, so stable URLs stay stable:
 * step ids are "<chapter>-<n>", consecutive from 1, each optionally followed by parts "<chapter>-<n>b",
 * "<chapter>-<n>c", … in order, and unique across the story.
 */
import { parseStepId } from './steps.ts';

const STEP_ID = /<Step\b[^>]*?\bid\s*=\s*["']([^"']+)["']/g;

export function stepIdsIn(body: string): string[] {
  return [...body.matchAll(STEP_ID)].map((match) => match[1]!);
}

/** The id the step after `previous` may take: the next part of the same step, or the next step. */
function nextIds(chapterId: string, previous: { n: number; part?: string } | null): string[] {
  if (!previous) return [`${chapterId}-1`];
  const nextPart = String.fromCharCode((previous.part ?? 'a').charCodeAt(0) + 1);
  return [`${chapterId}-${previous.n}${nextPart}`, `${chapterId}-${previous.n + 1}`];
}

/** One message per problem, naming the chapter file's id and the offending step id. */
export function checkChapterSteps(chapterId: string, body: string): string[] {
  const problems: string[] = [];
  const stepIds = stepIdsIn(body);
  if (stepIds.length === 0) problems.push(`chapter ${chapterId}: has no <Step> blocks`);
  let previous: { n: number; part?: string } | null = null;
  for (const stepId of stepIds) {
    const parsed = parseStepId(stepId);
    const expected = nextIds(chapterId, previous);
    if (!parsed || parsed.chapter !== chapterId || !expected.includes(stepId)) {
      problems.push(
        `chapter ${chapterId}: step "${stepId}" should be ${expected.map((id) => `"${id}"`).join(' or ')} (ids run ${chapterId}-1, ${chapterId}-1b, ${chapterId}-2, …)`,
      );
      // Carry on from the expected id, so one bad id is reported once rather than at every later step.
      previous = parseStepId(expected.at(-1)!);
    } else previous = parsed;
  }
  return problems;
}

/** Throws one error listing every structural problem across the story. */
export function assertStoryStructure(chapters: { id: string; body: string }[]): void {
  const problems = chapters.flatMap((chapter) => checkChapterSteps(chapter.id, chapter.body));
  const seen = new Set<string>();
  for (const chapter of chapters) {
    if (seen.has(chapter.id)) problems.push(`chapter ${chapter.id}: id used by two chapters`);
    seen.add(chapter.id);
  }
  if (problems.length > 0) throw new Error(`The story has ${problems.length} problem(s):\n${problems.join('\n')}`);
}
