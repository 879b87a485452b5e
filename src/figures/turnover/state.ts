/**
 * Trade turnover: each statement a separate labelled point by speaker. Deliberately not a line:
 * the figures come from different speakers and methods and are not one series (facts.md §4 item 4).
 */
import type { Claim, Dataset, Figure } from '../../lib/schema.ts';
import { attributionInSentence, FIGURE_TITLES, whoSaidIt } from '../../lib/vocabulary.ts';
import { formatFigure } from '../../lib/format.ts';
import type { ChartBase } from '../shared/types.ts';
import type { Row, RowPlotModel } from '../shared/rowplot.ts';
import { claimCells, claimDate, claimsPart, countWord } from '../shared/claims.ts';

export type TurnoverModel = ChartBase & RowPlotModel;

type Statement = { claim: Claim; figure: Figure };

/** How many speakers, and how the latest full-year figure compares with the highest earlier one. */
function turnoverTakeaway(statements: Statement[]): string {
  const speakers = new Set(statements.map((s) => s.claim.claimant)).size;
  const fullYears = statements.filter((s) => /^\d{4}$/.test(s.figure.asOf) && s.figure.value !== undefined);
  const latest = fullYears.at(-1);
  const highest = [...fullYears].sort((a, b) => b.figure.value! - a.figure.value!)[0];
  const comparison =
    latest && highest && highest !== latest
      ? `; the ${latest.figure.asOf} figure (${formatFigure(latest.figure)}) is below the ${highest.figure.asOf} one (${formatFigure(highest.figure)})`
      : '';
  return `${countWord(statements.length).replace(/^./, (c) => c.toUpperCase())} statements from ${countWord(speakers)} speakers, by different methods${comparison}.`;
}

export function prepareTurnover(dataset: Dataset): TurnoverModel {
  const statements = dataset.claims
    .filter((c) => c.id.startsWith('d2-'))
    .flatMap((claim) => claim.figures.filter((f) => f.unit === 'USD').map((figure) => ({ claim, figure })))
    // In order of the period described, then of when it was said.
    .sort((a, b) => a.figure.asOf.localeCompare(b.figure.asOf) || a.claim.date.localeCompare(b.claim.date));
  const claims = [...new Set(statements.map((s) => s.claim))];
  const rows: Row[] = statements.map(({ claim, figure }) => ({
    key: `${claim.id}:${figure.key}`,
    group: 'turnover',
    label: figure.label,
    sublabel: `said ${claimDate(claim)} by ${whoSaidIt(claim)}`,
    marks: [
      {
        claimId: claim.id,
        attribution: claim.attribution,
        status: claim.status,
        value: figure.value ?? ((figure.low ?? 0) + (figure.high ?? 0)) / 2,
        ...(figure.value === undefined ? { low: figure.low!, high: figure.high! } : {}),
        valueText: formatFigure(figure),
        ariaLabel: `${figure.label}: ${formatFigure(figure)}, according to ${claim.claimant} (${attributionInSentence(claim.attribution)}), said ${claimDate(claim)}.`,
      },
    ],
  }));
  const maxValue = Math.max(0, ...statements.map((s) => s.figure.high ?? s.figure.value ?? 0));
  return {
    id: 'turnover',
    title: FIGURE_TITLES.turnover,
    takeaway: turnoverTakeaway(statements),
    description: `${rows.length} statements of annual Russia–North Korea trade turnover in US dollars, each a separate point labelled with its speaker and date. They are not one consistent series, so they are not joined by a line; none includes arms or oil shipments.`,
    ...claimsPart(dataset, claims),
    table: {
      caption: 'Statements of trade turnover',
      columns: ['Period', 'Value', 'Speaker', 'Attribution', 'Said', 'Status', 'Claim', 'Sources'],
      rows: statements.map(({ claim, figure }) => [figure.label, formatFigure(figure), ...claimCells(claim)]),
    },
    groups: [{ key: 'turnover', label: 'Annual trade turnover, as stated (US$)' }],
    rows,
    xKind: 'usd',
    xDomain: [0, maxValue || 1],
    xLabel: 'US dollars',
  };
}
