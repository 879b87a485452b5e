/**
 * Everything the teaching pages show, gathered once per build: each chapter with its summary,
 * reading time, questions, key terms and steps (snapshot URL, alt text, intrinsic size), plus
 * the exercise and the glossary. Step states are read from the MDX without rendering it.
 */
import { renderChartSvg } from '../../figures/charts.ts';
import { standaloneChartCss } from '../../data/chart-css.ts';
import { getDataset } from '../../data/dataset.ts';
import { getChapters } from '../../data/story.ts';
import { renderStaticMapSvg } from '../../figures/map/svg.ts';
import { describeStepState } from '../../lib/step-description.ts';
import { parseChapterSteps } from '../../lib/step-states.ts';
import { parseStepId, type StepState } from '../../lib/steps.ts';
import { FIGURE_IDS } from '../../lib/vocabulary.ts';
import { buildExercise, type ExerciseItem } from '../../lib/teach/exercise.ts';
import { checkTeachKit, type DiscussionQuestion, type GlossaryEntry } from '../../lib/teach/kit.ts';
import { loadTeachKit } from '../../lib/teach/load.ts';
import { readingMinutes } from '../../lib/teach/reading-time.ts';
import { svgSize } from '../../lib/teach/svg-size.ts';
import type { Dataset } from '../../lib/schema.ts';

export type KitStep = { id: string; n: number; snapshot: string; alt: string; width: number; height: number };
export type KitChapter = {
  id: string;
  order: number;
  title: string;
  summary: string;
  minutes: number;
  questions: DiscussionQuestion[];
  terms: GlossaryEntry[];
  steps: KitStep[];
};
export type TeachingKit = {
  chapters: KitChapter[];
  exercise: ExerciseItem[];
  exerciseIntro: string;
  glossary: GlossaryEntry[];
};

function snapshotSvg(state: StepState, dataset: Dataset): string {
  return state.figure === 'map'
    ? renderStaticMapSvg(dataset, state.map!, { standalone: true })
    : renderChartSvg(state.figure, dataset, { highlight: state.highlight, css: standaloneChartCss() });
}

let kitPromise: Promise<TeachingKit> | undefined;

export function getTeachingKit(): Promise<TeachingKit> {
  return (kitPromise ??= (async () => {
    const [dataset, chapters] = await Promise.all([getDataset(), getChapters()]);
    const kit = loadTeachKit();
    const stepsByChapter = new Map(
      chapters.map((chapter) => [chapter.data.id, parseChapterSteps(chapter.data.id, chapter.body ?? '')]),
    );
    const problems = checkTeachKit(kit, {
      chapterIds: chapters.map((chapter) => chapter.data.id),
      stepIds: [...stepsByChapter.values()].flat().map((step) => step.id),
      figureIds: [...FIGURE_IDS],
      claims: dataset.claims,
      sourceIds: dataset.sources.map((source) => source.id),
    });
    if (problems.length > 0)
      throw new Error(`The teaching kit has ${problems.length} problem(s):\n${problems.join('\n')}`);
    const glossaryBySlug = new Map(kit.glossary.map((entry) => [entry.slug, entry]));
    return {
      chapters: chapters.map((chapter) => {
        const chapterKit = kit.chapters[chapter.data.id]!;
        return {
          id: chapter.data.id,
          order: chapter.data.order,
          title: chapter.data.title,
          summary: chapter.data.summary,
          minutes: readingMinutes(chapter.body ?? ''),
          questions: chapterKit.questions,
          terms: chapterKit.terms.map((slug) => glossaryBySlug.get(slug)!),
          // One card per step as educators know it: a later part (labour-5b) shares its step’s graphic.
          steps: stepsByChapter
            .get(chapter.data.id)!
            .filter((step) => !parseStepId(step.id)?.part)
            .map((step, index) => ({
              id: step.id,
              n: parseStepId(step.id)?.n ?? index + 1,
              snapshot: `/snapshots/${step.id}.svg`,
              alt: describeStepState(step.state, dataset),
              ...svgSize(snapshotSvg(step.state, dataset)),
            })),
        };
      }),
      exercise: buildExercise(dataset, kit.exercise),
      exerciseIntro: kit.exercise.intro,
      glossary: [...kit.glossary].sort((a, b) => a.term.localeCompare(b.term)),
    };
  })());
}
