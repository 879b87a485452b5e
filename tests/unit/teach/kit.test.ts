import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndCheckDataset } from '../../../src/lib/load-dataset.ts';
import { parseChapterSteps } from '../../../src/lib/step-states.ts';
import { FIGURE_IDS } from '../../../src/lib/vocabulary.ts';
import { buildExercise } from '../../../src/lib/teach/exercise.ts';
import {
  checkKitLink,
  checkTeachKit,
  knownAnchors,
  type KitContext,
  type TeachKit,
} from '../../../src/lib/teach/kit.ts';
import { loadTeachKit } from '../../../src/lib/teach/load.ts';

const context: KitContext = {
  chapterIds: ['labour'],
  stepIds: ['labour-1', 'labour-6'],
  figureIds: ['labour-claims'],
  claims: [
    { id: 't33', compareGroup: 'alabuga-workers' },
    { id: 't48', compareGroup: 'alabuga-workers' },
  ],
  sourceIds: ['S24'],
};
const question = (href: string) => ({ text: 'Why?', links: [{ href, label: 'See' }] });
const kit = (overrides: Partial<TeachKit> = {}): TeachKit => ({
  chapters: {
    labour: {
      questions: [question('/#labour-6'), question('/data/#claim-t33'), question('/figures/#labour-claims')],
      terms: ['labour-export'],
    },
  },
  glossary: [{ slug: 'labour-export', term: 'Labour export', definition: 'Sending workers abroad.' }],
  exercise: {
    intro: 'Weigh.',
    groups: [{ group: 'alabuga-workers', topic: 'Alabuga', question: 'Which?', corroborate: { t33: 'x', t48: 'y' } }],
  },
  ...overrides,
});

describe('checkKitLink', () => {
  const anchors = knownAnchors(context);
  it('accepts steps, claim rows, figures and sources that exist', () => {
    for (const href of [
      '/#labour-6',
      '/#labour',
      '/data/#claim-t33',
      '/figures/#labour-claims',
      '/sources/#S24',
      '/teach/',
    ])
      expect(checkKitLink(href, anchors)).toBeNull();
  });
  it('names a step that does not exist', () => {
    expect(checkKitLink('/#labour-9', anchors)).toBe('links to "#labour-9", which is not an anchor on /');
  });
});

describe('checkTeachKit', () => {
  it('finds nothing wrong with a complete kit', () => {
    expect(checkTeachKit(kit(), context)).toEqual([]);
  });
  it('lists every problem at once: unknown term, bad link, missing corroboration', () => {
    const broken = kit({
      chapters: {
        labour: {
          questions: [question('/#labour-9'), question('/data/#claim-t33'), question('/nowhere/')],
          terms: ['rospatent'],
        },
      },
      exercise: {
        intro: 'Weigh.',
        groups: [{ group: 'alabuga-workers', topic: 'A', question: 'Q', corroborate: { t33: 'x' } }],
      },
    });
    expect(checkTeachKit(broken, context)).toEqual([
      'chapters.json: labour: term "rospatent" is not in glossary.json',
      'chapters.json: labour: question 1 links to "#labour-9", which is not an anchor on /',
      'chapters.json: labour: question 3 links to "/nowhere/", which is not a page the kit may link to',
      'exercise.json: alabuga-workers: no "corroborate" text for claim t48',
    ]);
  });
});

describe('the published kit (content/teach)', () => {
  it('matches the real chapters, steps, figures, claims and sources, and its exercise groups disagree', async () => {
    const { dataset } = await readAndCheckDataset();
    const chapterDir = path.resolve('content/chapters');
    const chapters = readdirSync(chapterDir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const source = readFileSync(path.join(chapterDir, name), 'utf8');
        const id = /^id: (.+)$/m.exec(source)![1]!.trim();
        return { id, steps: parseChapterSteps(id, source) };
      });
    const published = loadTeachKit();
    const problems = checkTeachKit(published, {
      chapterIds: chapters.map((chapter) => chapter.id),
      stepIds: chapters.flatMap((chapter) => chapter.steps.map((step) => step.id)),
      figureIds: [...FIGURE_IDS],
      claims: dataset.claims,
      sourceIds: dataset.sources.map((s) => s.id),
    });
    expect(problems).toEqual([]);
    for (const chapterKit of Object.values(published.chapters)) expect(chapterKit.questions).toHaveLength(3);
    const exercise = buildExercise(dataset, published.exercise);
    expect(exercise.length).toBeGreaterThanOrEqual(2);
    const alabuga = exercise.find((item) => item.group === 'alabuga-workers')!;
    expect(alabuga.statements.map((s) => s.attribution).sort()).toEqual(['CBP', 'RA']);
  });
});
