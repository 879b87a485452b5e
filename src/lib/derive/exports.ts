/**
 * Public downloads built from the dataset: the claims as CSV (one row per claim, lists joined with
 * "; ") and the whole dataset as one JSON document. Pure: the endpoints in src/pages/data/ only
 * serve what these return.
 */
import type { Claim, Dataset, Figure } from '../schema.ts';
import { ATTRIBUTION_LABELS } from '../vocabulary.ts';
import { datePrecision } from '../format.ts';
import { regionsOfClaim } from './regions.ts';

export const CSV_COLUMNS = [
  'id',
  'date',
  'date_end',
  'date_precision',
  'date_estimated',
  'title',
  'text',
  'category',
  'places',
  'regions',
  'attribution',
  'attribution_label',
  'status',
  'claimant',
  'reporter',
  'sources',
  'figures',
  'compare_group',
  'contradictions',
  'notes',
  'seed',
  'dataset_version',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** "workers=12000 people (about, as of 2025-12)"; a range reads "study=6636–7887 entries (as of 2024)". */
export function flattenFigure(figure: Figure): string {
  const amount = figure.value !== undefined ? String(figure.value) : `${figure.low}–${figure.high}`;
  const hedge = figure.qualifier ?? (figure.approximate ? 'approximate' : undefined);
  const details = [hedge, `as of ${figure.asOf}`].filter(Boolean).join(', ');
  return `${figure.key}=${amount} ${figure.unit} (${details})`;
}

/** One CSV row's values, keyed by column. */
export function claimRow(
  claim: Claim,
  context: { regionByPlace: Map<string, string | null>; version: string },
): Record<CsvColumn, string> {
  return {
    id: claim.id,
    date: claim.date,
    date_end: claim.dateEnd ?? '',
    date_precision: datePrecision(claim.date),
    date_estimated: claim.dateEstimated ? 'true' : 'false',
    title: claim.title,
    text: claim.text,
    category: claim.category,
    places: claim.places.join('; '),
    regions: regionsOfClaim(claim, context.regionByPlace).join('; '),
    attribution: claim.attribution,
    attribution_label: ATTRIBUTION_LABELS[claim.attribution],
    status: claim.status,
    claimant: claim.claimant,
    reporter: claim.reporter ?? '',
    sources: claim.sources.join('; '),
    figures: claim.figures.map(flattenFigure).join('; '),
    compare_group: claim.compareGroup ?? '',
    contradictions: claim.contradictions ?? '',
    notes: claim.notes ?? '',
    seed: claim.seed ?? '',
    dataset_version: context.version,
  };
}

/** RFC 4180 quoting: quote a field holding a comma, quote or line break; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Claims sorted by date then id, so downloads diff cleanly between versions. */
export function claimsInOrder(claims: Claim[]): Claim[] {
  return [...claims].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The claims as CSV text: a header row, then one row per claim, CRLF line ends. */
export function claimsCsv(dataset: Pick<Dataset, 'meta' | 'places' | 'claims'>): string {
  const context = {
    regionByPlace: new Map(dataset.places.map((place) => [place.id, place.region])),
    version: dataset.meta.version,
  };
  const lines = [CSV_COLUMNS.join(',')];
  for (const claim of claimsInOrder(dataset.claims)) {
    const row = claimRow(claim, context);
    lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The whole dataset as one JSON document (meta first), matching /data/tumen.schema.json. */
export function datasetJson(dataset: Dataset): string {
  const document = {
    meta: dataset.meta,
    sources: [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
    places: [...dataset.places].sort((a, b) => a.id.localeCompare(b.id)),
    claims: claimsInOrder(dataset.claims),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Parses CSV text (RFC 4180) back into rows of fields; used by tests and the e2e check. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
