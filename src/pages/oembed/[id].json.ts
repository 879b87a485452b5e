/** /oembed/<figure-id>.json: the static oEmbed 1.0 "rich" document each embed page advertises. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildOembed, oembedProblems } from '../../lib/embed/oembed.ts';
import { socialImagePath } from '../../lib/embed/social-names.ts';
import { FIGURE_IDS, FIGURE_TITLES, type FigureId } from '../../lib/vocabulary.ts';

export const getStaticPaths = (() => FIGURE_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const id = params.id as FigureId;
  if (!site) throw new Error('oEmbed needs `site` in astro.config for absolute URLs');
  const document = buildOembed({ id, title: FIGURE_TITLES[id], site, thumbnailPath: socialImagePath({ figure: id }) });
  const problems = oembedProblems(document);
  if (problems.length > 0) throw new Error(`oEmbed for ${id}: ${problems.join('; ')}`);
  return new Response(JSON.stringify(document, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
