/**
 * The dataset validator: every rule beyond the record shapes of schema.ts (unknown and duplicate
 * ids, impossible or future dates, off-map coordinates, contradictory attribution, markup in text).
 * It never stops at the first problem: it returns all of them, one per record field, so a single
 * build run lists everything there is to fix.
 */
import type { z } from 'astro/zod';
import {
  ClaimSchema,
  MetaSchema,
  PlaceSchema,
  SourceSchema,
  type Attribution,
  type Claim,
  type Dataset,
  type Meta,
  type Place,
  type Source,
  type SourceKind,
} from './schema.ts';

/** One thing wrong with the dataset. `file` is relative to the repository root; `field` is a dotted path. */
export type Problem = { file: string; id: string; field: string; message: string };

/** "content/data/claims/labour.json: t33: sources.1: unknown source "S999"" */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.id}: ${problem.field}: ${problem.message}`;
}

/** One data file as read from disk: its repository-relative path and its parsed JSON. */
export type DataFile = { file: string; data: unknown };
/** What a reader of files passes for a file it could not read or parse (and has reported already). */
export const UNREADABLE = Symbol('unreadable');
export type RawDataset = { meta: DataFile; sources: DataFile; places: DataFile; claims: DataFile[] };

/**
 * The area the map can draw: Russia west of the antimeridian, the Koreas, north-east China and Kyiv.
 * Places outside it (countries such as Thailand) carry no coordinates.
 */
export const MAP_EXTENT = { west: 19, east: 180, south: 30, north: 78 } as const;

export function isOnMap([longitude, latitude]: readonly [number, number]): boolean {
  return (
    longitude >= MAP_EXTENT.west &&
    longitude <= MAP_EXTENT.east &&
    latitude >= MAP_EXTENT.south &&
    latitude <= MAP_EXTENT.north
  );
}

/**
 * Attribution rules we can decide from source kinds alone (the methodology page prints them):
 * an official claim cannot rest only on analysts or a belligerent's intelligence service, and a
 * report (named or anonymous) needs at least one source that reports rather than decrees.
 */
export const ATTRIBUTION_SOURCE_RULES: { classes: Attribution[]; notOnlyKinds: SourceKind[]; rule: string }[] = [
  {
    classes: ['OFF'],
    notOnlyKinds: ['think-tank', 'consultancy', 'intelligence-claim'],
    rule: 'An official (OFF) claim must cite at least one source that can carry an official statement: not only think tanks, consultancies or intelligence services’ statements.',
  },
  {
    classes: ['RN', 'RA'],
    notOnlyKinds: ['official', 'official-register', 'intelligence-claim'],
    rule: 'A report (RN or RA) must cite at least one source that reports: if every source is an official text, a register entry or an intelligence statement, the claim is OFF, or CBP when the issuer has a stake.',
  },
];

// ---------------------------------------------------------------------------------------------
// Dates

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for "2024", "2024-06", "2024-02-29"; false for "2024-02-30", "2023-02-29" or anything malformed. */
export function isRealPartialDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const lastDay = month === 2 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= lastDay;
}

/** First day of the period a partial date names: "2024-06" → "2024-06-01". */
export function startOfPartialDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Last day of the period a partial date names: "2024-02" → "2024-02-29". */
export function endOfPartialDate(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const lastDay = month === 2 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  return `${date}-${String(lastDay).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Markup in text

/** Fields holding URLs are checked by the schema (http/https only) and are skipped here. */
const URL_FIELDS = new Set(['url', 'alsoAt']);

const MARKUP_PATTERNS: { pattern: RegExp; describe: (found: string) => string }[] = [
  { pattern: /<\s*\/?\s*[a-z!][^>]*>/i, describe: (found) => `contains an HTML tag "${found}"` },
  { pattern: /javascript\s*:/i, describe: () => 'contains a script URL "javascript:"' },
  {
    pattern: /\bon[a-z]+\s*=/i,
    describe: (found) => `contains an event-handler attribute "${found.replace(/\s+/g, '')}"`,
  },
  { pattern: /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i, describe: (found) => `contains an HTML entity "${found}"` },
];

/** Every string in a record with its dotted path, URL fields excepted. */
function* stringsIn(value: unknown, path: string[] = []): Generator<[string, string]> {
  if (typeof value === 'string') yield [path.join('.'), value];
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* stringsIn(item, [...path, String(index)]);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) if (!URL_FIELDS.has(key)) yield* stringsIn(item, [...path, key]);
}

function markupProblems(record: unknown): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  for (const [field, text] of stringsIn(record))
    for (const { pattern, describe } of MARKUP_PATTERNS) {
      const match = pattern.exec(text);
      if (match) found.push({ field: field || '-', message: describe(match[0]) });
    }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Records

type RecordRow<T> = { file: string; id: string; raw: unknown; parsed: T | undefined };

function recordId(raw: unknown, index: number): string {
  if (typeof raw === 'object' && raw !== null) {
    const id = (raw as { id?: unknown }).id;
    if (typeof id === 'string' && id.trim() !== '') return id;
  }
  return `#${index}`;
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Zod's issue, reworded to name the offending value where that helps. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `is missing (expected ${issue.expected})`
        : `must be ${issue.expected}, not ${JSON.stringify(value)}`;
    case 'unrecognized_keys':
      return issue.keys.map((key) => `unknown field "${key}"`).join('; ');
    case 'invalid_value':
      return `${JSON.stringify(value)} is not one of ${issue.values.map((option) => JSON.stringify(option)).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'url') return `${JSON.stringify(value)} is not an http or https URL`;
      return issue.message.startsWith('must') ? `${JSON.stringify(value)} ${issue.message}` : issue.message;
    default:
      return issue.message;
  }
}

function schemaProblems(file: string, id: string, raw: unknown, issues: z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = issue.code === 'unrecognized_keys' ? [path, issue.keys.join(',')].filter(Boolean).join('.') : path;
    return { file, id, field: field || '-', message: describeIssue(issue, raw) };
  });
}

/** Parses every record of a file that should hold a JSON array; problems go to `problems`. */
function parseFile<T>(dataFile: DataFile, schema: z.ZodType<T>, problems: Problem[]): RecordRow<T>[] | undefined {
  if (dataFile.data === UNREADABLE) return undefined;
  if (!Array.isArray(dataFile.data)) {
    problems.push({ file: dataFile.file, id: '-', field: '-', message: 'must be a JSON array of records' });
    return undefined;
  }
  return dataFile.data.map((raw, index) => {
    const id = recordId(raw, index);
    const result = schema.safeParse(raw);
    if (!result.success) problems.push(...schemaProblems(dataFile.file, id, raw, result.error.issues));
    for (const markup of markupProblems(raw)) problems.push({ file: dataFile.file, id, ...markup });
    return { file: dataFile.file, id, raw, parsed: result.success ? result.data : undefined };
  });
}

/** Reports the second and later uses of an id; the first use stays valid. */
function duplicateIdProblems(rows: RecordRow<unknown>[]): Problem[] {
  const firstFileById = new Map<string, string>();
  const problems: Problem[] = [];
  for (const row of rows) {
    if (row.id.startsWith('#')) continue;
    const firstFile = firstFileById.get(row.id);
    if (firstFile === undefined) firstFileById.set(row.id, row.file);
    else {
      const where = firstFile === row.file ? 'also used earlier in this file' : `first used in ${firstFile}`;
      problems.push({ file: row.file, id: row.id, field: 'id', message: `duplicate id "${row.id}" (${where})` });
    }
  }
  return problems;
}

type DateCheck = { field: string; date: string; checkAsOf: boolean };

/** "a, b or c" */
function listWithOr(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function dateProblems(checks: DateCheck[], asOf: string | undefined): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  for (const { field, date, checkAsOf } of checks) {
    if (!isRealPartialDate(date)) found.push({ field, message: `"${date}" is not a real date` });
    else if (checkAsOf && asOf !== undefined && startOfPartialDate(date) > asOf)
      found.push({ field, message: `"${date}" is after the dataset's as-of date ${asOf}` });
  }
  return found;
}

function checkMeta(meta: Meta, claimIds: Set<string>): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  if (!isRealPartialDate(meta.asOf)) found.push({ field: 'asOf', message: `"${meta.asOf}" is not a real date` });
  if (!meta.changelog.some((entry) => entry.version === meta.version))
    found.push({ field: 'version', message: `version "${meta.version}" has no changelog entry` });
  meta.changelog.forEach((entry, index) => {
    if (!isRealPartialDate(entry.date))
      found.push({ field: `changelog.${index}.date`, message: `"${entry.date}" is not a real date` });
    entry.corrected.forEach((claimId, claimIndex) => {
      if (!claimIds.has(claimId))
        found.push({ field: `changelog.${index}.corrected.${claimIndex}`, message: `unknown claim "${claimId}"` });
    });
  });
  return found;
}

function checkSource(source: Source, asOf: string | undefined): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  if (source.date !== null) found.push(...dateProblems([{ field: 'date', date: source.date, checkAsOf: true }], asOf));
  else if (source.dateEstimated)
    found.push({ field: 'dateEstimated', message: 'an undated source cannot have an estimated date' });
  return found;
}

function checkPlace(place: Place): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  if (place.coordinates !== null && !isOnMap(place.coordinates))
    found.push({
      field: 'coordinates',
      message: `[${place.coordinates.join(', ')}] lies outside the map extent (longitude ${MAP_EXTENT.west} to ${MAP_EXTENT.east}, latitude ${MAP_EXTENT.south} to ${MAP_EXTENT.north})`,
    });
  if (place.coordinates !== null && place.coordinateConfidence === null)
    found.push({ field: 'coordinateConfidence', message: 'is required when coordinates are given' });
  if (place.coordinates === null && place.coordinateConfidence !== null)
    found.push({ field: 'coordinateConfidence', message: `"${place.coordinateConfidence}" given without coordinates` });
  if (place.region !== null && !place.region.startsWith(`${place.country}-`))
    found.push({ field: 'region', message: `"${place.region}" is not in country "${place.country}"` });
  return found;
}

function checkClaim(
  claim: Claim,
  // Undefined when the file could not be read: its ids are then unknown, not missing.
  context: {
    asOf: string | undefined;
    sourcesById: Map<string, Source | undefined> | undefined;
    placeIds: Set<string> | undefined;
  },
): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];

  const dates: DateCheck[] = [{ field: 'date', date: claim.date, checkAsOf: true }];
  if (claim.dateEnd !== undefined) dates.push({ field: 'dateEnd', date: claim.dateEnd, checkAsOf: true });
  // A plan's figure may describe a future target ("by 2030"); everything else is checked against the as-of date.
  claim.figures.forEach((figure, index) =>
    dates.push({ field: `figures.${index}.asOf`, date: figure.asOf, checkAsOf: claim.status !== 'planned' }),
  );
  found.push(...dateProblems(dates, context.asOf));
  if (
    claim.dateEnd !== undefined &&
    isRealPartialDate(claim.date) &&
    isRealPartialDate(claim.dateEnd) &&
    endOfPartialDate(claim.dateEnd) < startOfPartialDate(claim.date)
  )
    found.push({ field: 'dateEnd', message: `"${claim.dateEnd}" is before date "${claim.date}"` });

  const citedSources: Source[] = [];
  claim.sources.forEach((sourceId, index) => {
    if (context.sourcesById === undefined) return;
    if (!context.sourcesById.has(sourceId))
      found.push({ field: `sources.${index}`, message: `unknown source "${sourceId}"` });
    else if (claim.sources.indexOf(sourceId) !== index)
      found.push({ field: `sources.${index}`, message: `source "${sourceId}" is cited twice` });
    else {
      const source = context.sourcesById.get(sourceId);
      if (source) citedSources.push(source);
    }
  });
  claim.places.forEach((placeId, index) => {
    if (context.placeIds === undefined) return;
    if (!context.placeIds.has(placeId)) found.push({ field: `places.${index}`, message: `unknown place "${placeId}"` });
    else if (claim.places.indexOf(placeId) !== index)
      found.push({ field: `places.${index}`, message: `place "${placeId}" is listed twice` });
  });

  const seenKeys = new Set<string>();
  claim.figures.forEach((figure, index) => {
    if (seenKeys.has(figure.key))
      found.push({ field: `figures.${index}.key`, message: `duplicate figure key "${figure.key}"` });
    seenKeys.add(figure.key);
    if (figure.low !== undefined && figure.high !== undefined && figure.low > figure.high)
      found.push({ field: `figures.${index}`, message: `low ${figure.low} is greater than high ${figure.high}` });
  });

  // Attribution can only be judged when every cited source is known and valid.
  if (citedSources.length > 0 && citedSources.length === claim.sources.length)
    for (const { classes, notOnlyKinds } of ATTRIBUTION_SOURCE_RULES) {
      if (!classes.includes(claim.attribution)) continue;
      if (citedSources.every((source) => notOnlyKinds.includes(source.kind)))
        found.push({
          field: 'attribution',
          message: `class ${claim.attribution} contradicts its sources: all are ${listWithOr(notOnlyKinds)} (${citedSources
            .map((source) => `${source.id} ${source.kind}`)
            .join('; ')})`,
        });
    }
  return found;
}

export type ValidationResult = { dataset: Dataset; problems: Problem[] };

/**
 * Validates the raw files as a whole. `dataset` holds the records that passed their schema, so
 * callers must not use it when `problems` is not empty.
 */
export function checkDataset(raw: RawDataset): ValidationResult {
  const problems: Problem[] = [];

  const metaReadable = raw.meta.data !== UNREADABLE;
  const metaResult = MetaSchema.safeParse(raw.meta.data);
  if (!metaResult.success && metaReadable)
    problems.push(...schemaProblems(raw.meta.file, 'meta', raw.meta.data, metaResult.error.issues));
  for (const markup of markupProblems(raw.meta.data)) problems.push({ file: raw.meta.file, id: 'meta', ...markup });
  const meta = metaResult.success ? metaResult.data : undefined;
  const asOf = meta && isRealPartialDate(meta.asOf) ? meta.asOf : undefined;

  const sourceRows = parseFile(raw.sources, SourceSchema, problems);
  const placeRows = parseFile(raw.places, PlaceSchema, problems);
  const claimRows = raw.claims.flatMap((dataFile) => parseFile(dataFile, ClaimSchema, problems) ?? []);

  // Ids of records that failed their schema still count as known, so one broken source does not
  // also make every claim citing it "unknown".
  let sourcesById: Map<string, Source | undefined> | undefined;
  if (sourceRows) {
    sourcesById = new Map();
    for (const row of sourceRows) if (!sourcesById.has(row.id)) sourcesById.set(row.id, row.parsed);
  }
  const placeIds = placeRows && new Set(placeRows.map((row) => row.id));
  const claimIds = new Set(claimRows.map((row) => row.id));

  if (meta) for (const found of checkMeta(meta, claimIds)) problems.push({ file: raw.meta.file, id: 'meta', ...found });

  problems.push(...duplicateIdProblems(sourceRows ?? []));
  for (const row of sourceRows ?? [])
    if (row.parsed)
      for (const found of checkSource(row.parsed, asOf)) problems.push({ file: row.file, id: row.id, ...found });

  problems.push(...duplicateIdProblems(placeRows ?? []));
  for (const row of placeRows ?? [])
    if (row.parsed) for (const found of checkPlace(row.parsed)) problems.push({ file: row.file, id: row.id, ...found });

  problems.push(...duplicateIdProblems(claimRows));
  for (const row of claimRows)
    if (row.parsed)
      for (const found of checkClaim(row.parsed, { asOf, sourcesById, placeIds }))
        problems.push({ file: row.file, id: row.id, ...found });

  // Read problems file by file and record by record, whatever rule found them.
  const fileOrder = [raw.meta.file, raw.sources.file, raw.places.file, ...raw.claims.map((dataFile) => dataFile.file)];
  const recordOrder = new Map<string, number>();
  for (const [index, row] of [...(sourceRows ?? []), ...(placeRows ?? []), ...claimRows].entries()) {
    const key = `${row.file}\u0000${row.id}`;
    if (!recordOrder.has(key)) recordOrder.set(key, index);
  }
  const orderOf = (problem: Problem) => recordOrder.get(`${problem.file}\u0000${problem.id}`) ?? -1;
  problems.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || orderOf(a) - orderOf(b));

  const valid = <T>(rows: RecordRow<T>[]) => rows.flatMap((row) => (row.parsed ? [row.parsed] : []));
  return {
    dataset: {
      meta: meta as Meta,
      sources: valid(sourceRows ?? []),
      places: valid(placeRows ?? []),
      claims: valid(claimRows),
    },
    problems,
  };
}

/** Every problem in the dataset; an empty list means it may be published. */
export function validateDataset(raw: RawDataset): Problem[] {
  return checkDataset(raw).problems;
}

/** The rules above in words, for the methodology page. Keep in step with the checks. */
export const VALIDATION_RULES: string[] = [
  'Every record matches its schema: required fields present, no unknown fields, ids in the agreed form, categories, classes and statuses from the fixed lists, URLs http or https only.',
  'No id is used twice: not among sources, not among places, and not across the claim files.',
  'Every source and place a claim names exists, and none is named twice in the same claim.',
  'Every claim cites at least one source.',
  'Dates are real calendar dates (no 30 February) in the form YYYY, YYYY-MM or YYYY-MM-DD; an end date is not before its start date.',
  'Nothing is dated after the dataset’s as-of date: claim dates, end dates, source dates and the dates figures describe. The one exception: a planned claim may give a figure for a future target year.',
  'Each figure has a value, or both a low and a high end, with low not above high; figure keys are unique within a claim.',
  `Coordinates fall inside the map’s extent (longitude ${MAP_EXTENT.west}° to ${MAP_EXTENT.east}° E, latitude ${MAP_EXTENT.south}° to ${MAP_EXTENT.north}° N); a place has coordinates if and only if it has a coordinate confidence; its ISO 3166-2 region belongs to its country.`,
  ...ATTRIBUTION_SOURCE_RULES.map((rule) => rule.rule),
  'No text field contains HTML tags, HTML entities, “javascript:” addresses or event-handler attributes: the site prints every text as plain text.',
  'The dataset version has a changelog entry, and every claim listed as corrected exists.',
];
