/**
 * The dataset contract. Every record shape is written once here; types are derived from it.
 * JSON files in content/data/ must parse with these schemas; cross-record rules (unknown ids,
 * dates after the as-of date, coordinates off the map…) live in validate.ts.
 */
import { z } from 'astro/zod';
import { ATTRIBUTION_CLASSES } from './vocabulary.ts';

/** A date with its own precision: "2024", "2024-06" or "2024-06-19". Precision is read off its length. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** Attribution classes (their order and words are in vocabulary.ts). */
export const AttributionSchema = z.enum(ATTRIBUTION_CLASSES);
export type Attribution = z.infer<typeof AttributionSchema>;

export const CATEGORIES = [
  'diplomacy',
  'sanctions',
  'trade-office',
  'trade',
  'labour',
  'trademark',
  'goods',
  'trade-fair',
  'logistics',
  'tourism',
  'strategy',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const STATUSES = ['planned', 'reported', 'confirmed', 'disputed', 'superseded'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const SOURCE_KINDS = [
  'news', // a newsroom's own reporting (wire, newspaper, broadcaster, specialist outlet)
  'repost', // an aggregator or blog relaying another outlet's text
  'podcast',
  'consultancy',
  'think-tank', // research institute or satellite-imagery analysts (CSIS, RUSI…)
  'state-media', // TASS, RIA, KCNA, RT, Sputnik…
  'official', // a government, ministry, UN body, party, company release
  'official-register', // a public register entry (Rospatent)
  'intelligence-claim', // a belligerent's or a spy service's statement (HUR, NIS…)
  'industry', // trade associations, business bodies
] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

const Id = (pattern: RegExp, example: string) => z.string().regex(pattern, `must look like "${example}"`);

/** Free text we wrote ourselves: plain text only, never markup. validate.ts also rejects HTML. */
const PlainText = z.string().trim().min(1, 'must not be empty');

export const SourceSchema = z.strictObject({
  id: Id(/^S\d{2,3}$/, 'S07'),
  publisher: PlainText,
  title: PlainText,
  /** Publication date; null when the source is undated. */
  date: PartialDateSchema.nullable(),
  /** True when the date is our estimate rather than printed on the source. */
  dateEstimated: z.boolean().default(false),
  /**
   * How `title` may be printed: "headline", the source's own published title (shown in quotation
   * marks); "translation", our English rendering of a non-English headline (shown as such); or
   * "description", our own words for what the source is (never quoted). Unverified titles are descriptions.
   */
  titleKind: z.enum(['headline', 'translation', 'description']).default('description'),
  /** For a repost or relay: the outlet whose reporting it carries ("Daily NK"); source lines name that outlet first. */
  relays: PlainText.optional(),
  url: z.url({ protocol: /^https?$/ }),
  alsoAt: z.array(z.url({ protocol: /^https?$/ })).default([]),
  kind: SourceKindSchema,
  /** BCP 47 language of the source text, e.g. "en", "ru", "ko". */
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code such as "en"'),
  /** P = primary/originating outlet; Q = high-reputation outlet or wire; S = secondary repost. */
  reliability: z.enum(['P', 'Q', 'S']),
  /** One sentence on how far to trust it and for what. */
  reliabilityNote: PlainText,
  notes: PlainText.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const PLACE_KINDS = [
  'city',
  'region',
  'zone',
  'border-crossing',
  'port',
  'resort',
  'venue',
  'district',
  'airport',
  'facility',
  'river',
  'bridge',
  'macro-region',
  'country',
] as const;

export const PlaceSchema = z.strictObject({
  id: Id(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'vladivostok'),
  name: z.strictObject({
    en: PlainText,
    /** Native-script form: Russian for places in Russia, Korean for North Korea. */
    native: PlainText.optional(),
    alt: z.array(PlainText).default([]),
  }),
  kind: z.enum(PLACE_KINDS),
  /** ISO 3166-1 alpha-2 country. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "RU"'),
  /** ISO 3166-2 subdivision, e.g. "RU-PRI"; null for places spanning several (macro-regions). */
  region: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as "RU-PRI"')
    .nullable(),
  /** [longitude, latitude], WGS84; null when the place has no single point. */
  coordinates: z.tuple([z.number(), z.number()]).nullable(),
  /** high: a well-known centre; medium: within ~5-10 km; low: rough. */
  coordinateConfidence: z.enum(['high', 'medium', 'low']).nullable(),
  notes: PlainText.optional(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const FigureSchema = z
  .strictObject({
    /** Unique within its claim, so prose can pick it: <Num claim="t40" k="workers-now" />. */
    key: Id(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'workers'),
    /** What is counted, in a few words: "North Korean workers at Alabuga". */
    label: PlainText,
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    /** "people", "USD", "RUB/kg", "barrels", "entries", "trips", "companies", "km", "m"… */
    unit: PlainText,
    /** The date the number describes (not when it was published). */
    asOf: PartialDateSchema,
    /** The source rounded or hedged it ("about", "over", "nearly"). */
    approximate: z.boolean().default(false),
    /** "over" / "under" / "about" qualifiers worth printing. */
    qualifier: z.enum(['about', 'over', 'under', 'up to', 'at least', 'nearly']).optional(),
    note: PlainText.optional(),
  })
  .refine((f) => f.value !== undefined || (f.low !== undefined && f.high !== undefined), {
    message: 'needs a value, or both low and high',
  });
export type Figure = z.infer<typeof FigureSchema>;

export const ClaimSchema = z.strictObject({
  /** The fact base's row id lowercased ("c070", "t33", "p6", "d1-2024-q3"); a suffix when a row is split ("t13-bridge"). */
  id: Id(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 't33'),
  /** When it happened (or was said, for statements). */
  date: PartialDateSchema,
  /** Last day of a multi-day event. */
  dateEnd: PartialDateSchema.optional(),
  /** True when the date is our estimate (e.g. a seed's publication date). */
  dateEstimated: z.boolean().default(false),
  /** A short headline in our own words. */
  title: PlainText,
  /** One to three sentences in our own words. */
  text: PlainText,
  category: CategorySchema,
  places: z.array(z.string()).default([]),
  figures: z.array(FigureSchema).default([]),
  /** Who asserts it: "Ukraine's military intelligence (HUR)", "Sergei Shoigu". */
  claimant: PlainText,
  /** Who reported it to the public, when different from the claimant; null when the claimant published it. */
  reporter: PlainText.nullable(),
  attribution: AttributionSchema,
  status: StatusSchema,
  sources: z.array(z.string()).min(1, 'a claim needs at least one source'),
  /** Which seed document the claim comes from, when it does ("000"…"004"). */
  seed: z.enum(['000', '001', '002', '003', '004']).optional(),
  /** Claims about the same quantity or event that disagree or corroborate share a key, e.g. "alabuga-workers". */
  compareGroup: Id(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'alabuga-workers').optional(),
  /** Where sources disagree, or a trap a reader should know about (facts.md §4). */
  contradictions: PlainText.optional(),
  notes: PlainText.optional(),
  /**
   * Ids of records merged into this one (one claim, one record): their published links
   * (/data/#claim-<id>) land on this record, and citing them in prose fails the build by name.
   */
  replaces: z.array(Id(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'c070')).default([]),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const MetaSchema = z.strictObject({
  title: PlainText,
  /** Semantic version of the dataset: bump minor for new records, patch for corrections. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as "1.0.0"'),
  /** The last day the research covers (not the release date); no claim may be dated after it. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  /** One or two sentences on what the research covers and what it left out, printed beside the as-of date. */
  coverage: PlainText,
  licence: z.strictObject({ name: PlainText, url: z.url() }),
  credit: PlainText,
  changelog: z
    .array(
      z.strictObject({
        version: z.string().regex(/^\d+\.\d+\.\d+$/),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        changes: z.array(PlainText).min(1),
        /** Claim ids corrected in this version; embeds of figures using them show "corrected on". */
        corrected: z.array(z.string()).default([]),
      }),
    )
    .min(1),
});
export type Meta = z.infer<typeof MetaSchema>;

/** The whole dataset as one document: the shape of /data/tumen.json, and the type every derivation takes. */
export const DatasetDocumentSchema = z.strictObject({
  meta: MetaSchema,
  sources: z.array(SourceSchema),
  places: z.array(PlaceSchema),
  claims: z.array(ClaimSchema),
});
export type Dataset = z.infer<typeof DatasetDocumentSchema>;
