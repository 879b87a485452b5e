/**
 * The Korean and Russian text of the dataset (content/data/translations/<locale>.json) and the rule
 * that keeps it whole: every reader-visible English field of every record has its translation, and
 * nothing is translated that the English does not have. Ids, dates, numbers, classes and sources are
 * never translated; they are read from the English records.
 */
import { z } from 'astro/zod';
import type { Dataset } from './schema.ts';
import type { Problem } from './validate.ts';

/** Editions other than English, in the order the language switcher lists them. */
export const TRANSLATED_LOCALES = ['ko', 'ru'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

const MISSING = 'missing';
const Text = z
  .string({ error: (issue) => (issue.input === undefined ? MISSING : 'must be text') })
  .trim()
  .min(1, 'must not be empty');

const ClaimTextSchema = z.strictObject({
  title: Text,
  text: Text,
  claimant: Text,
  reporter: Text.optional(),
  contradictions: Text.optional(),
  notes: Text.optional(),
  /** Figure labels by figure key. */
  figures: z.record(z.string(), Text).optional(),
});

const SourceTextSchema = z.strictObject({
  publisher: Text.optional(),
  /** Our own words for the source (titleKind "description" or "translation"), in this language. */
  title: Text.optional(),
  /** A rendering of a foreign headline, shown beside the original, which is never translated. */
  titleTranslation: Text.optional(),
  reliabilityNote: Text,
  notes: Text.optional(),
});

export const TranslationSchema = z.strictObject({
  locale: z.enum(TRANSLATED_LOCALES),
  claims: z.record(z.string(), ClaimTextSchema),
  sources: z.record(z.string(), SourceTextSchema),
  places: z.record(z.string(), Text),
  meta: z.strictObject({ coverage: Text }),
});

const LANGUAGE_NAMES: Record<TranslatedLocale, string> = { ko: 'Korean', ru: 'Russian' };

/**
 * Every problem with one locale's translation file, named like the dataset's own problems
 * ("content/data/translations/ko.json: t33: text: missing Korean text").
 */
export function checkTranslation(
  file: string,
  locale: TranslatedLocale,
  raw: unknown,
  dataset: Pick<Dataset, 'claims' | 'sources' | 'places'>,
): Problem[] {
  const missing = `missing ${LANGUAGE_NAMES[locale]} text`;
  const parsed = TranslationSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      file,
      id: issue.path.length > 1 ? String(issue.path[1]) : '-',
      field: issue.path.slice(2).join('.') || issue.path.join('.') || '-',
      message: issue.message === MISSING ? missing : issue.message,
    }));
  }
  const translation = parsed.data;
  const problems: Problem[] = [];
  const push = (id: string, field: string, message: string) => problems.push({ file, id, field, message });
  if (translation.locale !== locale) push('-', 'locale', `is "${translation.locale}", but the file is for "${locale}"`);

  for (const claim of dataset.claims) {
    const text = translation.claims[claim.id];
    if (!text) {
      push(claim.id, '-', `${missing} for this claim`);
      continue;
    }
    const expectOptional = (field: 'reporter' | 'contradictions' | 'notes', english: string | null | undefined) => {
      if (english && !text[field]) push(claim.id, field, missing);
      if (!english && text[field]) push(claim.id, field, 'is translated, but the English record has no such text');
    };
    expectOptional('reporter', claim.reporter);
    expectOptional('contradictions', claim.contradictions);
    expectOptional('notes', claim.notes);
    const figureKeys = new Set(claim.figures.map((figure) => figure.key));
    for (const key of figureKeys) if (!text.figures?.[key]) push(claim.id, `figures.${key}`, missing);
    for (const key of Object.keys(text.figures ?? {}))
      if (!figureKeys.has(key)) push(claim.id, `figures.${key}`, 'no such figure in the English record');
  }
  const claimIds = new Set(dataset.claims.map((claim) => claim.id));
  for (const id of Object.keys(translation.claims))
    if (!claimIds.has(id)) push(id, '-', 'no such claim in the English dataset');

  for (const source of dataset.sources) {
    const text = translation.sources[source.id];
    if (!text) {
      push(source.id, '-', `${missing} for this source`);
      continue;
    }
    const ownWords = source.titleKind !== 'headline';
    if (ownWords && !text.title) push(source.id, 'title', `${missing} (the title is our own words)`);
    if (!ownWords && text.title)
      push(
        source.id,
        'title',
        'is a published headline: keep it as published, and put a rendering in titleTranslation',
      );
    if (ownWords && text.titleTranslation) push(source.id, 'titleTranslation', 'only a published headline takes one');
    if (source.notes && !text.notes) push(source.id, 'notes', missing);
  }
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  for (const id of Object.keys(translation.sources))
    if (!sourceIds.has(id)) push(id, '-', 'no such source in the English dataset');

  for (const place of dataset.places) if (!translation.places[place.id]) push(place.id, 'name', missing);
  const placeIds = new Set(dataset.places.map((place) => place.id));
  for (const id of Object.keys(translation.places))
    if (!placeIds.has(id)) push(id, '-', 'no such place in the English dataset');
  return problems;
}
