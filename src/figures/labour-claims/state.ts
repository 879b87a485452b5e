/**
 * Labour claims: every reported number of North Korean workers or personnel, one row per figure,
 * grouped by what was counted. Disagreeing claims stay separate rows; nothing is averaged.
 */
import type { Dataset, Figure } from '../../lib/schema.ts';
import { attributionInSentence, countsPeople, FIGURE_TITLES, whoSaidIt } from '../../lib/vocabulary.ts';
import { formatFigure } from '../../lib/format.ts';
import { formatPartialDate } from '../../lib/format.ts';
import type { ChartBase } from '../shared/types.ts';
import type { Row, RowGroup, RowPlotModel } from '../shared/rowplot.ts';
import { claimCells, claimDate, claimsPart, countWord } from '../shared/claims.ts';
import { byDate } from '../../lib/dates.ts';

export const LABOUR_GROUPS: RowGroup[] = [
  { key: 'alabuga-workers', label: 'Workers for the Alabuga drone plant' },
  { key: 'nk-workers-in-russia', label: 'North Korean workers in Russia' },
  { key: 'kursk-personnel', label: 'Sappers and builders for Kursk' },
];

export type LabourClaimsModel = ChartBase & RowPlotModel;

/** "For Alabuga, the claims run from about 12,000 to 25,000; two of 11 numbers are official statements." */
function labourTakeaway(rows: Row[]): string {
  const alabuga = rows.filter((r) => r.group === 'alabuga-workers').flatMap((r) => r.marks);
  const official = rows.filter((r) => r.marks[0]!.attribution === 'OFF').length;
  const byValue = [...alabuga].sort((a, b) => (a.value ?? a.low ?? 0) - (b.value ?? b.low ?? 0));
  const spread =
    byValue.length > 1
      ? `The numbers disagree: for Alabuga alone, ${byValue[0]!.valueText} against ${byValue.at(-1)!.valueText}. `
      : '';
  return `${spread}${countWord(official).replace(/^./, (c) => c.toUpperCase())} of the ${countWord(rows.length)} numbers ${official === 1 ? 'is an official statement' : 'are official statements'}; the rest come from reports, interested parties and analysts.`;
}

export function prepareLabourClaims(dataset: Dataset): LabourClaimsModel {
  const groupKeys = new Set(LABOUR_GROUPS.map((g) => g.key));
  const claims = dataset.claims
    .filter((c) => c.compareGroup !== undefined && groupKeys.has(c.compareGroup))
    .filter((c) => c.figures.some((f) => countsPeople(f.unit)))
    .sort(byDate);
  const rows: Row[] = [];
  const tableRows: string[][] = [];
  for (const claim of claims) {
    for (const figure of claim.figures.filter((f: Figure) => countsPeople(f.unit))) {
      const valueText = formatFigure({ ...figure, unit: '' }).trim();
      // A 2022 number must read as 2022 wherever it appears (facts.md §4 item 1).
      const when = claim.date.startsWith('2022') ? `${formatPartialDate(claim.date)} estimate` : claimDate(claim);
      rows.push({
        key: `${claim.id}:${figure.key}`,
        group: claim.compareGroup!,
        label: whoSaidIt(claim),
        sublabel: `${when} · ${figure.label}`,
        marks: [
          {
            claimId: claim.id,
            attribution: claim.attribution,
            status: claim.status,
            ...(figure.value !== undefined ? { value: figure.value } : { low: figure.low!, high: figure.high! }),
            valueText,
            ariaLabel: `${figure.label}: ${formatFigure(figure)}, according to ${whoSaidIt(claim)} (${attributionInSentence(claim.attribution)}), ${when}.`,
          },
        ],
      });
      tableRows.push([
        LABOUR_GROUPS.find((g) => g.key === claim.compareGroup)!.label,
        figure.label,
        formatFigure(figure),
        ...claimCells(claim, when),
      ]);
    }
  }
  const maxValue = Math.max(0, ...rows.flatMap((r) => r.marks.map((m) => m.high ?? m.value ?? 0)));
  const alabuga = rows.filter((r) => r.group === 'alabuga-workers');
  return {
    id: 'labour-claims',
    title: FIGURE_TITLES['labour-claims'],
    takeaway: labourTakeaway(rows),
    description:
      `${rows.length} reported numbers of North Korean workers or personnel in Russia, from ${countWord(new Set(claims.map((c) => c.claimant)).size)} claimants, each drawn separately and never averaged. ${alabuga.length > 0 ? `For Alabuga: ${alabuga.map((r) => `${r.marks[0]!.valueText} (${r.label}, ${r.marks[0]!.attribution})`).join(' versus ')}.` : ''} Shapes show the attribution class; hollow marks are reported but unconfirmed.`.trim(),
    ...claimsPart(dataset, claims),
    table: {
      caption: 'Reported numbers of North Korean workers and personnel, by claimant',
      columns: ['Group', 'What was counted', 'Number', 'Claimant', 'Attribution', 'Date', 'Status', 'Claim', 'Sources'],
      rows: tableRows,
    },
    groups: LABOUR_GROUPS,
    rows,
    xKind: 'count',
    xDomain: [0, maxValue || 1],
    xLabel: 'people (as claimed)',
  };
}
