/**
 * The site's vocabulary: the words and ids that the build and the browser both use, written once.
 * Attribution classes (order, labels, badge text, verbs), the who-said-it phrase, which units
 * count people, figure ids and titles, map layer ids and labels, and the story's step event.
 * Plain data and tiny functions only (no zod, no DOM, no I/O), so any module can import it.
 */
import type { StepState } from './steps.ts';

// ─── Attribution classes ──────────────────────────────────────────────────────────────────────

/** Attribution classes, shown as labelled badges. Order = strength of attribution, strongest first. */
export const ATTRIBUTION_CLASSES = ['OFF', 'RN', 'RA', 'CBP', 'AN'] as const;
export type AttributionClass = (typeof ATTRIBUTION_CLASSES)[number];

/** Long label: what the class means, for badges' hidden text, tables, legends and CSV. */
export const ATTRIBUTION_LABELS: Record<AttributionClass, string> = {
  OFF: 'official',
  RN: 'named report',
  RA: 'anonymous-source report',
  CBP: 'claim by an interested party',
  AN: 'analysis or estimate',
};

/** One sentence per class for the methodology page and badge titles. */
export const ATTRIBUTION_MEANINGS: Record<AttributionClass, string> = {
  OFF: 'A government, ministry, state body, UN panel or company says so on the record.',
  RN: 'A news outlet reports it in its own name, from documents, named people or its own observation.',
  RA: 'A news outlet reports it from sources it does not name.',
  CBP: 'A party with a stake in how the claim is received asserts it, for example a belligerent’s intelligence service.',
  AN: 'A researcher, consultancy or think tank estimates or argues it.',
};

/** How prose words a claim of each class: the verb pattern, with <who> for the claimant or reporter. */
export const ATTRIBUTION_WORDING: Record<AttributionClass, string> = {
  OFF: 'according to <official>',
  RN: '<outlet> reported',
  RA: 'reportedly; according to an unnamed source',
  CBP: '<party> claimed',
  AN: '<analyst> estimated / argued',
};

/** "CBP · claim by an interested party": the text form used where a badge cannot be coloured. */
export function attributionText(cls: AttributionClass): string {
  return `${cls} · ${ATTRIBUTION_LABELS[cls]}`;
}

/** "CBP, claim by an interested party": the same inside a sentence (accessible names, tooltips). */
export function attributionInSentence(cls: AttributionClass): string {
  return `${cls}, ${ATTRIBUTION_LABELS[cls]}`;
}

/**
 * The attributing phrase for a claim, e.g. attributionVerb('CBP', 'HUR') → "HUR claimed".
 * RA names the outlet and says its sources are unnamed.
 */
export function attributionVerb(cls: AttributionClass, who: string): string {
  switch (cls) {
    case 'OFF':
      return `according to ${who}`;
    case 'RN':
      return `${who} reported`;
    case 'RA':
      return `${who} reported, citing unnamed sources`;
    case 'CBP':
      return `${who} claimed`;
    case 'AN':
      return `${who} estimated`;
  }
}

// ─── Who said it ──────────────────────────────────────────────────────────────────────────────

/**
 * Who asserts a claim, and who made it public when that is someone else:
 * "South Korean intelligence, via BBC". A comma, not brackets: reporter fields carry their own
 * brackets ("BBC (via The Moscow Times)"), and brackets inside brackets do not read.
 */
export function whoSaidIt(claim: { claimant: string; reporter?: string | null | undefined }): string {
  return claim.reporter ? `${claim.claimant}, via ${claim.reporter}` : claim.claimant;
}

// ─── Unit kinds ───────────────────────────────────────────────────────────────────────────────

/** Units that count people (workers, personnel…): the labour chart and the map's labour layer use this. */
const PEOPLE_UNITS = /^(people|persons|workers|labourers|specialists|personnel|builders|deminers|sappers)$/i;
/** Units that count exhibiting firms, whatever the wording ("companies", "Russian exhibitors", "firms"). */
const EXHIBITOR_UNITS = /compan|firm|exhibitor|business/i;

export type UnitKind = 'people' | 'exhibitors' | 'money' | 'other';

export function unitKind(unit: string): UnitKind {
  if (PEOPLE_UNITS.test(unit)) return 'people';
  if (EXHIBITOR_UNITS.test(unit)) return 'exhibitors';
  if (unit === 'USD' || unit === 'RUB') return 'money';
  return 'other';
}

export function countsPeople(unit: string): boolean {
  return unitKind(unit) === 'people';
}

// ─── Figures ──────────────────────────────────────────────────────────────────────────────────

/** Every figure the site draws; each chart's code is in src/figures/<id>/. Gallery order follows the story. */
export const FIGURE_IDS = [
  'map',
  'timeline',
  'labour-claims',
  'goods-brands',
  'trade-fairs',
  'trade-offices',
  'entries',
  'turnover',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];
export type ChartId = Exclude<FigureId, 'map'>;
/** The charts in gallery order (the order a reader first meets them in the story). */
export const CHART_IDS = [
  'timeline',
  'trade-offices',
  'labour-claims',
  'entries',
  'goods-brands',
  'trade-fairs',
  'turnover',
] as const satisfies readonly ChartId[];

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

/** Each figure's title: one source for the story, the gallery, embeds and snapshot alt text. */
export const FIGURE_TITLES: Record<FigureId, string> = {
  map: 'Where North Korea is active in Russia',
  timeline: 'Timeline of North Korea–Russia economic ties, 2022–2026',
  'labour-claims': 'How many North Korean workers? Claims by who made them',
  'goods-brands': 'North Korean goods and brands in Russia',
  'trade-fairs': 'Exhibitors at trade fairs, by origin',
  'trade-offices': 'The 2022 plan for six trade offices, and what is known since',
  entries: 'North Korean entries into Russia, as published',
  turnover: 'Russia–North Korea trade turnover: statements, not a series',
};

// ─── Map layers ───────────────────────────────────────────────────────────────────────────────

/** Map overlay layers built from the dataset; a step lists the ones it shows. */
export const MAP_LAYERS = [
  'activity', // regions shaded by documented activity
  'trade-offices',
  'labour',
  'trademarks',
  'trade-fairs',
  'crossings',
  'logistics',
  'tourism',
] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** A layer's name in a legend or a layer list. */
export const MAP_LAYER_LABELS: Record<MapLayer, string> = {
  activity: 'Regions by documented activity',
  'trade-offices': 'Trade offices',
  labour: 'Labour deployments',
  trademarks: 'Trademarks and goods',
  'trade-fairs': 'Trade-fair partners',
  crossings: 'Border crossings',
  logistics: 'Transport links',
  tourism: 'Tourism',
};

/** A layer inside a sentence ("Showing trade offices and labour deployments."). */
export const MAP_LAYER_PHRASES: Record<MapLayer, string> = {
  activity: 'regions shaded by documented activity',
  'trade-offices': 'trade offices',
  labour: 'labour deployments',
  trademarks: 'trademarks and goods',
  'trade-fairs': 'trade-fair partners',
  crossings: 'border crossings',
  logistics: 'transport links',
  tourism: 'tourism',
};

// ─── The story's step event ───────────────────────────────────────────────────────────────────

/** Dispatched on document by the scroller when a step becomes active; figures listen for it. */
export const STEP_EVENT = 'tumen:step';

/** The event's detail: which step, the graphic state it declares, and whether to skip transitions. */
export type StepDetail = { stepId: string; state: StepState; instant: boolean };
