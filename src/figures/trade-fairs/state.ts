/**
 * Trade-fair exhibitors by origin: each reported count a separate row, ranges drawn with whiskers,
 * disagreeing counts for the same fair side by side (e.g. Primorsky 2024: 20 vs "several dozen").
 */
import type { Dataset } from '../../lib/schema.ts';
import { attributionInSentence, FIGURE_TITLES, unitKind, whoSaidIt } from '../../lib/vocabulary.ts';
import { formatFigure } from '../../lib/format.ts';
import type { ChartBase } from '../shared/types.ts';
import type { Row, RowGroup, RowPlotModel } from '../shared/rowplot.ts';
import { claimCells, claimDate, claimsPart, countWord } from '../shared/claims.ts';
import { byDate } from '../../lib/dates.ts';

const isCount = (unit: string) => unitKind(unit) === 'exhibitors';

export type TradeFairsModel = ChartBase & RowPlotModel;

export function prepareTradeFairs(dataset: Dataset): TradeFairsModel {
  const claims = dataset.claims
    .filter((c) => c.category === 'trade-fair' || c.compareGroup?.startsWith('fair-'))
    // Claims in a fair's compare group stay in even without a number: they are part of the disagreement.
    .filter((c) => c.figures.some((f) => isCount(f.unit)) || c.compareGroup?.startsWith('fair-'))
    .sort(byDate);
  const groups: RowGroup[] = [];
  const rows: Row[] = [];
  const tableRows: string[][] = [];
  for (const claim of claims) {
    const counts = claim.figures.filter((f) => isCount(f.unit));
    if (counts.length === 0) {
      const groupKey = claim.compareGroup!;
      if (!groups.some((g) => g.key === groupKey)) groups.push({ key: groupKey, label: claim.title });
      rows.push({
        key: claim.id,
        group: groupKey,
        label: whoSaidIt(claim),
        sublabel: `said ${claimDate(claim)}`,
        marks: [
          {
            claimId: claim.id,
            attribution: claim.attribution,
            status: claim.status,
            valueText: 'no exact number',
            ariaLabel: `${claim.title} (no exact number), according to ${whoSaidIt(claim)} (${attributionInSentence(claim.attribution)}; ${claim.status}).`,
          },
        ],
      });
      tableRows.push([claim.title, 'no exact number', ...claimCells(claim)]);
    }
    for (const figure of counts) {
      // Claims about the same count share a group; a lone claim is its own group, named by what it counts.
      const groupKey = claim.compareGroup ?? `${claim.id}:${figure.key}`;
      if (!groups.some((g) => g.key === groupKey)) groups.push({ key: groupKey, label: figure.label });
      // Notes can be long: they go in the table and the accessible name, not beside the mark.
      const valueText = formatFigure({ ...figure, unit: '' }).trim();
      rows.push({
        key: `${claim.id}:${figure.key}`,
        group: groupKey,
        label: whoSaidIt(claim),
        sublabel: `said ${claimDate(claim)}`,
        marks: [
          {
            claimId: claim.id,
            attribution: claim.attribution,
            status: claim.status,
            ...(figure.value !== undefined ? { value: figure.value } : { low: figure.low!, high: figure.high! }),
            valueText,
            ariaLabel: `${figure.label}: ${formatFigure(figure)}${figure.note ? ` (${figure.note})` : ''}, according to ${whoSaidIt(claim)} (${attributionInSentence(claim.attribution)}; ${claim.status}).`,
          },
        ],
      });
      tableRows.push([
        figure.label,
        formatFigure(figure) + (figure.note ? ` (${figure.note})` : ''),
        ...claimCells(claim),
      ]);
    }
  }
  const maxValue = Math.max(0, ...rows.flatMap((r) => r.marks.map((m) => m.high ?? m.value ?? 0)));
  const disagreeing = groups.filter((g) => rows.filter((r) => r.group === g.key).length > 1).length;
  return {
    id: 'trade-fairs',
    title: FIGURE_TITLES['trade-fairs'],
    takeaway: `${countWord(rows.filter((r) => r.marks[0]!.value !== undefined || r.marks[0]!.low !== undefined).length).replace(/^./, (c) => c.toUpperCase())} exhibitor counts are on record; for ${countWord(disagreeing)} ${disagreeing === 1 ? 'fair' : 'fairs'} the sources disagree on how many came.`,
    description: `${rows.length} reported counts of exhibitors at trade fairs and exhibitions, grouped by fair and origin. Ranges are drawn as bars with end caps; counts that disagree are shown side by side, not averaged.`,
    ...claimsPart(dataset, claims),
    table: {
      caption: 'Exhibitor counts by fair and origin',
      columns: ['What was counted', 'Count', 'Claimant', 'Attribution', 'Date said', 'Status', 'Claim', 'Sources'],
      rows: tableRows,
    },
    groups,
    rows,
    xKind: 'count',
    xDomain: [0, maxValue || 1],
    xLabel: 'exhibitors (as reported)',
  };
}
