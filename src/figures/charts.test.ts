/**
 * Every chart on the real dataset: reference SVGs (committed under src/figures/references/, so a
 * diff shows which marks moved; `npm run update-references` rewrites them), and the rules every
 * chart keeps whatever the data: no label cut short, no raw code, every step highlight lights a
 * mark, the inline SVG is CSP-safe, every drawn claim has a tooltip.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../lib/load-dataset.ts';
import { parseChapterSteps } from '../lib/step-states.ts';
import { CHART_IDS, isChartId } from '../lib/vocabulary.ts';
import { standaloneChartCss } from '../data/chart-css.ts';
import { chartCsv, prepareChart, renderChartForPage, renderChartSvg, unlitHighlights } from './charts.ts';

const dataset = await loadDatasetOrThrow();
const css = standaloneChartCss();
const CHAPTERS_DIR = path.resolve('content/chapters');
const chartSteps = readdirSync(CHAPTERS_DIR)
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) =>
    parseChapterSteps(file.replace(/^\d+-|\.mdx$/g, ''), readFileSync(path.join(CHAPTERS_DIR, file), 'utf8')),
  )
  .filter((step) => isChartId(step.state.figure));
/** Steps that declare their own state; a later part (labour-2b with no props) shares its step's snapshot. */
const declaredChartSteps = chartSteps.filter((step) => step.stateFrom === step.id);

/** Every string a reader can see in a model: titles, labels, takeaways, table cells, tooltips. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('reference SVGs, drawn from the real dataset', () => {
  for (const id of CHART_IDS) {
    it(`${id}: the standalone SVG matches its reference`, async () => {
      await expect(renderChartSvg(id, dataset, { css })).toMatchFileSnapshot(`references/${id}.svg`);
    });
    it(`${id}: the narrow page layout matches its reference`, async () => {
      const svg = renderChartForPage(id, prepareChart(id, dataset), { layout: 'narrow', idPrefix: 'ref' });
      await expect(svg).toMatchFileSnapshot(`references/${id}.narrow.svg`);
    });
  }
  for (const step of declaredChartSteps)
    it(`step ${step.id}: its snapshot matches its reference`, async () => {
      const figure = step.state.figure as (typeof CHART_IDS)[number];
      await expect(renderChartSvg(figure, dataset, { highlight: step.state.highlight, css })).toMatchFileSnapshot(
        `references/steps/${step.id}.svg`,
      );
    });
});

describe('every chart, whatever the data', () => {
  for (const id of CHART_IDS) {
    const model = prepareChart(id, dataset);
    it(`${id}: no text a reader sees ends in an ellipsis`, () => {
      const svgText = [...renderChartSvg(id, dataset, { css }).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(
        (m) => m[1]!,
      );
      expect([...strings(model), ...svgText].filter((s) => /(…|\.\.\.)\s*$/.test(s))).toEqual([]);
    });
    it(`${id}: names places in words, never as ISO region codes`, () => {
      const visible = [model.title, model.takeaway, model.description, ...strings(model.table.rows)];
      const svg = renderChartForPage(id, model, { layout: 'wide', idPrefix: 'x' });
      const labels = [...svg.matchAll(/(?:aria-label="([^"]*)"|>([^<]+)<\/text>)/g)].map((m) => m[1] ?? m[2]!);
      expect([...visible, ...labels].filter((s) => /\b[A-Z]{2}-[A-Z]{2,3}\b/.test(s))).toEqual([]);
    });
    it(`${id}: the inline SVG carries no style attribute or <style> (CSP), and names itself`, () => {
      for (const layout of ['wide', 'narrow'] as const) {
        const svg = renderChartForPage(id, model, { layout, idPrefix: 'test' });
        expect(svg).not.toMatch(/\sstyle=|<style/);
        expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="test-title"/);
      }
    });
    it(`${id}: every drawn claim has a tooltip, and marks are focusable`, () => {
      const svg = renderChartForPage(id, model, { layout: 'wide', idPrefix: 'test' });
      expect(svg).toContain('tabindex="0"');
      const drawn = [...svg.matchAll(/data-claims="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ').filter(Boolean));
      for (const claimId of drawn) expect(model.tips[claimId], claimId).toBeDefined();
    });
    it(`${id}: the CSV has the table's header and one line per row`, () => {
      const lines = chartCsv(model).trimEnd().split('\r\n');
      expect(lines[0]).toBe(model.table.columns.join(','));
      expect(lines.length).toBe(model.table.rows.length + 1);
    });
  }
});

describe('story steps that highlight a chart', () => {
  it('light at least one mark with every id they name', () => {
    const unlit = chartSteps.flatMap((step) =>
      unlitHighlights(step.state.figure as (typeof CHART_IDS)[number], dataset, step.state.highlight).map(
        (claimId) => `${step.id}: ${claimId}`,
      ),
    );
    expect(unlit).toEqual([]);
  });
  it('reports an id that no mark carries (the build names it on the step)', () => {
    expect(unlitHighlights('trade-offices', dataset, ['p6', 'c077'])).toEqual(['c077']);
  });
});
