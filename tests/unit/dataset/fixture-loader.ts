/**
 * Fixture datasets for validator tests. `fixtures/valid/` is a complete, valid dataset; every other
 * folder holds only the file(s) it breaks, laid over the valid ones, plus `expected.txt`: the exact
 * problem lines the validator must print. A case with its own claims/ folder replaces all claim files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDataFile } from '../../../src/lib/load-dataset.ts';
import type { Problem, RawDataset } from '../../../src/lib/validate.ts';

export const FIXTURES_DIR = path.resolve('tests/unit/dataset/fixtures');
export const VALID_DIR = path.join(FIXTURES_DIR, 'valid');

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'valid')
    .map((entry) => entry.name)
    .sort();
}

export function expectedLines(caseName: string): string[] {
  return readFileSync(path.join(FIXTURES_DIR, caseName, 'expected.txt'), 'utf8')
    .trimEnd()
    .split('\n');
}

/** The valid dataset with the case's files laid over it. */
export async function loadFixture(caseName = 'valid'): Promise<{ raw: RawDataset; problems: Problem[] }> {
  const caseDir = path.join(FIXTURES_DIR, caseName);
  const pick = (name: string) =>
    existsSync(path.join(caseDir, name)) ? path.join(caseDir, name) : path.join(VALID_DIR, name);
  const problems: Problem[] = [];
  const claimsDir = existsSync(path.join(caseDir, 'claims'))
    ? path.join(caseDir, 'claims')
    : path.join(VALID_DIR, 'claims');
  const claimFiles = readdirSync(claimsDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const raw: RawDataset = {
    meta: await readDataFile(pick('meta.json'), problems),
    sources: await readDataFile(pick('sources.json'), problems),
    places: await readDataFile(pick('places.json'), problems),
    claims: await Promise.all(claimFiles.map((name) => readDataFile(path.join(claimsDir, name), problems))),
  };
  return { raw, problems };
}
