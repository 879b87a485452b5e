/**
 * The dataset validator: every rule beyond the record shapes of schema.ts, written as data (an id,
 * the sentence the methodology page prints, and the check), so the page lists exactly the rules
 * that run. It never stops at the first problem: it returns all of them, one per record field, so
 * a single build run lists everything there is to fix.
 */
import type { z } from 'astro/zod';
import { endOfPartialDate, isRealPartialDate, startOfPartialDate } from './dates.ts';
import {
  ClaimSchema,
  MetaSchema,
  PlaceSchema,
  SourceSchema,
  type Attribution,
  type Claim,
  type Dataset,
  type Figure,
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

// ---------------------------------------------------------------------------------------------
// Parsing: every file into rows, each with its raw value and, when it passed its schema, the record.

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

function issueProblems(file: string, id: string, raw: unknown, issues: z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = issue.code === 'unrecognized_keys' ? [path, issue.keys.join(',')].filter(Boolean).join('.') : path;
    return { file, id, field: field || '-', message: describeIssue(issue, raw) };
  });
}

/** A file's rows; `listed` is false when the file held no array, so its ids are unknown rather than missing. */
type ParsedFile<T> = { rows: RecordRow<T>[]; issues: Problem[]; listed: boolean } | undefined;

/** Parses every record of a file that should hold a JSON array. Undefined when the file was unreadable. */
function parseFile<T>(dataFile: DataFile, schema: z.ZodType<T>): ParsedFile<T> {
  if (dataFile.data === UNREADABLE) return undefined;
  if (!Array.isArray(dataFile.data))
    return {
      rows: [],
      issues: [{ file: dataFile.file, id: '-', field: '-', message: 'must be a JSON array of records' }],
      listed: false,
    };
  const issues: Problem[] = [];
  const rows = dataFile.data.map((raw, index) => {
    const id = recordId(raw, index);
    const result = schema.safeParse(raw);
    if (!result.success) issues.push(...issueProblems(dataFile.file, id, raw, result.error.issues));
    return { file: dataFile.file, id, raw, parsed: result.success ? result.data : undefined };
  });
  return { rows, issues, listed: true };
}

/** What every rule sees: the rows of each file, and look-ups built from them. */
export type CheckContext = {
  raw: RawDataset;
  metaIssues: Problem[];
  meta: Meta | undefined;
  /** The as-of date, when meta parsed and it is a real date. */
  asOf: string | undefined;
  sources: ParsedFile<Source>;
  places: ParsedFile<Place>;
  claims: { rows: RecordRow<Claim>[]; issues: Problem[]; listed: boolean };
  /**
   * Ids of records that failed their schema still count as known, so one broken source does not
   * also make every claim citing it "unknown". Undefined when the file could not be read: its ids
   * are then unknown, not missing.
   */
  sourcesById: Map<string, Source | undefined> | undefined;
  placeIds: Set<string> | undefined;
  claimIds: Set<string>;
};

const parsedRows = <T>(file: ParsedFile<T> | CheckContext['claims']): (RecordRow<T> & { parsed: T })[] =>
  (file?.rows ?? []).filter((row): row is RecordRow<T> & { parsed: T } => row.parsed !== undefined);

/** A rule: its id, the sentence the methodology page prints, and the check that finds breaches. */
export type Rule = { id: string; sentence: string; check: (context: CheckContext) => Problem[] };

// ---------------------------------------------------------------------------------------------
// Helpers the rules share

type DateCheck = { field: string; date: string; checkAsOf: boolean };

function claimDateChecks(claim: Claim): DateCheck[] {
  const dates: DateCheck[] = [{ field: 'date', date: claim.date, checkAsOf: true }];
  if (claim.dateEnd !== undefined) dates.push({ field: 'dateEnd', date: claim.dateEnd, checkAsOf: true });
  // A plan's figure may describe a future target ("by 2030"); everything else is checked against the as-of date.
  claim.figures.forEach((figure, index) =>
    dates.push({ field: `figures.${index}.asOf`, date: figure.asOf, checkAsOf: claim.status !== 'planned' }),
  );
  return dates;
}

/** "a, b or c" */
function listWithOr(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** URL fields are checked by the schema (http/https only) and are skipped by the markup rule. */
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

function markupIn(file: string, id: string, record: unknown): Problem[] {
  const found: Problem[] = [];
  for (const [field, text] of stringsIn(record))
    for (const { pattern, describe } of MARKUP_PATTERNS) {
      const match = pattern.exec(text);
      if (match) found.push({ file, id, field: field || '-', message: describe(match[0]) });
    }
  return found;
}

/** Reports the second and later uses of an id; the first use stays valid. */
function duplicateIds(rows: RecordRow<unknown>[]): Problem[] {
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

/** A figure's number as a comparable key: "12000 people", "1000-5000 people". */
function figureNumberKey(figure: Figure): string {
  const amount = figure.value !== undefined ? String(figure.value) : `${figure.low}-${figure.high}`;
  return `${amount} ${figure.unit}`;
}

/**
 * Attribution rules we can decide from source kinds alone: an official claim cannot rest only on
 * analysts or a belligerent's intelligence service, and a report (named or anonymous) needs at
 * least one source that reports rather than decrees.
 */
const ATTRIBUTION_SOURCE_RULES: { id: string; classes: Attribution[]; notOnlyKinds: SourceKind[]; sentence: string }[] =
  [
    {
      id: 'official-needs-official-source',
      classes: ['OFF'],
      notOnlyKinds: ['think-tank', 'consultancy', 'intelligence-claim'],
      sentence:
        'An official (OFF) claim must cite at least one source that can carry an official statement: not only think tanks, consultancies or intelligence services’ statements.',
    },
    {
      id: 'report-needs-reporting-source',
      classes: ['RN', 'RA'],
      notOnlyKinds: ['official', 'official-register', 'intelligence-claim'],
      sentence:
        'A report (RN or RA) must cite at least one source that reports: if every source is an official text, a register entry or an intelligence statement, the claim is OFF, or CBP when the issuer has a stake.',
    },
  ];

// ---------------------------------------------------------------------------------------------
// The rules, in the order the methodology page lists them

export const RULES: Rule[] = [
  {
    id: 'schema',
    sentence:
      'Every record matches its schema: required fields present, no unknown fields, ids in the agreed form, categories, classes and statuses from the fixed lists, URLs http or https only.',
    check: (context) => [
      ...context.metaIssues,
      ...(context.sources?.issues ?? []),
      ...(context.places?.issues ?? []),
      ...context.claims.issues,
    ],
  },
  {
    id: 'unique-ids',
    sentence: 'No id is used twice: not among sources, not among places, and not across the claim files.',
    check: (context) => [
      ...duplicateIds(context.sources?.rows ?? []),
      ...duplicateIds(context.places?.rows ?? []),
      ...duplicateIds(context.claims.rows),
    ],
  },
  {
    id: 'known-references',
    sentence: 'Every source and place a claim names exists, and none is named twice in the same claim.',
    check: ({ claims, sourcesById, placeIds }) =>
      parsedRows(claims).flatMap(({ file, id, parsed: claim }) => {
        const found: Problem[] = [];
        claim.sources.forEach((sourceId, index) => {
          if (sourcesById === undefined) return;
          if (!sourcesById.has(sourceId))
            found.push({ file, id, field: `sources.${index}`, message: `unknown source "${sourceId}"` });
          else if (claim.sources.indexOf(sourceId) !== index)
            found.push({ file, id, field: `sources.${index}`, message: `source "${sourceId}" is cited twice` });
        });
        claim.places.forEach((placeId, index) => {
          if (placeIds === undefined) return;
          if (!placeIds.has(placeId))
            found.push({ file, id, field: `places.${index}`, message: `unknown place "${placeId}"` });
          else if (claim.places.indexOf(placeId) !== index)
            found.push({ file, id, field: `places.${index}`, message: `place "${placeId}" is listed twice` });
        });
        return found;
      }),
  },
  {
    id: 'claim-has-source',
    sentence: 'Every claim cites at least one source.',
    // Enforced by the claim schema (sources: at least one); listed here so the page says so.
    check: () => [],
  },
  {
    id: 'every-source-cited',
    sentence:
      'Every source in the register is cited by at least one claim: a source nothing rests on is either missing from a record or does not belong.',
    check: ({ sources, claims }) => {
      // A claim that failed its schema may be the one meant to cite a source: judge only whole files.
      if (claims.issues.length > 0) return [];
      const cited = new Set(
        claims.rows.flatMap((row) => {
          const listed = valueAt(row.raw, ['sources']);
          return Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : [];
        }),
      );
      return parsedRows(sources)
        .filter((row) => !cited.has(row.id))
        .map((row) => ({ file: row.file, id: row.id, field: 'id', message: 'is cited by no claim' }));
    },
  },
  {
    id: 'real-dates',
    sentence:
      'Dates are real calendar dates (no 30 February) in the form YYYY, YYYY-MM or YYYY-MM-DD; an end date is not before its start date.',
    check: ({ meta, raw, sources, claims }) => {
      const found: Problem[] = [];
      if (meta) {
        if (!isRealPartialDate(meta.asOf))
          found.push({ file: raw.meta.file, id: 'meta', field: 'asOf', message: `"${meta.asOf}" is not a real date` });
        meta.changelog.forEach((entry, index) => {
          if (!isRealPartialDate(entry.date))
            found.push({
              file: raw.meta.file,
              id: 'meta',
              field: `changelog.${index}.date`,
              message: `"${entry.date}" is not a real date`,
            });
        });
      }
      for (const { file, id, parsed: source } of parsedRows(sources))
        if (source.date !== null && !isRealPartialDate(source.date))
          found.push({ file, id, field: 'date', message: `"${source.date}" is not a real date` });
      for (const { file, id, parsed: claim } of parsedRows(claims)) {
        for (const { field, date } of claimDateChecks(claim))
          if (!isRealPartialDate(date)) found.push({ file, id, field, message: `"${date}" is not a real date` });
        if (
          claim.dateEnd !== undefined &&
          isRealPartialDate(claim.date) &&
          isRealPartialDate(claim.dateEnd) &&
          endOfPartialDate(claim.dateEnd) < startOfPartialDate(claim.date)
        )
          found.push({ file, id, field: 'dateEnd', message: `"${claim.dateEnd}" is before date "${claim.date}"` });
      }
      return found;
    },
  },
  {
    id: 'not-after-as-of',
    sentence:
      'Nothing is dated after the dataset’s as-of date: claim dates, end dates, source dates and the dates figures describe. The one exception: a planned claim may give a figure for a future target year.',
    check: ({ asOf, sources, claims }) => {
      if (asOf === undefined) return [];
      const after = (date: string) => isRealPartialDate(date) && startOfPartialDate(date) > asOf;
      const message = (date: string) => `"${date}" is after the dataset's as-of date ${asOf}`;
      const found: Problem[] = [];
      for (const { file, id, parsed: source } of parsedRows(sources))
        if (source.date !== null && after(source.date))
          found.push({ file, id, field: 'date', message: message(source.date) });
      for (const { file, id, parsed: claim } of parsedRows(claims))
        for (const { field, date, checkAsOf } of claimDateChecks(claim))
          if (checkAsOf && after(date)) found.push({ file, id, field, message: message(date) });
      return found;
    },
  },
  {
    id: 'estimated-needs-date',
    sentence: 'Only a dated source can have an estimated date.',
    check: ({ sources }) =>
      parsedRows(sources)
        .filter((row) => row.parsed.date === null && row.parsed.dateEstimated)
        .map(({ file, id }) => ({
          file,
          id,
          field: 'dateEstimated',
          message: 'an undated source cannot have an estimated date',
        })),
  },
  {
    id: 'figures',
    sentence:
      'Each figure has a value, or both a low and a high end, with low not above high; figure keys are unique within a claim.',
    check: ({ claims }) =>
      parsedRows(claims).flatMap(({ file, id, parsed: claim }) => {
        const found: Problem[] = [];
        const seenKeys = new Set<string>();
        claim.figures.forEach((figure, index) => {
          if (seenKeys.has(figure.key))
            found.push({ file, id, field: `figures.${index}.key`, message: `duplicate figure key "${figure.key}"` });
          seenKeys.add(figure.key);
          if (figure.low !== undefined && figure.high !== undefined && figure.low > figure.high)
            found.push({
              file,
              id,
              field: `figures.${index}`,
              message: `low ${figure.low} is greater than high ${figure.high}`,
            });
        });
        return found;
      }),
  },
  {
    id: 'one-record-per-claim',
    sentence:
      'One claim, one record: no two records give the same figure from the same claimant on the same date. Outlets that relayed a claim are sources of its one record, not records of their own.',
    check: ({ claims }) => {
      const firstByKey = new Map<string, string>();
      const found: Problem[] = [];
      for (const { file, id, parsed: claim } of parsedRows(claims))
        claim.figures.forEach((figure, index) => {
          const key = `${claim.claimant.toLowerCase()}\u0000${claim.date}\u0000${figureNumberKey(figure)}`;
          const first = firstByKey.get(key);
          if (first === undefined) firstByKey.set(key, id);
          else if (first !== id)
            found.push({
              file,
              id,
              field: `figures.${index}`,
              message: `repeats claim "${first}" (same claimant, date and figure ${figureNumberKey(figure)}): merge them and cite this record's sources there`,
            });
        });
      return found;
    },
  },
  {
    id: 'replaced-ids',
    sentence:
      'A record merged into another is listed in that record’s “replaces”, so its old links still land: a replaced id is not also a live record, and no id is replaced twice.',
    check: ({ claims, claimIds }) => {
      const replacedBy = new Map<string, string>();
      const found: Problem[] = [];
      for (const { file, id, parsed: claim } of parsedRows(claims))
        claim.replaces.forEach((oldId, index) => {
          const field = `replaces.${index}`;
          if (claimIds.has(oldId))
            found.push({
              file,
              id,
              field,
              message: `"${oldId}" is still a record of its own: delete it or stop replacing it`,
            });
          else if (replacedBy.has(oldId))
            found.push({ file, id, field, message: `"${oldId}" is already replaced by "${replacedBy.get(oldId)}"` });
          else replacedBy.set(oldId, id);
        });
      return found;
    },
  },
  {
    id: 'coordinates',
    sentence: `Coordinates fall inside the map’s extent (longitude ${MAP_EXTENT.west}° to ${MAP_EXTENT.east}° E, latitude ${MAP_EXTENT.south}° to ${MAP_EXTENT.north}° N); a place has coordinates if and only if it has a coordinate confidence; its ISO 3166-2 region belongs to its country.`,
    check: ({ places }) =>
      parsedRows(places).flatMap(({ file, id, parsed: place }) => {
        const found: Problem[] = [];
        if (place.coordinates !== null && !isOnMap(place.coordinates))
          found.push({
            file,
            id,
            field: 'coordinates',
            message: `[${place.coordinates.join(', ')}] lies outside the map extent (longitude ${MAP_EXTENT.west} to ${MAP_EXTENT.east}, latitude ${MAP_EXTENT.south} to ${MAP_EXTENT.north})`,
          });
        if (place.coordinates !== null && place.coordinateConfidence === null)
          found.push({ file, id, field: 'coordinateConfidence', message: 'is required when coordinates are given' });
        if (place.coordinates === null && place.coordinateConfidence !== null)
          found.push({
            file,
            id,
            field: 'coordinateConfidence',
            message: `"${place.coordinateConfidence}" given without coordinates`,
          });
        if (place.region !== null && !place.region.startsWith(`${place.country}-`))
          found.push({ file, id, field: 'region', message: `"${place.region}" is not in country "${place.country}"` });
        return found;
      }),
  },
  ...ATTRIBUTION_SOURCE_RULES.map(({ id: ruleId, classes, notOnlyKinds, sentence }): Rule => ({
    id: ruleId,
    sentence,
    check: ({ claims, sourcesById }) =>
      parsedRows(claims).flatMap(({ file, id, parsed: claim }) => {
        if (!classes.includes(claim.attribution) || sourcesById === undefined) return [];
        // Attribution can only be judged when every cited source is known and valid.
        const cited = claim.sources.map((sourceId) => sourcesById.get(sourceId));
        if (cited.length === 0 || cited.some((source) => source === undefined)) return [];
        const sources = [...new Map(cited.map((source) => [source!.id, source!])).values()];
        if (!sources.every((source) => notOnlyKinds.includes(source.kind))) return [];
        return [
          {
            file,
            id,
            field: 'attribution',
            message: `class ${claim.attribution} contradicts its sources: all are ${listWithOr(notOnlyKinds)} (${sources
              .map((source) => `${source.id} ${source.kind}`)
              .join('; ')})`,
          },
        ];
      }),
  })),
  {
    id: 'no-markup',
    sentence:
      'No text field contains HTML tags, HTML entities, “javascript:” addresses or event-handler attributes: the site prints every text as plain text.',
    check: ({ raw, sources, places, claims }) => [
      ...(raw.meta.data === UNREADABLE ? [] : markupIn(raw.meta.file, 'meta', raw.meta.data)),
      ...[...(sources?.rows ?? []), ...(places?.rows ?? []), ...claims.rows].flatMap((row) =>
        markupIn(row.file, row.id, row.raw),
      ),
    ],
  },
  {
    id: 'changelog',
    sentence: 'The dataset version has a changelog entry, and every claim listed as corrected exists.',
    check: ({ meta, raw, claimIds }) => {
      if (!meta) return [];
      const found: Problem[] = [];
      if (!meta.changelog.some((entry) => entry.version === meta.version))
        found.push({
          file: raw.meta.file,
          id: 'meta',
          field: 'version',
          message: `version "${meta.version}" has no changelog entry`,
        });
      meta.changelog.forEach((entry, index) =>
        entry.corrected.forEach((claimId, claimIndex) => {
          if (!claimIds.has(claimId))
            found.push({
              file: raw.meta.file,
              id: 'meta',
              field: `changelog.${index}.corrected.${claimIndex}`,
              message: `unknown claim "${claimId}"`,
            });
        }),
      );
      return found;
    },
  },
];

/** The rules in words, for the methodology page: exactly the rules that run. */
export const VALIDATION_RULES: string[] = RULES.map((rule) => rule.sentence);

// ---------------------------------------------------------------------------------------------

export type ValidationResult = { dataset: Dataset; problems: Problem[] };

function contextOf(raw: RawDataset): CheckContext {
  const metaResult = MetaSchema.safeParse(raw.meta.data);
  const metaIssues =
    metaResult.success || raw.meta.data === UNREADABLE
      ? []
      : issueProblems(raw.meta.file, 'meta', raw.meta.data, metaResult.error.issues);
  const meta = metaResult.success ? metaResult.data : undefined;
  const sources = parseFile(raw.sources, SourceSchema);
  const places = parseFile(raw.places, PlaceSchema);
  const claimFiles = raw.claims.map((dataFile) => parseFile(dataFile, ClaimSchema));
  const claims = {
    rows: claimFiles.flatMap((file) => file?.rows ?? []),
    issues: claimFiles.flatMap((file) => file?.issues ?? []),
    listed: true,
  };
  let sourcesById: Map<string, Source | undefined> | undefined;
  if (sources?.listed) {
    sourcesById = new Map();
    for (const row of sources.rows) if (!sourcesById.has(row.id)) sourcesById.set(row.id, row.parsed);
  }
  return {
    raw,
    metaIssues,
    meta,
    asOf: meta && isRealPartialDate(meta.asOf) ? meta.asOf : undefined,
    sources,
    places,
    claims,
    sourcesById,
    placeIds: places?.listed ? new Set(places.rows.map((row) => row.id)) : undefined,
    claimIds: new Set(claims.rows.map((row) => row.id)),
  };
}

/**
 * Validates the raw files as a whole. `dataset` holds the records that passed their schema, so
 * callers must not use it when `problems` is not empty.
 */
export function checkDataset(raw: RawDataset): ValidationResult {
  const context = contextOf(raw);
  const problems = RULES.flatMap((rule) => rule.check(context));

  // Read problems file by file and record by record, whatever rule found them.
  const fileOrder = [raw.meta.file, raw.sources.file, raw.places.file, ...raw.claims.map((dataFile) => dataFile.file)];
  const recordOrder = new Map<string, number>();
  const allRows = [...(context.sources?.rows ?? []), ...(context.places?.rows ?? []), ...context.claims.rows];
  for (const [index, row] of allRows.entries()) {
    const key = `${row.file}\u0000${row.id}`;
    if (!recordOrder.has(key)) recordOrder.set(key, index);
  }
  const orderOf = (problem: Problem) => recordOrder.get(`${problem.file}\u0000${problem.id}`) ?? -1;
  problems.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || orderOf(a) - orderOf(b));

  return {
    dataset: {
      meta: context.meta as Meta,
      sources: parsedRows(context.sources).map((row) => row.parsed),
      places: parsedRows(context.places).map((row) => row.parsed),
      claims: parsedRows(context.claims).map((row) => row.parsed),
    },
    problems,
  };
}

/** Every problem in the dataset; an empty list means it may be published. */
export function validateDataset(raw: RawDataset): Problem[] {
  return checkDataset(raw).problems;
}
