/**
 * How a dataset figure reads inside a sentence. Counts print as bare numbers ("about 12,000") so the
 * sentence names what is counted; money and measures carry their unit ("$34.4 million", "850 km").
 */
import { formatNumber } from './format.ts';

/** "a", "a and b", "a, b and c": a list as a sentence reads it. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
import type { Figure } from './schema.ts';

/** `words`: a whole number from one to nine prints as a word (house style for prose); measures keep digits. */
type UnitStyle = { prefix?: string; suffix?: string; decimals?: number; words?: boolean };

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** 6 → "six", 12 → "12": house style writes one to nine in words. */
export function countInWords(value: number): string | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 9 ? NUMBER_WORDS[value - 1] : undefined;
}

/** Units that print with the number; every other unit is a count noun the sentence supplies. */
const UNIT_STYLES: Record<string, UnitStyle> = {
  USD: { prefix: '$' },
  RUB: { suffix: ' roubles' },
  'RUB/kg': { suffix: ' roubles a kilogram' },
  'USD/hour': { prefix: '$', suffix: ' an hour', decimals: 2 },
  km: { suffix: ' km' },
  m: { suffix: ' m' },
  '%': { suffix: '%' },
  percent: { suffix: '%' },
  hours: { suffix: ' hours', words: true },
  h: { suffix: ' hours', words: true },
  days: { suffix: ' days', words: true },
  'km²': { suffix: ' km²' },
  Mt: { suffix: ' million tonnes' },
  'Mt/year': { suffix: ' million tonnes a year' },
  t: { suffix: ' tonnes' },
  mm: { suffix: ' mm' },
};

/** Numbers as format.ts writes them ("34.4 million"), or with fixed decimals where the unit needs cents. */
export function formatQuantity(value: number, decimals?: number): string {
  return decimals !== undefined ? value.toFixed(decimals) : formatNumber(value);
}

/** The words a figure prints as in prose, qualifier first: "about 12,000", "$34.4 million", "six", "7–12". */
export function formatFigureForProse(figure: Figure): string {
  const style = UNIT_STYLES[figure.unit] ?? { words: true };
  const one = (n: number) => `${style.prefix ?? ''}${formatQuantity(n, style.decimals)}`;
  const word = figure.value !== undefined && style.words ? countInWords(figure.value) : undefined;
  const amount =
    word !== undefined
      ? word
      : figure.value !== undefined
        ? one(figure.value)
        : `${one(figure.low!)}–${formatQuantity(figure.high!, style.decimals)}`;
  const qualifier = figure.qualifier ?? (figure.approximate && figure.value !== undefined ? 'about' : undefined);
  return [qualifier, `${amount}${style.suffix ?? ''}`].filter(Boolean).join(' ');
}

/** Picks the figure a <Num> asks for: the named one, or the claim's first. */
export function pickFigure(claim: { id: string; figures: Figure[] }, key?: string): Figure {
  if (claim.figures.length === 0) throw new Error(`<Num claim="${claim.id}">: claim ${claim.id} has no figures`);
  // Without a key the first figure is the claim's headline number.
  if (key === undefined) return claim.figures[0]!;
  const figure = claim.figures.find((f) => f.key === key);
  if (!figure)
    throw new Error(
      `<Num claim="${claim.id}" k="${key}">: no figure "${key}"; the claim has ${claim.figures
        .map((f) => `"${f.key}"`)
        .join(', ')}`,
    );
  return figure;
}
