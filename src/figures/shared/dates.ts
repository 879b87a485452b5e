/** Partial dates ("2024", "2024-06", "2024-06-19") as time spans, so a year-only date is drawn as a year. */
import type { PartialDate } from '../../lib/schema.ts';

export type DateSpan = { start: Date; end: Date; mid: Date };

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

/** Sort key: a claim's start date, then its id. */
export function byDate<T extends { date: PartialDate; id: string }>(a: T, b: T): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id, 'en', { numeric: true });
}
