/**
 * How a source's title reads to a reader. Only a real headline goes in quotation marks; a title we
 * translated is quoted and marked as our translation; a title we wrote ourselves (register entries,
 * video pages, documents without a headline) is a description and reads as one, without quotes.
 */
import { formatPartialDate } from './format.ts';
import type { Source } from './schema.ts';

export function sourceTitleText(source: Pick<Source, 'title' | 'titleKind'>): string {
  if (source.titleKind === 'headline') return `“${source.title}”`;
  if (source.titleKind === 'translation') return `“${source.title}” (our translation)`;
  return `${source.title} (our description)`;
}

/** "5 July 2024", "October 2022 (estimated)", or "undated". */
export function sourceDateText(source: Pick<Source, 'date' | 'dateEstimated'>): string {
  return source.date === null ? 'undated' : formatPartialDate(source.date, { estimated: source.dateEstimated });
}
