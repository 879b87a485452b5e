/**
 * The teaching kit's editorial content (content/teach/*.json) as typed data: per-chapter
 * discussion questions and key terms, the glossary, and the source-evaluation exercise.
 * One schema per file; checkTeachKit collects every problem (unknown chapter, term, claim,
 * step or figure anchor) so one build run lists them all.
 */
import { z } from 'astro/zod';

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as "labour-export"');
const Text = z.string().trim().min(1, 'must not be empty');

export const KitLinkSchema = z.strictObject({
  /** A site path with an optional #anchor: "/#labour-6", "/figures/#trade-fairs", "/data/#claim-t33". */
  href: z.string().regex(/^\/[^\s]*$/, 'must be a path on this site, starting with "/"'),
  label: Text,
});

export const DiscussionQuestionSchema = z.strictObject({ text: Text, links: z.array(KitLinkSchema).default([]) });
export type DiscussionQuestion = z.infer<typeof DiscussionQuestionSchema>;

export const ChapterKitSchema = z.strictObject({
  questions: z.array(DiscussionQuestionSchema).length(3, 'each chapter has exactly three discussion questions'),
  terms: z.array(Slug).min(1),
});
export const ChapterKitsSchema = z.record(Slug, ChapterKitSchema);
export type ChapterKit = z.infer<typeof ChapterKitSchema>;

export const GlossaryEntrySchema = z.strictObject({ slug: Slug, term: Text, definition: Text });
export const GlossarySchema = z.array(GlossaryEntrySchema).min(1);
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const ExerciseGroupSchema = z.strictObject({
  group: Slug,
  topic: Text,
  question: Text,
  /** What would corroborate each claim of the group, by claim id. */
  corroborate: z.record(z.string(), Text),
});
export const ExerciseConfigSchema = z.strictObject({ intro: Text, groups: z.array(ExerciseGroupSchema).min(1) });
export type ExerciseConfig = z.infer<typeof ExerciseConfigSchema>;

export type TeachKit = { chapters: Record<string, ChapterKit>; glossary: GlossaryEntry[]; exercise: ExerciseConfig };

/** What the kit is checked against: ids that exist on the site. */
export type KitContext = {
  chapterIds: string[];
  stepIds: string[];
  figureIds: string[];
  claims: { id: string; compareGroup?: string | undefined }[];
  sourceIds: string[];
};

/** Anchors a kit link may point at, by page path. */
export function knownAnchors(context: KitContext): Map<string, Set<string>> {
  return new Map([
    ['/', new Set([...context.chapterIds, ...context.stepIds])],
    ['/figures/', new Set(context.figureIds)],
    ['/data/', new Set(context.claims.map((claim) => `claim-${claim.id}`))],
    ['/sources/', new Set(context.sourceIds)],
    ['/teach/', new Set<string>()],
    ['/methodology/', new Set<string>()],
  ]);
}

export function checkKitLink(href: string, anchors: Map<string, Set<string>>): string | null {
  const [pathPart = '', anchor] = href.split('#');
  const pageAnchors = anchors.get(pathPart);
  if (!pageAnchors) return `links to "${pathPart}", which is not a page the kit may link to`;
  if (anchor !== undefined && pageAnchors.size > 0 && !pageAnchors.has(anchor))
    return `links to "#${anchor}", which is not an anchor on ${pathPart}`;
  return null;
}

export function checkTeachKit(kit: TeachKit, context: KitContext): string[] {
  const problems: string[] = [];
  const anchors = knownAnchors(context);
  const glossarySlugs = new Set<string>();
  for (const entry of kit.glossary) {
    if (glossarySlugs.has(entry.slug)) problems.push(`glossary: "${entry.slug}" is defined twice`);
    glossarySlugs.add(entry.slug);
  }
  for (const chapterId of context.chapterIds)
    if (!kit.chapters[chapterId]) problems.push(`chapters.json: chapter "${chapterId}" has no questions or terms`);
  for (const [chapterId, chapterKit] of Object.entries(kit.chapters)) {
    if (!context.chapterIds.includes(chapterId)) problems.push(`chapters.json: "${chapterId}" is not a chapter id`);
    for (const term of chapterKit.terms)
      if (!glossarySlugs.has(term))
        problems.push(`chapters.json: ${chapterId}: term "${term}" is not in glossary.json`);
    chapterKit.questions.forEach((question, index) => {
      for (const link of question.links) {
        const problem = checkKitLink(link.href, anchors);
        if (problem) problems.push(`chapters.json: ${chapterId}: question ${index + 1} ${problem}`);
      }
    });
  }
  for (const group of kit.exercise.groups) {
    const members = context.claims.filter((claim) => claim.compareGroup === group.group).map((claim) => claim.id);
    if (members.length < 2)
      problems.push(
        `exercise.json: group "${group.group}" has ${members.length} claim(s) in the dataset; it needs two or more`,
      );
    for (const claimId of members)
      if (!group.corroborate[claimId])
        problems.push(`exercise.json: ${group.group}: no "corroborate" text for claim ${claimId}`);
    for (const claimId of Object.keys(group.corroborate))
      if (!members.includes(claimId))
        problems.push(
          `exercise.json: ${group.group}: "corroborate" names ${claimId}, which is not in that compareGroup`,
        );
  }
  return problems;
}
