/**
 * The second encoding besides colour: each attribution class has its own shape and its letters,
 * each status its own fill/stroke style. Legends and every chart use these.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import { STATUSES, type Attribution, type Status } from '../../../lib/schema.ts';
import { ATTRIBUTION_CLASSES } from '../../../lib/vocabulary.ts';
import { ATTRIBUTION_LABELS } from '../../../lib/vocabulary.ts';
import { el, text } from './svg.ts';

const SHAPES: Record<Attribution, SymbolType> = {
  OFF: symbolCircle,
  RN: symbolSquare,
  RA: symbolDiamond,
  CBP: symbolTriangle,
  AN: symbolCross,
};

export const SHAPE_NAMES: Record<Attribution, string> = {
  OFF: 'circle',
  RN: 'square',
  RA: 'diamond',
  CBP: 'triangle',
  AN: 'cross',
};

/** A class's symbol as a path centred on 0,0; size is roughly the diameter in px. */
export function symbolPath(cls: Attribution, size: number): string {
  // d3 symbols take an area; the triangle and cross look smaller at equal area, so they get more.
  const boost = cls === 'CBP' || cls === 'AN' ? 1.35 : 1;
  return symbol(SHAPES[cls], size * size * 0.8 * boost)() ?? '';
}

export const STATUS_WORDS: Record<Status, string> = {
  planned: 'planned',
  reported: 'reported',
  confirmed: 'confirmed',
  disputed: 'disputed',
  superseded: 'superseded',
};

/** Hollow marks are claims not (yet) confirmed; dashed are disputed. */
export function statusClass(status: Status): string {
  return `st-${status}`;
}

export function attClass(cls: Attribution): string {
  return `att-${cls.toLowerCase()}`;
}

/** A symbol shaped by class and filled by status, coloured by class or by the given colour class. */
export function classSymbol(cls: Attribution, status: Status, size: number, colourClass = attClass(cls)): string {
  return el('path', { d: symbolPath(cls, size), class: `tf-shape ${colourClass} ${statusClass(status)}` });
}

/** The legend: class shapes with their letters and names, then the status styles. Returns markup and height. */
/** Status styles as the legend groups them: planned and reported share the hollow style. */
const STATUS_LEGEND: { statuses: Status[]; label: string; cls: string }[] = [
  { statuses: ['confirmed'], label: 'confirmed', cls: 'st-confirmed' },
  { statuses: ['reported', 'planned'], label: 'reported or planned', cls: 'st-reported' },
  { statuses: ['disputed'], label: 'disputed', cls: 'st-disputed' },
  { statuses: ['superseded'], label: 'superseded', cls: 'st-superseded' },
];

export function legend(
  width: number,
  options: { classes?: readonly Attribution[]; statuses?: readonly Status[]; neutral?: boolean } = {},
): { body: string; height: number } {
  // Always in the fixed class order, so every chart's legend reads the same way.
  const classes = ATTRIBUTION_CLASSES.filter((c) => !options.classes || options.classes.includes(c));
  const statuses = options.statuses ?? STATUSES.filter((s) => s !== 'superseded');
  const items: { width: number; markup: (x: number, y: number) => string }[] = [];
  for (const cls of classes) {
    const label = `${cls} ${ATTRIBUTION_LABELS[cls]}`;
    items.push({
      width: 22 + label.length * 7,
      markup: (x, y) =>
        el('path', {
          d: symbolPath(cls, 10),
          transform: `translate(${x + 6},${y - 4})`,
          class: `tf-shape ${options.neutral ? 'tf-neutral' : attClass(cls)} st-confirmed`,
        }) + text(x + 16, y, label, 'tf-legend-text'),
    });
  }
  for (const entry of STATUS_LEGEND.filter((e) => e.statuses.some((s) => statuses.includes(s)))) {
    items.push({
      width: 22 + entry.label.length * 7,
      markup: (x, y) =>
        el('circle', { cx: x + 6, cy: y - 4, r: 5, class: `tf-shape tf-neutral ${entry.cls}` }) +
        text(x + 16, y, entry.label, 'tf-legend-text'),
    });
  }
  let x = 0;
  let y = 12;
  const rowHeight = 18;
  const parts: string[] = [];
  for (const item of items) {
    if (x > 0 && x + item.width > width) {
      x = 0;
      y += rowHeight;
    }
    parts.push(item.markup(x, y));
    x += item.width + 10;
  }
  return { body: el('g', { class: 'tf-legend', 'aria-hidden': 'true' }, parts.join('')), height: y + 8 };
}
