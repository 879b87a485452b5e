/**
 * Story step states: what the sticky graphic shows while a step is active.
 * Declared on each <Step> in the chapter MDX; parsed here so a bad state fails the build by name.
 */
import { z } from 'astro/zod';
import { FIGURE_IDS, MAP_LAYERS } from './vocabulary.ts';

export const FigureIdSchema = z.enum(FIGURE_IDS);

export const MapLayerSchema = z.enum(MAP_LAYERS);

export const MapViewSchema = z
  .strictObject({
    /**
     * An override, used only where a test shows the frame computed from the step's subject is wrong:
     * [longitude, latitude] and a zoom meaning "this area in a 640 × 520 px frame". Give both or neither.
     */
    center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]).optional(),
    zoom: z.number().min(0).max(14).optional(),
    bearing: z.number().min(-180).max(180).default(0),
    /** ISO 3166-2 codes of regions to emphasise. */
    highlight: z.array(z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)).default([]),
    /** Dataset place ids to emphasise (markers get a ring and a label). */
    focus: z.array(z.string()).default([]),
    layers: z.array(MapLayerSchema).default([...MAP_LAYERS]),
  })
  .refine((view) => (view.center === undefined) === (view.zoom === undefined), {
    message: 'a map view override gives both center and zoom, or neither',
    path: ['zoom'],
  });
export type MapView = z.infer<typeof MapViewSchema>;

export const StepStateSchema = z
  .strictObject({
    figure: FigureIdSchema,
    /** Claim ids the chart emphasises (ignored by the map, which uses map.highlight/focus). */
    highlight: z.array(z.string()).default([]),
    map: MapViewSchema.optional(),
  })
  .refine((s) => s.figure !== 'map' || s.map !== undefined, {
    message: 'a step showing the map needs a map view',
    path: ['map'],
  });
export type StepState = z.infer<typeof StepStateSchema>;
/** A step's graphic state as written on <Step> in the MDX (defaults not yet applied). */
export type StepStateInput = z.input<typeof StepStateSchema>;

/**
 * "#labour-3" → { chapter: "labour", n: 3 }; "#labour-3b" → { chapter: "labour", n: 3, part: "b" }.
 * A long step read on a phone is split into parts: the first keeps the step's id, which educators
 * have linked, and the others add a letter (b, c, …), so every published id still opens its text.
 */
export function parseStepId(stepId: string): { chapter: string; n: number; part?: string } | null {
  const match = /^([a-z]+(?:-[a-z]+)*)-(\d{1,3})([b-z])?$/.exec(stepId);
  if (!match) return null;
  return match[3]
    ? { chapter: match[1]!, n: Number(match[2]), part: match[3] }
    : { chapter: match[1]!, n: Number(match[2]) };
}

/** What the map shows before any step is reached: no subject, so the map frames all of Russia and the Koreas. */
export const DEFAULT_MAP_VIEW: MapView = MapViewSchema.parse({});
