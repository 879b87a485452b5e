import { describe, expect, it } from 'vitest';
import {
  checkSiteLinks,
  classifyRef,
  extractLinks,
  parseSrcset,
  resolvePath,
  siteOriginFrom,
} from '../../../scripts/check-links.ts';

const files = new Set(['index.html', 'data/index.html', 'data/tumen.json', '_astro/app.js', 'figures/map.svg']);

function check(html: string, otherPages: Record<string, string> = {}) {
  const pages = [{ file: 'index.html', urlPath: '/', html }];
  const readIds = (file: string) => extractLinks(otherPages[file] ?? '').ids;
  return checkSiteLinks(pages, files, readIds, 'https://tumen.example.org').problems.map(
    (p) => `${p.ref} → ${p.message}`,
  );
}

describe('extractLinks', () => {
  it('finds hrefs, srcs, srcset candidates and ids, but nothing inside scripts or comments', () => {
    const links = extractLinks(
      '<a id="top-link" href="/data/?x=1&amp;y=2">d</a><!-- <a href="/gone/"> --><img src="a.png" srcset="b.png 1x, c.png 2x">' +
        '<script type="application/json">{"href":"/nope/"}</script><script src="/_astro/app.js"></script><svg><use href="#icon"/></svg>',
    );
    expect(links.refs.map((ref) => ref.value)).toEqual([
      '/data/?x=1&y=2',
      'a.png',
      'b.png',
      'c.png',
      '/_astro/app.js',
      '#icon',
    ]);
    expect([...links.ids]).toEqual(['top-link']);
  });

  it('reads social-card image URLs from meta content', () => {
    expect(extractLinks('<meta property="og:image" content="/social/story.png">').refs[0]?.value).toBe(
      '/social/story.png',
    );
  });
});

describe('parseSrcset', () => {
  it('keeps commas inside URLs and drops descriptors', () => {
    expect(parseSrcset('/a.png 1x, /b,c.png 2x')).toEqual(['/a.png', '/b,c.png']);
  });
});

describe('classifyRef', () => {
  it('treats the site’s own public origin as internal and other hosts as external', () => {
    expect(classifyRef('https://tumen.example.org/data/#claims', '/', 'https://tumen.example.org')).toEqual({
      kind: 'internal',
      pathname: '/data/',
      fragment: 'claims',
    });
    expect(classifyRef('https://www.nknews.org/x', '/', 'https://tumen.example.org')).toEqual({
      kind: 'external',
      url: 'https://www.nknews.org/x',
    });
    expect(classifyRef('mailto:desk@example.org', '/')).toEqual({ kind: 'ignored' });
  });

  it('resolves relative links against the page', () => {
    expect(classifyRef('../tumen.json', '/data/sub/')).toMatchObject({ pathname: '/data/tumen.json' });
  });
});

describe('resolvePath', () => {
  it('serves folders from index.html and asks for the trailing slash', () => {
    expect(resolvePath('/data/', files)).toEqual({ file: 'data/index.html' });
    expect(resolvePath('/data', files)).toEqual({
      problem: 'page exists only with a trailing slash: link to "/data/"',
    });
    expect(resolvePath('/nope.css', files)).toEqual({ problem: 'no such file (dist/nope.css is missing)' });
  });
});

describe('checkSiteLinks', () => {
  it('passes a page whose links, anchors and assets all exist', () => {
    expect(
      check(
        '<h2 id="intro">x</h2><a href="#intro">i</a><a href="#">top</a><a href="/data/#claims">c</a><img src="/figures/map.svg">',
        { 'data/index.html': '<table id="claims">' },
      ),
    ).toEqual([]);
  });

  it('reports a missing page, a missing anchor on this and another page, and a missing asset — each once', () => {
    expect(
      check(
        '<a href="/gone/">g</a><a href="/gone/">again</a><a href="#nowhere">n</a><a href="/data/#missing">m</a><link rel="stylesheet" href="/_astro/x.css">',
        {
          'data/index.html': '<p id="other">',
        },
      ),
    ).toEqual([
      '<a href="/gone/"> → no such page (dist/gone/index.html is missing)',
      '<a href="#nowhere"> → no element with id "nowhere" on this page',
      '<a href="/data/#missing"> → no element with id "missing" on dist/data/index.html',
      '<link href="/_astro/x.css"> → no such file (dist/_astro/x.css is missing)',
    ]);
  });

  it('lists external links with the pages they appear on, without failing', () => {
    const result = checkSiteLinks(
      [{ file: 'index.html', urlPath: '/', html: '<a href="https://www.reuters.com/a">r</a>' }],
      files,
      () => new Set(),
    );
    expect(result).toEqual({ problems: [], external: [{ url: 'https://www.reuters.com/a', pages: ['/'] }] });
  });
});

describe('siteOriginFrom', () => {
  it('reads the public origin from the canonical link', () => {
    expect(siteOriginFrom('<link rel="canonical" href="https://tumen.example.org/">')).toBe(
      'https://tumen.example.org',
    );
  });
});
