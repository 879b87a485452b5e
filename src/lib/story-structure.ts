/**
 * Build-time checks of a chapter's step structure, so stable URLs stay stable:
 * step ids are "<chapter>-<n>", consecutive from 1, unique across the story.
 */
import { parseStepId } from './steps.ts';

const STEP_ID = /<Step\b[^>]*?\bid\s*=\s*["']([^"']+)["']/g;

export function stepIdsIn(body: string): string[] {
  return [...body.matchAll(STEP_ID)].map((match) => match[1]!);
}

/** One message per problem, naming the chapter file's id and the offending step id. */
export function checkChapterSteps(chapterId: string, body: string): string[] {
  const problems: string[] = [];
  const stepIds = stepIdsIn(body);
  if (stepIds.length === 0) problems.push(`chapter ${chapterId}: has no <Step> blocks`);
  stepIds.forEach((stepId, index) => {
    const parsed = parseStepId(stepId);
    const expected = `${chapterId}-${index + 1}`;
    if (!parsed || parsed.chapter !== chapterId || stepId !== expected)
      problems.push(
        `chapter ${chapterId}: step "${stepId}" should be "${expected}" (ids run ${chapterId}-1, ${chapterId}-2, …)`,
      );
  });
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
