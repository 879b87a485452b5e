/**
 * /social/<name>.png: 1200×630 Open Graph / Twitter cards, one per chapter, one per figure and
 * one for the site, built from the chapter and figure titles with a picture of the figure.
 */
import type { APIRoute } from 'astro';
import { getChapterSteps } from '../../components/embed/chapter-steps.ts';
import { figurePng, rasterisableFigures } from '../../components/embed/figure-images.ts';
import { socialCardName } from '../../lib/embed/social-names.ts';
import { socialCardSvg, type SocialCard } from '../../lib/embed/social-card.ts';
import { firstStepShowing } from '../../lib/embed/provenance.ts';
import { svgToPng } from '../../lib/embed/raster.ts';
import { SITE_NAME, SITE_TAGLINE } from '../../lib/site.ts';
import { FIGURE_IDS, FIGURE_TITLES, type FigureId } from '../../lib/vocabulary.ts';

type CardProps = { card: Omit<SocialCard, 'pictureHref' | 'footer'>; pictureOf?: FigureId | undefined };

export async function getStaticPaths() {
  const chapters = await getChapterSteps();
  const drawable = new Set(await rasterisableFigures(FIGURE_IDS));
  const picture = (id: FigureId | undefined) => (id && drawable.has(id) ? id : undefined);
  const paths: { params: { name: string }; props: CardProps }[] = [
    {
      params: { name: socialCardName('site') },
      props: { card: { kicker: SITE_NAME.toUpperCase(), title: SITE_TAGLINE } },
    },
  ];
  for (const chapter of chapters) {
    const firstFigure = chapter.steps[0]?.state.figure;
    paths.push({
      params: { name: socialCardName({ chapter: chapter.id }) },
      props: {
        card: {
          kicker: `CHAPTER ${chapter.order} · ${SITE_NAME.toUpperCase()}`,
          title: chapter.title,
          summary: chapter.summary,
        },
        pictureOf: picture(firstFigure),
      },
    });
  }
  const chaptersSteps = chapters.map((chapter) => chapter.steps);
  for (const id of FIGURE_IDS) {
    const step = firstStepShowing(id, chaptersSteps);
    const chapter = step ? chapters.find((c) => c.steps.some((s) => s.id === step)) : undefined;
    paths.push({
      params: { name: socialCardName({ figure: id }) },
      props: {
        card: {
          kicker: `FIGURE · ${SITE_NAME.toUpperCase()}`,
          title: FIGURE_TITLES[id],
          summary: chapter ? `From the chapter “${chapter.title}”.` : SITE_TAGLINE,
        },
        pictureOf: picture(id),
      },
    });
  }
  return paths;
}

export const GET: APIRoute<CardProps> = async ({ props, site }) => {
  const picture = props.pictureOf ? await figurePng(props.pictureOf, { width: 1040 }) : undefined;
  const host = site ? new URL(site).host : SITE_NAME;
  const svg = socialCardSvg({
    ...props.card,
    footer: `${host} · CC BY 4.0`,
    ...(picture ? { pictureHref: `data:image/png;base64,${Buffer.from(picture).toString('base64')}` } : {}),
  });
  return new Response(svgToPng(svg, { scale: 1 }), { headers: { 'Content-Type': 'image/png' } });
};
