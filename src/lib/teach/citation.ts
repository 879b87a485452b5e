/**
 * "Cite this" texts for a chapter, a step, a figure or the dataset: APA 7, BibTeX and CSL-JSON,
 * each pinned to the dataset version and its release date, so a citation names exactly the
 * numbers the reader saw.
 */
import { MONTHS } from '../dates.ts';
import type { Meta } from '../schema.ts';

export type CitationKind = 'chapter' | 'figure' | 'dataset' | 'step' | 'page';

export type CitationInput = {
  kind: CitationKind;
  /** Stable id: chapter id, step id, figure id, or anything for the dataset. */
  id: string;
  title: string;
  /** Absolute URL of the thing cited. */
  url: string;
  /** The site's name and tagline, e.g. "Tumen: North Korea's economic turn to Russia, 2022–2026". */
  siteTitle: string;
  /** Author and publisher: the site. */
  author: string;
  meta: Pick<Meta, 'version' | 'asOf' | 'changelog' | 'title'>;
};

export type Citation = { apa: string; bibtex: string; cslJson: string; version: string; date: string };

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date the cited version was released: its changelog entry, or the as-of date when it has none. */
export function versionDate(meta: CitationInput['meta']): string {
  return meta.changelog.find((entry) => entry.version === meta.version)?.date ?? meta.asOf;
}

function dateParts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [year!, month!, day!];
}

const KIND_LABELS: Record<CitationKind, string> = {
  chapter: 'Chapter',
  step: 'Story section',
  figure: 'Figure',
  dataset: 'Data set',
  page: 'Web page',
};

/** APA 7: "Tumen. (2026, November 21). Labour [Chapter]. In Tumen: … (Dataset version 1.0.0). https://…" */
export function apaCitation(input: CitationInput): string {
  const [year, month, day] = dateParts(versionDate(input.meta));
  const version = input.meta.version;
  if (input.kind === 'dataset')
    return `${input.author}. (${year}). ${input.title} (Version ${version}) [Data set]. ${input.author}. ${input.url}`;
  return `${input.author}. (${year}, ${MONTHS[month - 1]} ${day}). ${input.title} [${KIND_LABELS[input.kind]}]. In ${input.siteTitle} (Dataset version ${version}). ${input.url}`;
}

/** Escapes the characters BibTeX treats specially; keeps Unicode, which biber and modern BibTeX read. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/** A citation key safe in every BibTeX dialect: "tumen2026labour". */
export function bibtexKey(input: Pick<CitationInput, 'author' | 'id' | 'kind' | 'meta'>): string {
  const [year] = dateParts(versionDate(input.meta));
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return `${slug(input.author)}${year}${input.kind === 'dataset' ? 'dataset' : slug(input.id)}`;
}

export function bibtexCitation(input: CitationInput): string {
  const date = versionDate(input.meta);
  const [year, month] = dateParts(date);
  const version = input.meta.version;
  // Double braces keep a corporate author and the title's capitals exactly as written.
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(input.author)}}}`],
    ['title', `{{${escapeBibtex(input.title)}}}`],
  ];
  if (input.kind !== 'dataset')
    fields.push(['howpublished', `{${KIND_LABELS[input.kind]} in ${escapeBibtex(input.siteTitle)}}`]);
  fields.push(
    ['year', year.toString()],
    ['month', BIBTEX_MONTHS[month - 1]!],
    ['version', `{${version}}`],
    ['url', `{${input.url}}`],
    ['note', `{Dataset version ${version}, released ${date}}`],
  );
  const body = fields.map(([name, value]) => `  ${name} = ${value}`);
  return `@misc{${bibtexKey(input)},\n${body.join(',\n')}\n}`;
}

const CSL_TYPES: Record<CitationKind, string> = {
  chapter: 'chapter',
  step: 'chapter',
  figure: 'figure',
  dataset: 'dataset',
  page: 'webpage',
};

/** CSL-JSON (an array with one item), as Zotero and citeproc read it. */
export function cslJsonCitation(input: CitationInput): string {
  const item: Record<string, unknown> = {
    id: bibtexKey(input),
    type: CSL_TYPES[input.kind],
    title: input.title,
    author: [{ literal: input.author }],
    publisher: input.author,
    issued: { 'date-parts': [dateParts(versionDate(input.meta))] },
    version: input.meta.version,
    URL: input.url,
  };
  if (input.kind !== 'dataset') item['container-title'] = input.siteTitle;
  return JSON.stringify([item], null, 2);
}

export function buildCitation(input: CitationInput): Citation {
  return {
    apa: apaCitation(input),
    bibtex: bibtexCitation(input),
    cslJson: cslJsonCitation(input),
    version: input.meta.version,
    date: versionDate(input.meta),
  };
}
