/**
 * oEmbed 1.0 documents (https://oembed.com/, §2.3.4 and §2.3.4.4 "rich") for each figure.
 * Static files: /oembed/<id>.json, advertised by each embed page's discovery <link>.
 */
import type { FigureId } from '../vocabulary.ts';
import { absoluteUrl, DEFAULT_EMBED_HEIGHTS, DEFAULT_EMBED_WIDTH, embedSnippet } from './snippet.ts';

export type OembedRich = {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url: string;
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
};

export const PROVIDER_NAME = 'Tumen';
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

export function buildOembed(options: {
  id: FigureId;
  title: string;
  site: URL | string;
  thumbnailPath: string;
}): OembedRich {
  const { id, title, site } = options;
  const root = absoluteUrl('/', site);
  return {
    version: '1.0',
    type: 'rich',
    html: embedSnippet({ id, title, site }),
    width: DEFAULT_EMBED_WIDTH,
    height: DEFAULT_EMBED_HEIGHTS[id],
    title,
    provider_name: PROVIDER_NAME,
    provider_url: root,
    author_name: PROVIDER_NAME,
    author_url: root,
    cache_age: 86_400,
    thumbnail_url: absoluteUrl(options.thumbnailPath, site),
    thumbnail_width: SOCIAL_CARD_SIZE.width,
    thumbnail_height: SOCIAL_CARD_SIZE.height,
  };
}

/** Every problem with a document claiming to be oEmbed rich, for tests and the build check. */
export function oembedProblems(document: unknown): string[] {
  if (typeof document !== 'object' || document === null) return ['not an object'];
  const doc = document as Record<string, unknown>;
  const problems: string[] = [];
  if (doc.version !== '1.0') problems.push('version must be "1.0"');
  if (doc.type !== 'rich') problems.push('type must be "rich"');
  for (const key of ['html', 'title', 'provider_name', 'provider_url', 'author_name', 'author_url'])
    if (typeof doc[key] !== 'string' || (doc[key] as string).length === 0)
      problems.push(`${key} must be a non-empty string`);
  for (const key of ['width', 'height'])
    if (!Number.isInteger(doc[key]) || (doc[key] as number) <= 0) problems.push(`${key} must be a positive integer`);
  for (const key of ['provider_url', 'author_url', 'thumbnail_url'])
    if (typeof doc[key] === 'string' && !/^https?:\/\//.test(doc[key] as string))
      problems.push(`${key} must be an absolute URL`);
  const thumbs = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in doc).length;
  if (thumbs !== 0 && thumbs !== 3) problems.push('thumbnail_url, thumbnail_width and thumbnail_height go together');
  if (typeof doc.html === 'string' && !/^<iframe [^>]*src="https?:\/\//.test(doc.html))
    problems.push('html must start with an iframe with an absolute src');
  return problems;
}
