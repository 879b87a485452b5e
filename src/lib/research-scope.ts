/**
 * What the research behind the dataset covers, as readers see it on every page that dates the data.
 * meta.asOf is the last day the research covers (not the build date); meta.coverage says what that
 * leaves out.
 */
import { formatDate } from './dates.ts';
import type { Meta } from './schema.ts';

export type ResearchScope = { asOf: string; asOfText: string; lead: string; coverage: string };

export function researchScope(meta: Pick<Meta, 'asOf' | 'coverage'>): ResearchScope {
  const asOfText = formatDate(meta.asOf);
  return { asOf: meta.asOf, asOfText, lead: `Research covers events to ${asOfText}.`, coverage: meta.coverage };
}
