/**
 * Dates and numbers as tables, lists and captions print them (full unit, qualifier first):
 * "June 2024", "about 12,000 people", "7–12 companies", "$34.4 million".
 * Prose inside sentences uses prose-format.ts, which leaves count nouns to the sentence.
 */
import type { Category, Figure, PartialDate, Status } from './schema.ts';
import { formatDate, precisionOf, type DatePrecision } from './dates.ts';

export type { DatePrecision };

/** "2024" → "year", "2024-06" → "month", "2024-06-19" → "day". */
export function datePrecision(date: PartialDate): DatePrecision {
  return precisionOf(date);
}

/** "2024" → "2024"; "2024-06" → "June 2024"; "2024-06-19" → "19 June 2024"; estimated dates get "(estimated)". */
export function formatPartialDate(date: PartialDate, options: { estimated?: boolean } = {}): string {
  const text = formatDate(date);
  return options.estimated ? `${text} (estimated)` : text;
}

const groupedNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 12000 → "12,000"; 34400000 → "34.4 million"; 2.5e9 → "2.5 billion"; 0.25 → "0.25". */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9) return `${groupedNumber.format(Number((value / 1e9).toFixed(2)))} billion`;
  if (magnitude >= 1e6) return `${groupedNumber.format(Number((value / 1e6).toFixed(2)))} million`;
  return groupedNumber.format(value);
}

/** Units written before the number; every other unit follows it after a space (or none, for "%"). */
const PREFIX_UNITS: Record<string, string> = { USD: '$', EUR: '€', CNY: 'CN¥' };
const UNSPACED_UNITS = new Set(['%']);

function withUnit(amount: string, unit: string): string {
  const prefix = PREFIX_UNITS[unit];
  if (prefix) return `${prefix}${amount}`;
  if (unit === 'percent') return `${amount}%`;
  return UNSPACED_UNITS.has(unit) ? `${amount}${unit}` : `${amount} ${unit}`;
}

/** "about 12,000 people", "7–12 companies", "over $2 billion", "$1–2 million". */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'low' | 'high' | 'unit' | 'qualifier' | 'approximate'>,
): string {
  let amount: string;
  if (figure.value !== undefined) amount = formatNumber(figure.value);
  else if (figure.low !== undefined && figure.high !== undefined) {
    const low = formatNumber(figure.low);
    const high = formatNumber(figure.high);
    // "1–2 million" rather than "1 million–2 million" when both ends share the magnitude word.
    const shared = / (million|billion)$/.exec(high)?.[0];
    amount = shared && low.endsWith(shared) ? `${low.slice(0, -shared.length)}–${high}` : `${low}–${high}`;
  } else amount = '?';
  const qualifier = figure.qualifier ?? (figure.approximate && figure.value !== undefined ? 'about' : undefined);
  const text = withUnit(amount, figure.unit);
  return qualifier ? `${qualifier} ${text}` : text;
}

/** Category names as headings and filters print them. */
export const CATEGORY_LABELS: Record<Category, string> = {
  diplomacy: 'Diplomacy',
  sanctions: 'Sanctions',
  'trade-office': 'Trade offices',
  trade: 'Trade',
  labour: 'Labour',
  trademark: 'Trademarks',
  goods: 'Goods',
  'trade-fair': 'Trade fairs',
  logistics: 'Logistics',
  tourism: 'Tourism',
  strategy: 'Strategy',
};

/** Status values in words, with what each means for the reader. */
export const STATUS_LABELS: Record<Status, { label: string; meaning: string }> = {
  planned: { label: 'planned', meaning: 'Announced or intended; not known to have happened yet.' },
  reported: { label: 'reported', meaning: 'Reported by the cited sources but not independently confirmed.' },
  confirmed: {
    label: 'confirmed',
    meaning: 'Shown by an official record, or reported independently by more than one reliable source.',
  },
  disputed: { label: 'disputed', meaning: 'Contradicted by another credible source; the record says by whom.' },
  superseded: {
    label: 'superseded',
    meaning: 'Overtaken by later information, such as a plan that changed or a figure that was revised.',
  },
};
