/**
 * Validates content/data/ as a whole and prints either one summary line or every problem, one a
 * line ("file: record-id: field: message"), exiting 1. Runs before `astro build` (prebuild), so a
 * broken dataset stops the build before anything is written to dist/. When the directory has a
 * translations/ folder (the real one does), every translated locale's file must cover every record.
 *   node scripts/validate-data.ts [data-dir]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readAndCheckDataset, readAndCheckTranslations } from '../src/lib/load-dataset.ts';
import { formatProblem } from '../src/lib/validate.ts';

const dataDir = path.resolve(process.argv[2] ?? 'content/data');
const { dataset, problems } = await readAndCheckDataset(dataDir);
const translated = existsSync(path.join(dataDir, 'translations'));
if (translated && problems.length === 0) problems.push(...(await readAndCheckTranslations(dataDir, dataset)));

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\nDataset invalid: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(
  `Dataset OK: ${dataset.claims.length} claims, ${dataset.sources.length} sources, ${dataset.places.length} places` +
    (translated ? '; Korean and Russian text complete' : ''),
);
