/**
 * Every chart in one registry: its state (pure, dataset → model, <id>/state.ts), its drawing
 * (pure, model → SVG, <id>/svg.ts), and the wrappers pages, downloads and snapshots use.
 * No DOM and no I/O in here: the standalone stylesheet comes in from src/data/chart-css.ts.
 */
import { researchScope } from '../lib/research-scope.ts';
import type { Dataset } from '../lib/schema.ts';
import type { ChartBase, DrawContext, Drawn, Layout } from './shared/types.ts';
import type { ChartId } from '../lib/vocabulary.ts';
import { pageSvg, standaloneSvg } from './shared/frame.ts';
import { sourcePublishers } from './shared/claims.ts';
import { prepareLabourClaims } from './labour-claims/state.ts';
import { drawLabourClaims } from './labour-claims/svg.ts';
import { prepareTimeline } from './timeline/state.ts';
import { drawTimeline } from './timeline/svg.ts';
import { prepareGoodsBrands } from './goods-brands/state.ts';
import { drawGoodsBrands } from './goods-brands/svg.ts';
import { prepareTradeFairs } from './trade-fairs/state.ts';
import { drawTradeFairs } from './trade-fairs/svg.ts';
import { prepareTradeOffices } from './trade-offices/state.ts';
import { drawTradeOffices } from './trade-offices/svg.ts';
import { prepareEntries } from './entries/state.ts';
import { drawEntries } from './entries/svg.ts';
import { prepareTurnover } from './turnover/state.ts';
import { drawTurnover } from './turnover/svg.ts';

type ChartDefinition<M extends ChartBase> = {
  prepare: (dataset: Dataset) => M;
  draw: (model: M, ctx: DrawContext) => Drawn;
};

function define<M extends ChartBase>(definition: ChartDefinition<M>): ChartDefinition<ChartBase> {
  return definition as unknown as ChartDefinition<ChartBase>;
}

export const CHARTS: Record<ChartId, ChartDefinition<ChartBase>> = {
  timeline: define({ prepare: prepareTimeline, draw: drawTimeline }),
  'trade-offices': define({ prepare: prepareTradeOffices, draw: drawTradeOffices }),
  'labour-claims': define({ prepare: prepareLabourClaims, draw: drawLabourClaims }),
  entries: define({ prepare: prepareEntries, draw: drawEntries }),
  'goods-brands': define({ prepare: prepareGoodsBrands, draw: drawGoodsBrands }),
  'trade-fairs': define({ prepare: prepareTradeFairs, draw: drawTradeFairs }),
  turnover: define({ prepare: prepareTurnover, draw: drawTurnover }),
};

export function prepareChart(id: ChartId, dataset: Dataset): ChartBase {
  return CHARTS[id].prepare(dataset);
}

/** "Sources: NHK, HUR, BBC. Chart: Tumen. Data: Tumen dataset v1.0.0 (as of 21 Nov 2026), CC BY 4.0." */
export function sourceLine(model: ChartBase, dataset: Dataset): string {
  const publishers = sourcePublishers(dataset, model.sourceIds);
  // A long list drowns the chart; the data table and downloads carry every source per row.
  const shown = publishers.slice(0, 5);
  const more = publishers.length - shown.length;
  const sources =
    publishers.length === 0
      ? 'Sources: none yet.'
      : `Sources: ${shown.join('; ')}${more > 0 ? `; and ${more} more, listed per row in the data` : ''}.`;
  return `${sources} Chart: ${dataset.meta.credit}. Data: Tumen dataset v${dataset.meta.version} (research to ${researchScope(dataset.meta).asOfText}), ${dataset.meta.licence.name}.`;
}

/** The claim ids the marks of a chart carry (what a story step's highlight can light). */
export function markClaimIds(id: ChartId, model: ChartBase): Set<string> {
  const svg = renderChartForPage(id, model, { layout: 'wide', idPrefix: 'check' });
  return new Set([...svg.matchAll(/data-claims="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ').filter(Boolean)));
}

/** Highlighted ids that no mark of the chart carries: a step naming one would light nothing. */
export function unlitHighlights(id: ChartId, dataset: Dataset, highlight: readonly string[]): string[] {
  const carried = markClaimIds(id, prepareChart(id, dataset));
  return highlight.filter((claimId) => !carried.has(claimId));
}

export type PageRenderOptions = { layout: Layout; highlight?: string[]; idPrefix: string };

/** The inline SVG for a page (classes only: the CSP forbids style attributes and <style>). */
export function renderChartForPage(id: ChartId, model: ChartBase, options: PageRenderOptions): string {
  const highlight = new Set(options.highlight ?? []);
  const ctx: DrawContext = { layout: options.layout, highlight, interactive: true };
  const drawn = CHARTS[id].draw(model, ctx);
  return pageSvg(drawn, {
    idPrefix: options.idPrefix,
    title: model.title,
    description: model.description,
    layout: options.layout,
    highlighted: model.claimIds.some((c) => highlight.has(c)),
  });
}

/** The standalone SVG document for downloads and per-step snapshots (the integration contract's name). */
export function renderChartSvg(
  id: ChartId,
  dataset: Dataset,
  options: { highlight?: string[]; layout?: Layout; css: string },
): string {
  const model = prepareChart(id, dataset);
  const layout = options.layout ?? 'wide';
  const highlight = new Set(options.highlight ?? []);
  const drawn = CHARTS[id].draw(model, { layout, highlight, interactive: false });
  return standaloneSvg(drawn, {
    idPrefix: `tumen-${id}`,
    title: model.title,
    description: model.description,
    layout,
    highlighted: model.claimIds.some((c) => highlight.has(c)),
    takeaway: model.takeaway,
    sourceLine: sourceLine(model, dataset),
    css: options.css,
  });
}

/** The chart's table as CSV (RFC 4180 quoting), for /figures/<id>.csv. */
export function chartCsv(model: ChartBase): string {
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [model.table.columns, ...model.table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The prepared data as JSON, for /figures/<id>.json: what the chart draws, with provenance. */
export function chartJson(model: ChartBase, dataset: Dataset): string {
  return (
    JSON.stringify(
      {
        figure: model.id,
        dataset: { version: dataset.meta.version, asOf: dataset.meta.asOf, licence: dataset.meta.licence },
        credit: dataset.meta.credit,
        ...model,
      },
      null,
      2,
    ) + '\n'
  );
}
