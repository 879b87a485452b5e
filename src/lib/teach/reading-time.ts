/**
 * Reading time of a chapter from its MDX source: words a reader actually reads, at a steady
 * pace for explanatory prose. Components that print text (<Num>, <When>) count as the words
 * they print; markup, props and footnote markers count as nothing.
 */

/** Adult silent reading of non-fiction runs at about 200–250 words a minute; the lower end suits dense, figure-heavy text. */
export const WORDS_PER_MINUTE = 200;

/** Words that an MDX chapter shows to a reader. */
export function readableWords(mdxSource: string): string[] {
  const text = mdxSource
    .replace(/^---\n[\s\S]*?\n---\n?/, ' ') // frontmatter
    .replace(/<(Num|When)\b[^>]*\/>/g, ' 1,000 ') // prints a number or a date: one or two words
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // every other tag, with its props
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // markdown links keep their text
    .replace(/[#*_>`|]/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Whole minutes, never less than one. */
export function readingMinutes(mdxSource: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(readableWords(mdxSource).length / wordsPerMinute));
}
