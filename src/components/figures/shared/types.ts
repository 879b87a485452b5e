/** What every chart's prepare() returns besides its own layout data: text, table, tooltips. */
import type { Attribution, Status } from '../../../lib/schema.ts';
import type { FigureId } from '../../../lib/vocabulary.ts';

export type ChartId = Exclude<FigureId, 'map'>;

/** What a tooltip shows for one claim; shipped to the browser as JSON, never re-fetched. */
export type ClaimTip = {
  id: string;
  title: string;
  date: string;
  attribution: Attribution;
  attributionLabel: string;
  status: Status;
  claimant: string;
  /** "NK News: Title" per cited source. */
  sources: string[];
};

export type DataTable = {
  caption: string;
  columns: string[];
  rows: string[][];
};

export type ChartBase = {
  id: ChartId;
  title: string;
  /** The one-line takeaway printed under the title. */
  takeaway: string;
  /** Longer text alternative for screen readers (the SVG's desc). */
  description: string;
  /** Claim ids drawn, in drawing order. */
  claimIds: string[];
  /** Source ids cited by those claims, first-seen order. */
  sourceIds: string[];
  tips: Record<string, ClaimTip>;
  table: DataTable;
};

export type Layout = 'wide' | 'narrow';

/** Per-render settings passed to draw(): which layout, which claims to emphasise. */
export type DrawContext = {
  layout: Layout;
  highlight: ReadonlySet<string>;
  /** False for standalone downloads: no tabindex there. */
  interactive: boolean;
};

/** A chart body: its size and the SVG markup inside the root element. */
export type Drawn = { width: number; height: number; body: string };
