import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ClaimSchema, MetaSchema, PlaceSchema, SourceSchema } from './lib/schema.ts';
import { loadDatasetOrThrow } from './lib/load-dataset.ts';

/** Chapters of the story, in reading order. Prose lives here; numbers come from the dataset. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z.strictObject({
    /** Stable anchor: /#<id>; steps are /#<id>-<n>. Never change once published. */
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    order: z.number().int().min(1),
    title: z.string().min(1),
    /** Two sentences for the table of contents, the teaching page and social cards. */
    summary: z.string().min(1),
    /** Short label for the navigation. */
    short: z.string().min(1),
  }),
});

// The dataset is validated as a whole (cross-references, dates, coordinates) before any
// collection is filled, so a broken record stops the build with every problem listed at once.
const datasetLoader = (pick: 'sources' | 'places' | 'claims') => async () => {
  const dataset = await loadDatasetOrThrow();
  return dataset[pick].map((record) => ({ ...record }));
};

const sources = defineCollection({ loader: datasetLoader('sources'), schema: SourceSchema });
const places = defineCollection({ loader: datasetLoader('places'), schema: PlaceSchema });
const claims = defineCollection({ loader: datasetLoader('claims'), schema: ClaimSchema });
const meta = defineCollection({
  loader: async () => [{ id: 'meta', ...(await loadDatasetOrThrow()).meta }],
  schema: MetaSchema.extend({ id: z.literal('meta') }),
});

export const collections = { chapters, sources, places, claims, meta };
