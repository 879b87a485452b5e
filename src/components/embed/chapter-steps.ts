/** The story's chapters in reading order with their parsed steps, read once per build. */
import { getCollection } from 'astro:content';
import { parseChapterSteps, type ParsedStep } from '../../lib/step-states.ts';

export type ChapterSteps = { id: string; order: number; title: string; summary: string; steps: ParsedStep[] };

let cached: Promise<ChapterSteps[]> | undefined;

export function getChapterSteps(): Promise<ChapterSteps[]> {
  return (cached ??= getCollection('chapters').then((entries) =>
    entries
      .sort((a, b) => a.data.order - b.data.order)
      .map((entry) => ({
        id: entry.data.id,
        order: entry.data.order,
        title: entry.data.title,
        summary: entry.data.summary,
        steps: parseChapterSteps(entry.data.id, entry.body ?? ''),
      })),
  ));
}
