/**
 * Reads content/data/ from disk, validates it as a whole and returns the dataset,
 * or throws one error whose message lists every problem, one line each.
 * (First version: schema checks only; cross-record rules arrive with validate.ts.)
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { ClaimSchema, MetaSchema, PlaceSchema, SourceSchema, type Dataset } from './schema.ts';

export type Problem = { file: string; id: string; field: string; message: string };

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.id}: ${p.field}: ${p.message}`;
}

export const DATA_DIR = path.resolve(process.cwd(), 'content/data');

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

function parseRecords<T>(file: string, raw: unknown, schema: z.ZodType<T>, problems: Problem[]): T[] {
  if (!Array.isArray(raw)) {
    problems.push({ file, id: '-', field: '-', message: 'must be a JSON array of records' });
    return [];
  }
  const records: T[] = [];
  raw.forEach((record, index) => {
    const result = schema.safeParse(record);
    const id =
      typeof record === 'object' && record !== null && typeof (record as { id?: unknown }).id === 'string'
        ? (record as { id: string }).id
        : `#${index}`;
    if (result.success) records.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({ file, id, field: issue.path.join('.') || '-', message: issue.message });
  });
  return records;
}

let cached: Promise<Dataset> | undefined;

export function loadDatasetOrThrow(dataDir = DATA_DIR): Promise<Dataset> {
  if (dataDir === DATA_DIR) return (cached ??= readDataset(dataDir));
  return readDataset(dataDir);
}

async function readDataset(dataDir: string): Promise<Dataset> {
  const problems: Problem[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file);
  const metaFile = path.join(dataDir, 'meta.json');
  const metaResult = MetaSchema.safeParse(await readJson(metaFile));
  if (!metaResult.success)
    for (const issue of metaResult.error.issues)
      problems.push({ file: rel(metaFile), id: 'meta', field: issue.path.join('.'), message: issue.message });
  const sourcesFile = path.join(dataDir, 'sources.json');
  const placesFile = path.join(dataDir, 'places.json');
  const sources = parseRecords(rel(sourcesFile), await readJson(sourcesFile), SourceSchema, problems);
  const places = parseRecords(rel(placesFile), await readJson(placesFile), PlaceSchema, problems);
  const claimsDir = path.join(dataDir, 'claims');
  const claimFiles = (await readdir(claimsDir)).filter((f) => f.endsWith('.json')).sort();
  const claims = [];
  for (const f of claimFiles) {
    const file = path.join(claimsDir, f);
    claims.push(...parseRecords(rel(file), await readJson(file), ClaimSchema, problems));
  }
  if (problems.length > 0 || !metaResult.success) {
    throw new Error(
      `The dataset has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return { meta: metaResult.data, sources, places, claims };
}
