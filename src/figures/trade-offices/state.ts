/**
 * Trade offices: the 2022 plan for six offices as six slots — the cities each source named, the
 * slots no source named — and what is known since (no source confirms any opened).
 */
import type { Attribution, Claim, Dataset } from '../../lib/schema.ts';
import { FIGURE_TITLES } from '../../lib/vocabulary.ts';
import type { ChartBase } from '../shared/types.ts';
import { claimDate, claimsPart, countWord } from '../shared/claims.ts';
import { byDate } from '../../lib/dates.ts';
import { placeNamer } from '../shared/places.ts';

export type OfficeSlot = {
  key: string;
  /** City name, or null for a slot no source named. */
  city: string | null;
  placeId: string | null;
  /** Who named this city: the outlet that published it, per claim. */
  namedBy: { claimId: string; outlet: string; attribution: Attribution }[];
  /** plan: a city the plan's report named; addition: a city only a rewrite added; unnamed: a slot no one named. */
  style: 'plan' | 'addition' | 'unnamed';
  status: 'opened' | 'not-confirmed';
  statusText: string;
  /** Claims behind this slot, for tooltips and highlights. */
  claimIds: string[];
};

export type TradeOfficesModel = ChartBase & { planned: number; slots: OfficeSlot[]; planDate: string };

const PLAN_GROUP = 'trade-offices-2022';
/** Places too broad to be an office site (a region or country named as context). */
const CITY_KINDS = new Set(['city', 'district', 'zone', 'venue']);

function outlet(claim: Claim): string {
  return claim.reporter ?? claim.claimant;
}

export function prepareTradeOffices(dataset: Dataset): TradeOfficesModel {
  const placeName = placeNamer(dataset);
  const placeKind = new Map(dataset.places.map((p) => [p.id, p.kind]));
  const claims = dataset.claims
    .filter((c) => c.compareGroup === PLAN_GROUP || c.category === 'trade-office')
    .sort(byDate);
  // Records with their own date first: the plan's date should not be an estimate if one is known.
  const planClaims = claims
    .filter((c) => c.date.startsWith('2022') && c.figures.some((f) => f.unit === 'offices'))
    .sort((a, b) => Number(a.dateEstimated) - Number(b.dateEstimated));
  const laterClaims = claims.filter((c) => !c.date.startsWith('2022'));
  // Records of the same 2022 report that name a city the report itself did not (Khabarovsk, added
  // by Russia Briefing's rewrite): shown as that outlet's own addition, never as the report's.
  const additionClaims = claims.filter(
    (c) => c.compareGroup === PLAN_GROUP && c.date.startsWith('2022') && !planClaims.includes(c) && c.places.length > 0,
  );
  const planned = Math.max(
    0,
    ...planClaims.flatMap((c) => c.figures.filter((f) => f.unit === 'offices').map((f) => f.value ?? f.high ?? 0)),
  );

  const namedCities = new Map<string, OfficeSlot['namedBy']>();
  for (const claim of planClaims)
    for (const placeId of claim.places) {
      // Unknown kinds (place not in the gazetteer yet) are kept: better a visible id than a silent drop.
      if (placeKind.has(placeId) && !CITY_KINDS.has(placeKind.get(placeId)!)) continue;
      const list = namedCities.get(placeId) ?? [];
      if (!list.some((n) => n.outlet === outlet(claim)))
        list.push({ claimId: claim.id, outlet: outlet(claim), attribution: claim.attribution });
      namedCities.set(placeId, list);
    }
  const openedAt = (placeId: string) =>
    laterClaims.find(
      (c) => c.status === 'confirmed' && c.places.includes(placeId) && /open/i.test(`${c.title} ${c.text}`),
    );

  const citySlots: OfficeSlot[] = [...namedCities.entries()]
    .sort((a, b) => b[1].length - a[1].length || placeName(a[0]).localeCompare(placeName(b[0])))
    .map(([placeId, namedBy]) => {
      const opened = openedAt(placeId);
      const onlyOne = namedBy.length === 1 && planClaims.length > 1;
      return {
        key: placeId,
        city: placeName(placeId),
        placeId,
        namedBy,
        style: 'plan' as const,
        status: opened ? 'opened' : 'not-confirmed',
        statusText: opened
          ? `reported open, ${claimDate(opened)}`
          : onlyOne
            ? `named only by ${namedBy[0]!.outlet}; no confirmation it opened`
            : 'no confirmation it opened',
        claimIds: [...namedBy.map((n) => n.claimId), ...(opened ? [opened.id] : [])],
      };
    });
  const planCities = new Set(citySlots.map((s) => s.placeId));
  const additionSlots: OfficeSlot[] = additionClaims.flatMap((claim) =>
    claim.places
      .filter((placeId) => !planCities.has(placeId) && CITY_KINDS.has(placeKind.get(placeId) ?? 'city'))
      .map((placeId) => ({
        key: placeId,
        city: placeName(placeId),
        placeId,
        namedBy: [{ claimId: claim.id, outlet: outlet(claim), attribution: claim.attribution }],
        style: 'addition' as const,
        status: 'not-confirmed' as const,
        statusText: `${outlet(claim)}'s own addition, not in the report it rewrote; no confirmation it opened`,
        claimIds: [claim.id],
      })),
  );
  const unnamedCount = Math.max(0, planned - citySlots.length - additionSlots.length);
  const unnamedSlots: OfficeSlot[] = Array.from({ length: unnamedCount }, (_, i) => ({
    key: `unnamed-${i + 1}`,
    city: null,
    placeId: null,
    namedBy: [],
    style: 'unnamed',
    status: 'not-confirmed',
    statusText: 'never named by any source',
    claimIds: planClaims.map((c) => c.id),
  }));
  const slots = [...citySlots, ...additionSlots, ...unnamedSlots];
  const planDate = planClaims[0] ? claimDate(planClaims[0]) : '2022';
  return {
    id: 'trade-offices',
    title: FIGURE_TITLES['trade-offices'],
    takeaway: `A 2022 report said ${countWord(planned)} offices were planned and named ${countWord(citySlots.length)} cities${additionSlots.length > 0 ? ` (a rewrite of it added ${additionSlots.map((s) => s.city).join(' and ')})` : ''}; no source since confirms that any opened.`,
    description:
      `${countWord(planned)} slots for the trade offices North Korea reportedly planned in Russia in 2022. ${citySlots.map((s) => `${s.city}: named by ${s.namedBy.map((n) => n.outlet).join(' and ')}`).join('. ')}${citySlots.length ? '.' : ''} ${additionSlots.map((s) => `${s.city}: added by ${s.namedBy[0]!.outlet} alone.`).join(' ')} ${unnamedCount > 0 ? `${countWord(unnamedCount)} slots were never named.` : ''} ${slots.some((s) => s.status === 'opened') ? '' : 'No source confirms that any office opened.'}`
        .replace(/\s+/g, ' ')
        .trim(),
    // Only the records a slot draws: a claim no mark carries could be highlighted and light nothing.
    ...claimsPart(
      dataset,
      claims.filter((c) => slots.some((s) => s.claimIds.includes(c.id))),
    ),
    table: {
      caption: 'The six planned offices, who named each city, and what is known since',
      columns: ['Slot', 'City', 'Named by', 'Known since', 'Claims'],
      rows: slots.map((s, i) => [
        String(i + 1),
        s.city ?? 'not named',
        s.style === 'addition'
          ? `${s.namedBy[0]!.outlet} only (its own addition)`
          : s.namedBy.map((n) => n.outlet).join('; ') || '—',
        s.statusText,
        s.claimIds.join(' '),
      ]),
    },
    planned,
    slots,
    planDate,
  };
}
