/**
 * /figures/<figure-id>.png: each figure at 2× its standalone SVG size, title, takeaway and
 * source line burned in (the SVG's own), rendered at build by resvg with DejaVu Sans.
 */
import type { APIRoute } from 'astro';
import { figurePng, rasterisableFigures } from '../../components/embed/figure-images.ts';
import { FIGURE_IDS, type FigureId } from '../../lib/vocabulary.ts';

export async function getStaticPaths() {
  return (await rasterisableFigures(FIGURE_IDS)).map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const png = await figurePng(params.id as FigureId, { scale: 2 });
  if (!png) throw new Error(`no standalone SVG for figure ${params.id}`);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
