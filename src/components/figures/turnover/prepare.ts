/**
 * Trade turnover: each statement a separate labelled point by speaker. Deliberately not a line:
 * the figures come from different speakers and methods and are not one series (facts.md §4 item 4).
 */
import type { Dataset } from '../../../lib/schema.ts';
import { FIGURE_TITLES } from '../../../lib/vocabulary.ts';
import { ATTRIBUTION_LABELS, whoSaidIt } from '../../../lib/vocabulary.ts';
import { formatFigure } from '../../../lib/format.ts';
import type { ChartBase } from '../shared/types.ts';
import type { Row, RowPlotModel } from '../shared/rowplot.ts';
import { claimDate, claimsPart } from '../shared/claims.ts';

export type TurnoverModel = ChartBase & RowPlotModel;

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
    sublabel: `${whoSaidIt(claim)}, ${claimDate(claim)}`,
    marks: [
      {
        claimId: claim.id,
        attribution: claim.attribution,
        status: claim.status,
        value: figure.value ?? ((figure.low ?? 0) + (figure.high ?? 0)) / 2,
        ...(figure.value === undefined ? { low: figure.low!, high: figure.high! } : {}),
        valueText: formatFigure(figure),
        ariaLabel: `${figure.label}: ${formatFigure(figure)}, according to ${claim.claimant} (${claim.attribution}, ${ATTRIBUTION_LABELS[claim.attribution]}), said ${claimDate(claim)}.`,
      },
    ],
  }));
  const maxValue = Math.max(0, ...statements.map((s) => s.figure.high ?? s.figure.value ?? 0));
  return {
    id: 'turnover',
    title: FIGURE_TITLES.turnover,
    takeaway:
      'Each figure comes from a different speaker and method; a 2024 "record" of about $34 million is below the 2020 customs figure.',
    description: `${rows.length} statements of annual Russia–North Korea trade turnover in US dollars, each a separate point labelled with its speaker and date. They are not one consistent series, so they are not joined by a line; none includes arms or oil shipments.`,
    ...claimsPart(dataset, claims),
    table: {
      caption: 'Statements of trade turnover',
      columns: ['Period', 'Value', 'Speaker', 'Attribution', 'Said', 'Status', 'Claim', 'Sources'],
      rows: statements.map(({ claim, figure }) => [
        figure.label,
        formatFigure(figure),
        whoSaidIt(claim),
        `${claim.attribution} · ${ATTRIBUTION_LABELS[claim.attribution]}`,
        claimDate(claim),
        claim.status,
        claim.id,
        claim.sources.join(' '),
      ]),
    },
    groups: [{ key: 'turnover', label: 'Annual trade turnover, as stated (US$)' }],
    rows,
    xKind: 'usd',
    xDomain: [0, maxValue || 1],
    xLabel: 'US dollars',
  };
}
