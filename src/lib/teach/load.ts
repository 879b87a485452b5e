/**
 * Reads content/teach/*.json from disk and parses each with its schema. Pages call loadTeachKit();
 * a malformed file fails the build with every problem, each naming its file and field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { ChapterKitsSchema, ExerciseConfigSchema, GlossarySchema, type TeachKit } from './kit.ts';

export const TEACH_DIR = path.resolve(process.cwd(), 'content/teach');

function parseFile<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  problems: string[],
): z.output<Schema> | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(TEACH_DIR, file), 'utf8'));
  } catch (error) {
    problems.push(`content/teach/${file}: ${(error as Error).message}`);
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  problems.push(
    ...result.error.issues.map(
      (issue) => `content/teach/${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    ),
  );
  return undefined;
}

let cached: TeachKit | undefined;
export function loadTeachKit(): TeachKit {
  if (cached) return cached;
  const problems: string[] = [];
  const chapters = parseFile('chapters.json', ChapterKitsSchema, problems);
  const glossary = parseFile('glossary.json', GlossarySchema, problems);
  const exercise = parseFile('exercise.json', ExerciseConfigSchema, problems);
  if (problems.length > 0 || !chapters || !glossary || !exercise)
    throw new Error(`The teaching kit has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return (cached = { chapters, glossary, exercise });
}
