/**
 * The story as pages see it: chapters in reading order, the footnote index, and lookups the MDX
 * components need. Unknown ids throw with the component and id named, so the build fails loudly.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCitationIndex, type CitationIndex } from '../lib/citations.ts';
import type { Claim, Source } from '../lib/schema.ts';
import { parseChapterSteps, type ParsedStep } from '../lib/step-states.ts';
import { getDataset } from './dataset.ts';

export type Chapter = CollectionEntry<'chapters'>;

let chaptersPromise: Promise<Chapter[]> | undefined;
export function getChapters(): Promise<Chapter[]> {
  return (chaptersPromise ??= getCollection('chapters').then((entries) =>
    entries.sort((a, b) => a.data.order - b.data.order),
  ));
}

let citationPromise: Promise<CitationIndex> | undefined;
export function getCitationIndex(): Promise<CitationIndex> {
  return (citationPromise ??= getChapters().then((chapters) =>
    buildCitationIndex(chapters.map((chapter) => ({ id: chapter.data.id, body: chapter.body ?? '' }))),
  ));
}

let stepsPromise: Promise<Map<string, ParsedStep>> | undefined;
/** Every step of the story by id, with its graphic state (a later part's inherited from its step). */
export function getStepStates(): Promise<Map<string, ParsedStep>> {
  return (stepsPromise ??= getChapters().then(
    (chapters) =>
      new Map(
        chapters.flatMap((chapter) =>
          parseChapterSteps(chapter.data.id, chapter.body ?? '').map((step) => [step.id, step] as const),
        ),
      ),
  ));
}

export async function getClaim(claimId: string, usedBy: string): Promise<Claim> {
  const { claims } = await getDataset();
  const claim = claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`${usedBy}: unknown claim id "${claimId}" (not in content/data/claims/)`);
  return claim;
}

export async function getSourcesOf(claim: Claim): Promise<Source[]> {
  const { sources } = await getDataset();
  return claim.sources.map((sourceId) => {
    const source = sources.find((s) => s.id === sourceId);
    if (!source) throw new Error(`claim ${claim.id}: unknown source id "${sourceId}"`);
    return source;
  });
}
