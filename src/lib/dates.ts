/** Dates as readers see them. A partial ISO date carries its own precision: YYYY, YYYY-MM, YYYY-MM-DD. */
import type { PartialDate } from './schema.ts';

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024" → "2024"; "2024-06" → "June 2024"; "2024-06-19" → "19 June 2024". */
export function formatDate(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A span of dates, shortened where parts repeat: "26–30 June 2024", "27 October – 1 November 2025". */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  if (!end || end === start) return formatDate(start);
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  if (sd && ed && sy === ey && sm === em) return `${Number(sd)}–${formatDate(end)}`;
  if (sd && ed && sy === ey) return `${formatDate(start).replace(` ${sy}`, '')} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
