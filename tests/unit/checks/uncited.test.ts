import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxParagraphs, templateParagraphs, uncitedSentences } from '../../../src/lib/checks/uncited.ts';
import { TRANSLATED_LOCALES } from '../../../src/lib/translations.ts';

type Place = { name: { en: string; alt: string[] } };
const places = JSON.parse(readFileSync('content/data/places.json', 'utf8')) as Place[];
const placeNames = places.flatMap((place) => [place.name.en, ...place.name.alt]);

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(ext))
    .map((file) => join(dir, file))
    .sort();
}

describe('every sentence that states a fact cites a record', () => {
  it('flags a sentence with a year and no citation, and passes it once cited', () => {
    const uncited = mdxParagraphs('Kim visited Vladivostok in 2019. It rained.\n');
    expect(uncitedSentences('x.mdx', uncited, ['Vladivostok'])).toEqual([
      { file: 'x.mdx', sentence: 'Kim visited Vladivostok in 2019.' },
    ]);
    const cited = mdxParagraphs('Kim visited Vladivostok in 2019.<Cite claims="t05" /> It rained.\n');
    expect(uncitedSentences('x.mdx', cited, ['Vladivostok'])).toEqual([]);
  });

  it('flags a gazetteer place name and a month, and accepts <Num> or <When> inside the sentence', () => {
    const paragraphs = mdxParagraphs(
      'Trains left Khasan daily. Trade grew in March. On <When claim="t13" />, Putin came. <Num claim="t16" /> firms came.\n',
    );
    expect(uncitedSentences('x.mdx', paragraphs, ['Khasan']).map((p) => p.sentence)).toEqual([
      'Trains left Khasan daily.',
      'Trade grew in March.',
    ]);
  });

  it('lets a framing sentence opt out with an explicit marker, in MDX and in templates', () => {
    const mdx = mdxParagraphs('{/* framing */}Chapter 3 turns to workers.\n');
    expect(uncitedSentences('x.mdx', mdx, [])).toEqual([]);
    const astro = templateParagraphs(
      '---\nconst a = 1;\n---\n<p><!-- framing -->Seven chapters follow.</p><p>In 2024, trade rose.</p>\n',
    );
    expect(uncitedSentences('x.astro', astro, []).map((p) => p.sentence)).toEqual(['In 2024, trade rose.']);
  });

  it('keeps a citation on the next line of a template with the sentence before it', () => {
    const astro = templateParagraphs(
      '<p>\n  Kim came in 2019.\n  <Cite claims="t05" /> Then trade rose in 2020.\n</p>\n',
    );
    expect(uncitedSentences('x.astro', astro, []).map((p) => p.sentence)).toEqual(['Then trade rose in 2020.']);
  });

  it('treats template expressions as data, not as literal facts', () => {
    const astro = templateParagraphs('<p>Version {meta.version}, {claims.length} claims.</p>\n');
    expect(uncitedSentences('x.astro', astro, [])).toEqual([]);
  });

  const sources = [
    // The English chapters; the ko/ and ru/ translations mirror them step for step, and the
    // check's cues (month names, gazetteer names) are English.
    ...filesUnder('content/chapters', '.mdx')
      .filter((file) => !TRANSLATED_LOCALES.some((locale) => file.startsWith(`content/chapters/${locale}/`)))
      .map((file) => ({
        file,
        paragraphs: mdxParagraphs(readFileSync(file, 'utf8')),
      })),
    ...filesUnder('src/pages', '.astro').map((file) => ({
      file,
      paragraphs: templateParagraphs(readFileSync(file, 'utf8')),
    })),
  ];
  it.each(sources.map((source) => [source.file, source] as const))(
    '%s has no uncited factual sentence',
    (_file, source) => {
      expect(uncitedSentences(source.file, source.paragraphs, placeNames).map((p) => p.sentence)).toEqual([]);
    },
  );
});
