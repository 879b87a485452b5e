import { describe, expect, it } from 'vitest';
import { buildOembed, oembedProblems } from '../../../src/lib/embed/oembed.ts';
import { DEFAULT_EMBED_HEIGHTS, embedSnippet, iframeHtml, oembedPath } from '../../../src/lib/embed/snippet.ts';
import { FIGURE_IDS } from '../../../src/lib/vocabulary.ts';

const site = new URL('https://tumen.example.org/');

describe('embed snippet', () => {
  it('is an iframe with absolute src, title, figure id, default height, then the host script', () => {
    const snippet = embedSnippet({ id: 'labour-claims', title: 'How many workers?', site });
    const [iframe, script] = snippet.split('\n');
    expect(iframe).toMatch(/^<iframe src="https:\/\/tumen\.example\.org\/embed\/labour-claims\/"/);
    expect(iframe).toContain('title="How many workers?"');
    expect(iframe).toContain('data-tumen-embed="labour-claims"');
    expect(iframe).toContain(`height="${DEFAULT_EMBED_HEIGHTS['labour-claims']}"`);
    expect(iframe).toContain('width="100%"');
    expect(script).toBe('<script async src="https://tumen.example.org/embed/v1.js"></script>');
  });

  it('escapes the title into the attribute', () => {
    const html = iframeHtml({ id: 'map', title: 'A "quoted" <b>title</b> & more', site });
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
  });

  it('can leave the script out', () => {
    expect(embedSnippet({ id: 'map', title: 'Map', site, withScript: false })).not.toContain('<script');
  });

  it('has a default height for every figure', () => {
    for (const id of FIGURE_IDS) expect(DEFAULT_EMBED_HEIGHTS[id]).toBeGreaterThanOrEqual(400);
  });
});

describe('oEmbed documents', () => {
  it('every figure gets a valid rich document with absolute URLs', () => {
    for (const id of FIGURE_IDS) {
      const doc = buildOembed({ id, title: `Title of ${id}`, site, thumbnailPath: `/social/figure-${id}.png` });
      expect(oembedProblems(doc)).toEqual([]);
      expect(doc.html).toContain(`/embed/${id}/`);
      expect(doc.height).toBe(DEFAULT_EMBED_HEIGHTS[id]);
      expect(doc.thumbnail_url).toBe(`https://tumen.example.org/social/figure-${id}.png`);
      expect(oembedPath(id)).toBe(`/oembed/${id}.json`);
    }
  });

  it('lists every problem with a bad document', () => {
    expect(
      oembedProblems({ version: '2', type: 'video', width: -1, height: 1.5, provider_url: '/rel', thumbnail_url: 'x' }),
    ).toEqual([
      'version must be "1.0"',
      'type must be "rich"',
      'html must be a non-empty string',
      'title must be a non-empty string',
      'provider_name must be a non-empty string',
      'author_name must be a non-empty string',
      'author_url must be a non-empty string',
      'width must be a positive integer',
      'height must be a positive integer',
      'provider_url must be an absolute URL',
      'thumbnail_url must be an absolute URL',
      'thumbnail_url, thumbnail_width and thumbnail_height go together',
    ]);
    expect(oembedProblems(null)).toEqual(['not an object']);
  });
});
