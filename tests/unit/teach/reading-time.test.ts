import { describe, expect, it } from 'vitest';
import { readableWords, readingMinutes } from '../../../src/lib/teach/reading-time.ts';

describe('readableWords', () => {
  it('skips frontmatter, tags and their props, and keeps the prose', () => {
    const mdx =
      '---\nid: labour\nsummary: Not read here.\n---\n<Step id="labour-1" figure="map" map={{ zoom: 2 }}>\n\nWorkers came by train.<Cite claims="t08" />\n\n</Step>';
    expect(readableWords(mdx)).toEqual(['Workers', 'came', 'by', 'train.']);
  });
  it('counts a <Num> or <When> as the number or date it prints', () => {
    expect(readableWords('HUR claimed <Num claim="t48" /> workers on <When claim="t48" />.')).toHaveLength(6);
  });
  it('keeps the text of markdown links and drops their URLs', () => {
    expect(readableWords('See [the data](/data/#claim-t33) now')).toEqual(['See', 'the', 'data', 'now']);
  });
});

describe('readingMinutes', () => {
  it('reads 400 words in two minutes at 200 words a minute', () => {
    expect(readingMinutes(Array.from({ length: 400 }, () => 'word').join(' '))).toBe(2);
  });
  it('never says zero minutes', () => {
    expect(readingMinutes('Short.')).toBe(1);
  });
});
