/**
 * Every chart in one registry: prepare (pure, dataset → model), draw (pure, model → SVG body),
 * and the wrappers pages, downloads and snapshots use. No DOM anywhere in here.
 */
import type { Dataset } from '../../lib/schema.ts';
import type { ChartBase, ChartId, DrawContext, Drawn, Layout } from './shared/types.ts';
import { pageSvg, resolveTokens, standaloneSvg } from './shared/frame.ts';
import { sourcePublishers } from './shared/claims.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareLabourClaims } from './labour-claims/prepare.ts';
import { drawLabourClaims } from './labour-claims/render.ts';
import { prepareTimeline } from './timeline/prepare.ts';
import { drawTimeline } from './timeline/render.ts';
import { prepareGoodsBrands } from './goods-brands/prepare.ts';
import { drawGoodsBrands } from './goods-brands/render.ts';
import { prepareTradeFairs } from './trade-fairs/prepare.ts';
import { drawTradeFairs } from './trade-fairs/render.ts';
import { prepareTradeOffices } from './trade-offices/prepare.ts';
import { drawTradeOffices } from './trade-offices/render.ts';
import { prepareEntries } from './entries/prepare.ts';
import { drawEntries } from './entries/render.ts';
import { prepareTurnover } from './turnover/prepare.ts';
import { drawTurnover } from './turnover/render.ts';

export type { ChartId };

type ChartDefinition<M extends ChartBase> = {
  prepare: (dataset: Dataset) => M;
  draw: (model: M, ctx: DrawContext) => Drawn;
};

function define<M extends ChartBase>(definition: ChartDefinition<M>): ChartDefinition<ChartBase> {
  return definition as unknown as ChartDefinition<ChartBase>;
}

/** Gallery order = story order of first appearance. */
export const CHARTS: Record<ChartId, ChartDefinition<ChartBase>> = {
  timeline: define({ prepare: prepareTimeline, draw: drawTimeline }),
  'trade-offices': define({ prepare: prepareTradeOffices, draw: drawTradeOffices }),
  'labour-claims': define({ prepare: prepareLabourClaims, draw: drawLabourClaims }),
  entries: define({ prepare: prepareEntries, draw: drawEntries }),
  'goods-brands': define({ prepare: prepareGoodsBrands, draw: drawGoodsBrands }),
  'trade-fairs': define({ prepare: prepareTradeFairs, draw: drawTradeFairs }),
  turnover: define({ prepare: prepareTurnover, draw: drawTurnover }),
};

export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}

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
  return `${sources} Chart: ${dataset.meta.credit}. Data: Tumen dataset v${dataset.meta.version} (checked to ${dataset.meta.asOf}), ${dataset.meta.licence.name}.`;
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

let standaloneCss: string | undefined;

/**
 * The page stylesheet for chart markup with tokens resolved to light literals. Read from disk
 * (build and tests run from the project root) rather than imported with ?raw, which Vitest empties.
 */
function readStandaloneCss(): string {
  const read = (file: string) => readFileSync(path.resolve(process.cwd(), file), 'utf8');
  return resolveTokens(read('src/components/figures/chart.css'), read('src/styles/tokens.css'));
}

/** The standalone SVG document for downloads and per-step snapshots (the integration contract's name). */
export function renderChartSvg(
  id: ChartId,
  dataset: Dataset,
  options: { highlight?: string[]; layout?: Layout } = {},
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
    css: (standaloneCss ??= readStandaloneCss()),
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
