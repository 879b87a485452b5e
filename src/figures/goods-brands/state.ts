/**
 * Goods and brands: what North Korean firms registered (trademark filings) or sold and showed
 * (goods), where and when. One row per event; a month- or year-precision date shows as a span.
 */
import type { Dataset } from '../../lib/schema.ts';
import { attributionInSentence, attributionText, FIGURE_TITLES } from '../../lib/vocabulary.ts';
import type { ChartBase } from '../shared/types.ts';
import type { Row, RowGroup, RowPlotModel } from '../shared/rowplot.ts';
import { claimDate, claimsPart, countWord } from '../shared/claims.ts';
import { byDate, dateSpan } from '../../lib/dates.ts';
import { placeNamer } from '../shared/places.ts';

export const GOODS_GROUPS: RowGroup[] = [
  { key: 'trademark', label: 'Registered or filed: trademarks' },
  { key: 'goods', label: 'Sold or shown: goods' },
];

/** Timeline rows, plus seed claims that no timeline row repeats (c014 jam…accordions, c015 Taedonggang beer). */
const TIMELINE_ID = /^[tp]\d+(-[a-z0-9-]+)?$/;
const SEED_ONLY_IDS = new Set(['c014', 'c015']);

export type GoodsBrandsModel = ChartBase & RowPlotModel;

export function prepareGoodsBrands(dataset: Dataset): GoodsBrandsModel {
  const placeName = placeNamer(dataset);
  const claims = dataset.claims
    .filter((c) => c.category === 'trademark' || c.category === 'goods')
    .filter((c) => TIMELINE_ID.test(c.id) || SEED_ONLY_IDS.has(c.id))
    .sort(byDate);
  const rows: Row[] = claims.map((claim) => {
    const span = dateSpan(claim.date, claim.dateEnd);
    const where = claim.places.map(placeName).join(', ') || 'place not given';
    const when = claimDate(claim);
    const exact = claim.date.length === 10 && !claim.dateEnd;
    return {
      key: claim.id,
      group: claim.category,
      label: claim.title,
      sublabel: `${where} · ${when}`,
      marks: [
        {
          claimId: claim.id,
          attribution: claim.attribution,
          status: claim.status,
          colourClass: `cat-${claim.category}`,
          ...(exact ? { value: span.start.getTime() } : { low: span.start.getTime(), high: span.end.getTime() }),
          valueText: where,
          ariaLabel: `${when}, ${where}: ${claim.title} (${attributionInSentence(claim.attribution)}; ${claim.status}).`,
        },
      ],
    };
  });
  const asOfYear = Number(dataset.meta.asOf.slice(0, 4));
  const firstYear = Math.min(2024, ...claims.map((c) => Number(c.date.slice(0, 4))));
  return {
    id: 'goods-brands',
    title: FIGURE_TITLES['goods-brands'],
    takeaway: `${countWord(claims.filter((c) => c.category === 'trademark').length).replace(/^./, (c) => c.toUpperCase())} trademark filings and ${countWord(claims.filter((c) => c.category === 'goods').length)} sales or showings of goods are on record; ${countWord(claims.filter((c) => c.attribution === 'OFF').length)} of them rest on an official statement, the rest on news reports.`,
    description: `${rows.length} trademark filings and sales or showings of North Korean goods in Russia, by date, each labelled with its place. Shapes show the attribution class.`,
    ...claimsPart(dataset, claims),
    table: {
      caption: 'Trademark filings and goods, by date',
      columns: ['Date', 'Kind', 'What', 'Where', 'Attribution', 'Status', 'Claim', 'Sources'],
      rows: claims.map((c) => [
        claimDate(c),
        c.category === 'trademark' ? 'Trademark' : 'Goods',
        c.title,
        c.places.map(placeName).join(', '),
        attributionText(c.attribution),
        c.status,
        c.id,
        c.sources.join(' '),
      ]),
    },
    groups: GOODS_GROUPS,
    rows,
    xKind: 'time',
    xDomain: [Date.UTC(firstYear, 0, 1), Date.UTC(asOfYear + 1, 0, 1)],
    xLabel: 'date (a bar spans a month or year when only that is known)',
  };
}
