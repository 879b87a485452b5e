import { describe, expect, it } from 'vitest';
import {
  apaCitation,
  bibtexCitation,
  bibtexKey,
  buildCitation,
  cslJsonCitation,
  escapeBibtex,
  versionDate,
  type CitationInput,
} from '../../../src/lib/teach/citation.ts';

const meta = {
  title: 'Tumen dataset',
  version: '1.2.0',
  asOf: '2026-12-01',
  changelog: [
    { version: '1.0.0', date: '2026-11-21', changes: ['First'], corrected: [] },
    { version: '1.2.0', date: '2026-11-30', changes: ['More'], corrected: [] },
  ],
};
const chapter: CitationInput = {
  kind: 'chapter',
  id: 'labour',
  title: 'Labour',
  url: 'https://tumen.example.org/#labour',
  siteTitle: "Tumen: North Korea's economic turn to Russia, 2022–2026",
  author: 'Tumen',
  meta,
};
const dataset: CitationInput = {
  ...chapter,
  kind: 'dataset',
  id: 'dataset',
  title: meta.title,
  url: 'https://tumen.example.org/data/',
};

describe('versionDate', () => {
  it('is the release date of the cited version, not the as-of date', () => {
    expect(versionDate(meta)).toBe('2026-11-30');
  });
  it('falls back to the as-of date when the version has no changelog entry', () => {
    expect(versionDate({ ...meta, version: '9.9.9' })).toBe('2026-12-01');
  });
});

describe('apaCitation', () => {
  it('cites a chapter with its date, kind, site and dataset version', () => {
    expect(apaCitation(chapter)).toBe(
      "Tumen. (2026, November 30). Labour [Chapter]. In Tumen: North Korea's economic turn to Russia, 2022–2026 (Dataset version 1.2.0). https://tumen.example.org/#labour",
    );
  });
  it('cites the dataset as a versioned data set', () => {
    expect(apaCitation(dataset)).toBe(
      'Tumen. (2026). Tumen dataset (Version 1.2.0) [Data set]. Tumen. https://tumen.example.org/data/',
    );
  });
});

describe('bibtexCitation', () => {
  it('is a @misc entry with a stable key, the version and the URL', () => {
    const bibtex = bibtexCitation(chapter);
    expect(bibtex.startsWith('@misc{tumen2026labour,\n')).toBe(true);
    expect(bibtex).toContain('  title = {{Labour}},');
    expect(bibtex).toContain('  version = {1.2.0},');
    expect(bibtex).toContain('  url = {https://tumen.example.org/#labour},');
    expect(bibtex).toContain('  month = nov,');
    expect(bibtex.endsWith('\n}')).toBe(true);
  });
  it('escapes characters BibTeX would misread', () => {
    expect(escapeBibtex('R&D 50% of $5 #1 a_b')).toBe('R\\&D 50\\% of \\$5 \\#1 a\\_b');
  });
  it('gives step keys their own id so two steps never collide', () => {
    expect(bibtexKey({ ...chapter, kind: 'step', id: 'labour-6' })).toBe('tumen2026labour6');
  });
});

describe('cslJsonCitation', () => {
  it('describes the dataset as a CSL "dataset" item with version and issued date', () => {
    const [item] = JSON.parse(cslJsonCitation(dataset)) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'dataset',
      title: 'Tumen dataset',
      version: '1.2.0',
      URL: 'https://tumen.example.org/data/',
      issued: { 'date-parts': [[2026, 11, 30]] },
      author: [{ literal: 'Tumen' }],
    });
  });
});

describe('buildCitation', () => {
  it('puts the dataset version in every format', () => {
    const citation = buildCitation(dataset);
    for (const text of [citation.apa, citation.bibtex, citation.cslJson]) expect(text).toContain('1.2.0');
  });
});
