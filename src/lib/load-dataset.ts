/**
 * Reads content/data/ from disk, validates it as a whole (validate.ts) and returns the dataset,
 * or throws one error whose message lists every problem, one line each:
 * "file: record-id: field: message".
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from './schema.ts';
import { TRANSLATED_LOCALES, checkTranslation } from './translations.ts';
import { UNREADABLE, checkDataset, formatProblem, type DataFile, type Problem, type RawDataset } from './validate.ts';

export { formatProblem, type Problem };

export const DATA_DIR = path.resolve(process.cwd(), 'content/data');

/** A file's JSON, or a problem naming the file when it is missing or not valid JSON. */
export async function readDataFile(absolutePath: string, problems: Problem[]): Promise<DataFile> {
  const file = path.relative(process.cwd(), absolutePath);
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch {
    problems.push({ file, id: '-', field: '-', message: 'file is missing or unreadable' });
    return { file, data: UNREADABLE };
  }
  try {
    return { file, data: JSON.parse(text) };
  } catch (error) {
    problems.push({ file, id: '-', field: '-', message: `not valid JSON: ${(error as Error).message}` });
    return { file, data: UNREADABLE };
  }
}

/** The raw files of a data directory: meta.json, sources.json, places.json and claims/*.json (in name order). */
export async function readRawDataset(dataDir = DATA_DIR): Promise<{ raw: RawDataset; problems: Problem[] }> {
  const problems: Problem[] = [];
  const claimsDir = path.join(dataDir, 'claims');
  let claimFileNames: string[] = [];
  try {
    claimFileNames = (await readdir(claimsDir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    problems.push({ file: path.relative(process.cwd(), claimsDir), id: '-', field: '-', message: 'folder is missing' });
  }
  const raw: RawDataset = {
    meta: await readDataFile(path.join(dataDir, 'meta.json'), problems),
    sources: await readDataFile(path.join(dataDir, 'sources.json'), problems),
    places: await readDataFile(path.join(dataDir, 'places.json'), problems),
    claims: await Promise.all(claimFileNames.map((name) => readDataFile(path.join(claimsDir, name), problems))),
  };
  return { raw, problems };
}

/** Reads and validates a data directory; every problem found, file errors first. */
export async function readAndCheckDataset(dataDir = DATA_DIR): Promise<{ dataset: Dataset; problems: Problem[] }> {
  const { raw, problems: fileProblems } = await readRawDataset(dataDir);
  const { dataset, problems } = checkDataset(raw);
  return { dataset, problems: [...fileProblems, ...problems] };
}

/** Every problem with the translations/<locale>.json files of a data directory, missing files included. */
export async function readAndCheckTranslations(dataDir: string, dataset: Dataset): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const locale of TRANSLATED_LOCALES) {
    const { file, data } = await readDataFile(path.join(dataDir, 'translations', `${locale}.json`), problems);
    if (data !== UNREADABLE) problems.push(...checkTranslation(file, locale, data, dataset));
  }
  return problems;
}

export class DatasetError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`The dataset has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

let cached: Promise<Dataset> | undefined;

export function loadDatasetOrThrow(dataDir = DATA_DIR): Promise<Dataset> {
  if (dataDir === DATA_DIR) return (cached ??= readDataset(dataDir));
  return readDataset(dataDir);
}

async function readDataset(dataDir: string): Promise<Dataset> {
  const { dataset, problems } = await readAndCheckDataset(dataDir);
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
