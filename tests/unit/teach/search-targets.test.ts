import { describe, expect, it } from 'vitest';
import {
  anchorBefore,
  anchorLabel,
  excerptAround,
  searchTargets,
  type PagefindAnchor,
} from '../../../src/components/search/targets.ts';

const storyAnchors: PagefindAnchor[] = [
  { element: 'main', id: 'main', location: 0 },
  { element: 'section', id: 'labour', location: 10 },
  { element: 'h2', id: 'labour-title', text: 'Labour', location: 12 },
  { element: 'section', id: 'labour-5', location: 20 },
  { element: 'sup', id: 'ref-t31-1', location: 25 },
  { element: 'section', id: 'labour-6', location: 30 },
  { element: 'a', id: 'ref-t33-1', location: 36 },
  { element: 'section', id: 'references-labour', location: 50 },
];
const chapterTitles = { labour: 'Labour' };
const content = Array.from({ length: 60 }, (_, index) => `w${index}`).join(' ');

describe('anchorBefore', () => {
  it('picks the step section a word sits in, skipping footnote markers', () => {
    expect(anchorBefore(storyAnchors, 37)?.id).toBe('labour-6');
  });
  it('returns null for words before any section', () => {
    expect(anchorBefore(storyAnchors, 5)).toBeNull();
  });
});

describe('anchorLabel', () => {
  const page = { title: 'Tumen' };
  it('names story steps by chapter and number', () => {
    expect(anchorLabel(page, storyAnchors[5]!, chapterTitles)).toBe('Labour, step 6');
  });
  it('names claim rows and sources by id', () => {
    expect(anchorLabel(page, { element: 'tr', id: 'claim-t33', location: 0 })).toBe('Claim t33');
    expect(anchorLabel(page, { element: 'li', id: 'S24', location: 0 })).toBe('Source S24');
  });
  it('names a chapter reference list', () => {
    expect(anchorLabel(page, storyAnchors[7]!, chapterTitles)).toBe('Labour: references');
  });
});

describe('searchTargets', () => {
  it('links each match to its own step, once per step, in page order', () => {
    const targets = searchTargets(
      { url: '/', title: 'Tumen', content, locations: [38, 22, 33], anchors: storyAnchors },
      { chapterTitles },
    );
    expect(targets.map((t) => [t.url, t.label, t.matchCount])).toEqual([
      ['/#labour-5', 'Labour, step 5', 1],
      ['/#labour-6', 'Labour, step 6', 2],
    ]);
  });
  it('falls back to the page itself when no anchor precedes the match', () => {
    const [target] = searchTargets({ url: '/data/', title: 'The data', content, locations: [3], anchors: [] });
    expect(target).toMatchObject({ url: '/data/', label: 'The data' });
  });
});

describe('excerptAround', () => {
  it('flags matched words inside the window', () => {
    const excerpt = excerptAround(['a', 'b', 'Alabuga', 'c'], 2, new Set([2]), 1);
    expect(excerpt).toEqual([
      { word: 'b', match: false },
      { word: 'Alabuga', match: true },
      { word: 'c', match: false },
    ]);
  });
});

describe('searchTargets ranking', () => {
  it('lists story steps before reference-list items that come earlier on the page', () => {
    const anchors: PagefindAnchor[] = [
      { element: 'li', id: 'ref-c021', location: 5 },
      { element: 'section', id: 'goods-4', location: 20 },
    ];
    const targets = searchTargets(
      { url: '/', title: 'Tumen', content, locations: [6, 21], anchors },
      { chapterTitles: { goods: 'Goods' } },
    );
    expect(targets.map((t) => t.label)).toEqual(['Goods, step 4', 'Reference: claim c021']);
  });
});
