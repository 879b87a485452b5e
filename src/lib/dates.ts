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

// Calendar arithmetic on partial dates: the validator, the charts and the exports share these.

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for "2024", "2024-06", "2024-02-29"; false for "2024-02-30", "2023-02-29" or anything malformed. */
export function isRealPartialDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const lastDay = month === 2 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= lastDay;
}

/** First day of the period a partial date names: "2024-06" → "2024-06-01". */
export function startOfPartialDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Last day of the period a partial date names: "2024-02" → "2024-02-29". */
export function endOfPartialDate(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const lastDay = month === 2 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  return `${date}-${String(lastDay).padStart(2, '0')}`;
}

export type DateSpan = { start: Date; end: Date; mid: Date };

/** A partial date (and optional end) as the span of time it names, so a year-only date draws as a year. */
export function dateSpan(date: PartialDate, dateEnd?: PartialDate): DateSpan {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const start = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const endOf = (value: PartialDate): Date => {
    const [ey, em, ed] = value.split('-').map(Number) as [number, number?, number?];
    if (ed !== undefined) return new Date(Date.UTC(ey, em! - 1, ed + 1));
    if (em !== undefined) return new Date(Date.UTC(ey, em, 1));
    return new Date(Date.UTC(ey + 1, 0, 1));
  };
  const end = endOf(dateEnd ?? date);
  return { start, end, mid: new Date((start.getTime() + end.getTime()) / 2) };
}

/** Sort key: a record's start date, then its id (numerically: t9 before t10). */
export function byDate<T extends { date: PartialDate; id: string }>(a: T, b: T): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id, 'en', { numeric: true });
}
