/** Where each social card lives: /social/chapter-<id>.png, /social/figure-<id>.png, /social/site.png. */
import type { FigureId } from '../vocabulary.ts';

export type SocialTarget = { chapter: string } | { figure: FigureId } | 'site';

export function socialCardName(target: SocialTarget): string {
  if (target === 'site') return 'site';
  return 'chapter' in target ? `chapter-${target.chapter}` : `figure-${target.figure}`;
}

export function socialImagePath(target: SocialTarget): string {
  return `/social/${socialCardName(target)}.png`;
}
