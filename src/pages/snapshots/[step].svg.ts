/**
 * /snapshots/<step-id>.svg: the graphic of one story step in that step's state, as a standalone
 * SVG. Readers without JavaScript see it in place of the sticky graphic; print and the teaching
 * page use it too. States come from the chapters' MDX, parsed without rendering.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChartSvg } from '../../figures/charts.ts';
import { standaloneChartCss } from '../../data/chart-css.ts';
import { getDataset } from '../../data/dataset.ts';
import { getChapters } from '../../data/story.ts';
import { renderStaticMapSvg } from '../../figures/map/svg.ts';
import { parseChapterSteps } from '../../lib/step-states.ts';
import type { StepState } from '../../lib/steps.ts';

export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  return chapters.flatMap((chapter) =>
    parseChapterSteps(chapter.data.id, chapter.body ?? '').map((step) => ({
      params: { step: step.id },
      props: { state: step.state },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ state: StepState }> = async ({ props }) => {
  const dataset = await getDataset();
  const { state } = props;
  const svg =
    state.figure === 'map'
      ? renderStaticMapSvg(dataset, state.map!, { standalone: true })
      : renderChartSvg(state.figure, dataset, { highlight: state.highlight, css: standaloneChartCss() });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
