/**
 * Footnote numbering for the story. Numbers are global and follow reading order: a claim gets the
 * number of its first citation anywhere in the story, so the same claim keeps one number in every
 * chapter. Each chapter still lists all the claims it cites at its end.
 */

export type ChapterBody = { id: string; body: string };

export type CitationIndex = {
  /** claim id → footnote number (1-based, in order of first citation). */
  numberOf: Map<string, number>;
  /** chapter id → claim ids cited in that chapter, in order of first citation within it. */
  byChapter: Map<string, string[]>;
  /** claim id → the chapter whose reference list holds its anchor (its first citation). */
  homeChapter: Map<string, string>;
};

// <Num claim="t33" …/> and <Cite claims="t13 t18" /> are the two components that cite.
const CITING_TAG = /<(Num|Cite)\b([^>]*?)\/?>/g;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);

/** Claim ids cited in one MDX body, in order of appearance (duplicates kept). */
export function citedClaimIds(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(CITING_TAG)) {
    const [, tag, attributes = ''] = match;
    const found = ATTRIBUTE(tag === 'Num' ? 'claim' : 'claims').exec(attributes);
    const value = found?.[1] ?? found?.[2];
    if (value) ids.push(...value.split(/\s+/).filter(Boolean));
  }
  return ids;
}

export function buildCitationIndex(chapters: ChapterBody[]): CitationIndex {
  const numberOf = new Map<string, number>();
  const byChapter = new Map<string, string[]>();
  const homeChapter = new Map<string, string>();
  for (const chapter of chapters) {
    const cited: string[] = [];
    for (const claimId of citedClaimIds(chapter.body)) {
      if (!numberOf.has(claimId)) {
        numberOf.set(claimId, numberOf.size + 1);
        homeChapter.set(claimId, chapter.id);
      }
      if (!cited.includes(claimId)) cited.push(claimId);
    }
    byChapter.set(chapter.id, cited);
  }
  return { numberOf, byChapter, homeChapter };
}
