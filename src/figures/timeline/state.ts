/**
 * Timeline: every dated event from the fact base's timeline (t*) and the 2022 context rows (p*),
 * in category lanes, each with its attribution class and status.
 */
import { listInWords } from '../../lib/prose-format.ts';
import {
  CATEGORIES,
  type Attribution,
  type Category,
  type Dataset,
  type PartialDate,
  type Status,
} from '../../lib/schema.ts';
import { attributionText, FIGURE_TITLES } from '../../lib/vocabulary.ts';
import type { ChartBase } from '../shared/types.ts';
import { claimDate, claimsPart, countWord } from '../shared/claims.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { byDate } from '../../lib/dates.ts';
import { CATEGORY_LABELS } from '../../lib/format.ts';

export type TimelineEvent = {
  claimId: string;
  category: Category;
  date: PartialDate;
  dateEnd?: PartialDate;
  dateText: string;
  title: string;
  attribution: Attribution;
  status: Status;
};

/** What the takeaway says came first: the lanes whose records begin before the first diplomatic event. */
export type OrderingClaim = {
  earlier: Category[];
  later: Category;
  earlierFirst: PartialDate;
  laterFirst: PartialDate;
};

export type TimelineModel = ChartBase & {
  /** The ordering the takeaway states, so a test can hold it against the records' dates. */
  ordering: OrderingClaim | null;
  lanes: { category: Category; label: string }[];
  events: TimelineEvent[];
  /** First and last year shown, inclusive. */
  years: [number, number];
};

export { CATEGORY_LABELS };

/** Timeline rows and 2022 context rows, including split records such as "t13-bridge". */
const TIMELINE_ID = /^[tp]\d+(-[a-z0-9-]+)?$/;
const FIRST_YEAR = 2022;

/** The lanes whose first record comes before the first diplomatic event (null if diplomacy is first or absent). */
function orderingOf(events: TimelineEvent[]): OrderingClaim | null {
  const firstOf = new Map<Category, PartialDate>();
  for (const event of events) if (!firstOf.has(event.category)) firstOf.set(event.category, event.date);
  const laterFirst = firstOf.get('diplomacy');
  if (!laterFirst) return null;
  const earliest = [...firstOf.values()].sort()[0]!;
  // Compare by year-month prefix so an estimated month is not read as a day.
  const earlier = [...firstOf.entries()]
    .filter(([, date]) => date.slice(0, 4) === earliest.slice(0, 4) && date < laterFirst.slice(0, date.length))
    .map(([c]) => c);
  if (earlier.length === 0 || earlier.includes('diplomacy')) return null;
  return { earlier, later: 'diplomacy', earlierFirst: earliest, laterFirst };
}

export function prepareTimeline(dataset: Dataset): TimelineModel {
  const claims = dataset.claims
    .filter((c) => TIMELINE_ID.test(c.id) && Number(c.date.slice(0, 4)) >= FIRST_YEAR)
    .sort(byDate);
  const events: TimelineEvent[] = claims.map((c) => ({
    claimId: c.id,
    category: c.category,
    date: c.date,
    ...(c.dateEnd ? { dateEnd: c.dateEnd } : {}),
    dateText: claimDate(c),
    title: c.title,
    attribution: c.attribution,
    status: c.status,
  }));
  const lanes = CATEGORIES.filter((cat) => events.some((e) => e.category === cat)).map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
  }));
  const lastYear = Math.max(
    Number(dataset.meta.asOf.slice(0, 4)),
    ...events.map((e) => Number((e.dateEnd ?? e.date).slice(0, 4))),
  );
  const byClass = (cls: Attribution) => events.filter((e) => e.attribution === cls).length;
  const ordering = orderingOf(events);
  const notOfficial = events.length - byClass('OFF');
  const orderText = ordering
    ? `Records of ${listInWords(ordering.earlier.map((c) => CATEGORY_LABELS[c].toLowerCase()))} begin in ${formatPartialDate(ordering.earlierFirst)}, before the first diplomatic event (${formatPartialDate(ordering.laterFirst)}); `
    : '';
  return {
    id: 'timeline',
    title: FIGURE_TITLES.timeline,
    takeaway:
      `${orderText}${countWord(notOfficial)} of ${countWord(events.length)} events rest on reports, claims or analysis rather than official records.`.replace(
        /^./,
        (first) => first.toUpperCase(),
      ),
    description: `${events.length} dated events from ${FIRST_YEAR} to ${lastYear} in ${lanes.length} category lanes. Time runs left to right. Each event's shape shows who asserts it: circle official (${byClass('OFF')}), square named report (${byClass('RN')}), diamond anonymous-source report (${byClass('RA')}), triangle interested party (${byClass('CBP')}), cross analysis (${byClass('AN')}). Filled marks are confirmed, hollow ones reported or planned, dashed ones disputed. The data table lists every event.`,
    ...claimsPart(dataset, claims),
    table: {
      caption: 'Events by date',
      columns: ['Date', 'Category', 'Event', 'Attribution', 'Status', 'Claim', 'Sources'],
      rows: events.map((e, i) => [
        e.dateText,
        CATEGORY_LABELS[e.category],
        e.title,
        attributionText(e.attribution),
        e.status,
        e.claimId,
        claims[i]!.sources.join(' '),
      ]),
    },
    ordering,
    lanes,
    events,
    years: [FIRST_YEAR, lastYear],
  };
}
