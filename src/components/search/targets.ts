/**
 * Where a search hit should take the reader. Pagefind records every element with an id inside
 * the indexed text as an anchor (with its word position), but only headings become sub-results,
 * and the story's steps are <section id="labour-6"> without headings. So the results page maps
 * each matched word to the nearest section, row or list item above it: a hit in the story links to
 * its step (/#labour-6), on /data/ to its claim row (#claim-t33), on /sources/ to its source (#S24).
 * Pure: no DOM, no Pagefind; unit-tested.
 */

export type PagefindAnchor = { element: string; id: string; text?: string; location: number };

export type SearchPage = {
  /** Page URL as Pagefind returns it, e.g. "/" or "/data/". */
  url: string;
  title: string;
  /** The page's indexed text; word positions index into it split on whitespace. */
  content: string;
  /** Word positions of every match. */
  locations: number[];
  anchors: PagefindAnchor[];
};

export type SearchTarget = {
  /** Link to the exact place: "/#labour-6". */
  url: string;
  /** "Labour, step 6", "Claim t33", or the page title when no finer anchor applies. */
  label: string;
  /** Words around the first match, with matched words flagged. */
  excerpt: { word: string; match: boolean }[];
  matchCount: number;
};

/** Elements that mark a place worth linking to; ids on other elements (footnote markers, chart internals) are skipped. */
const TARGET_ELEMENTS = new Set(['section', 'article', 'tr', 'li', 'h2', 'h3', 'h4', 'dt']);

function isTargetAnchor(anchor: PagefindAnchor): boolean {
  return TARGET_ELEMENTS.has(anchor.element.toLowerCase()) && !anchor.id.startsWith('tf-');
}

/** The last target anchor at or before a word position, or null when the match precedes them all. */
export function anchorBefore(anchors: PagefindAnchor[], location: number): PagefindAnchor | null {
  let found: PagefindAnchor | null = null;
  for (const anchor of anchors) {
    if (!isTargetAnchor(anchor) || anchor.location > location) continue;
    if (!found || anchor.location >= found.location) found = anchor;
  }
  return found;
}

/** A readable name for an anchor: story steps and reference lists by chapter title, claims and sources by id. */
export function anchorLabel(
  page: Pick<SearchPage, 'title'>,
  anchor: PagefindAnchor,
  chapterTitles: Record<string, string> = {},
): string {
  const step = /^([a-z]+(?:-[a-z]+)*)-(\d+)$/.exec(anchor.id);
  if (step && chapterTitles[step[1]!]) return `${chapterTitles[step[1]!]}, step ${step[2]}`;
  if (chapterTitles[anchor.id]) return chapterTitles[anchor.id]!;
  const references = /^references-(.+)$/.exec(anchor.id);
  if (references && chapterTitles[references[1]!]) return `${chapterTitles[references[1]!]}: references`;
  if (anchor.id.startsWith('claim-')) return `Claim ${anchor.id.slice('claim-'.length)}`;
  if (/^S\d+$/.test(anchor.id)) return `Source ${anchor.id}`;
  const reference = /^ref-(.+)$/.exec(anchor.id);
  if (reference) return `Reference: claim ${reference[1]}`;
  const text = anchor.text?.trim();
  return text && text.length <= 80 ? text : page.title;
}

/** Words around a position, with the page's other matches in that window flagged. */
export function excerptAround(
  words: string[],
  location: number,
  matches: Set<number>,
  radius = 12,
): { word: string; match: boolean }[] {
  const start = Math.max(0, location - radius);
  const end = Math.min(words.length, location + radius + 1);
  return words.slice(start, end).map((word, offset) => ({ word, match: matches.has(start + offset) }));
}

/** Sections and headings (story steps, chapters) rank before glossary terms, then table rows and list items. */
function anchorPriority(anchor: PagefindAnchor): number {
  const element = anchor.element.toLowerCase();
  if (element === 'tr' || element === 'li') return 2;
  return element === 'dt' ? 1 : 0;
}

function withAnchor(pageUrl: string, id: string): string {
  return `${pageUrl.split('#')[0]}#${id}`;
}

/** The distinct places on a page where the query matched, in page order, at most `limit`. */
export function searchTargets(
  page: SearchPage,
  options: { limit?: number; chapterTitles?: Record<string, string> } = {},
): SearchTarget[] {
  const { limit = 5, chapterTitles = {} } = options;
  const words = page.content.split(/\s+/).filter(Boolean);
  const matches = new Set(page.locations);
  const byUrl = new Map<string, SearchTarget & { priority: number }>();
  for (const location of [...page.locations].sort((a, b) => a - b)) {
    const anchor = anchorBefore(page.anchors, location);
    const url = anchor ? withAnchor(page.url, anchor.id) : page.url;
    const existing = byUrl.get(url);
    if (existing) {
      existing.matchCount += 1;
      continue;
    }
    byUrl.set(url, {
      url,
      label: anchor ? anchorLabel(page, anchor, chapterTitles) : page.title,
      excerpt: excerptAround(words, location, matches),
      matchCount: 1,
      priority: anchor ? anchorPriority(anchor) : 1,
    });
  }
  // Prose first: a step or section hit tells more than a line in a reference list or table.
  return [...byUrl.values()]
    .sort((a, b) => a.priority - b.priority)
    .slice(0, limit)
    .map(({ priority: _priority, ...target }) => target);
}
