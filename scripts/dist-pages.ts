/**
 * The built site as a list of pages: every .html file under dist/, with the URL path a static
 * host serves it at. Shared by the quality gates (links, HTML validity, headers, axe, CSP) so
 * each of them crawls whatever the build produced, never a hand-kept page list.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export type DistPage = {
  /** Path relative to the dist folder, with forward slashes: "data/index.html". */
  file: string;
  /** The URL path a static host serves it at: "/data/", "/", "/404.html". */
  urlPath: string;
};

/** "data/index.html" → "/data/"; "index.html" → "/"; "404.html" → "/404.html". */
export function urlPathForFile(relativeFile: string): string {
  const forward = relativeFile.split(path.sep).join('/');
  if (forward === 'index.html') return '/';
  if (forward.endsWith('/index.html')) return `/${forward.slice(0, -'index.html'.length)}`;
  return `/${forward}`;
}

/** True for the iframe-ready embed pages, which must stay frameable by any host. */
export function isEmbedPath(urlPath: string): boolean {
  return urlPath.startsWith('/embed/');
}

/** Every file under a folder, relative paths with forward slashes, sorted. */
export function listFiles(rootDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(path.relative(rootDir, full).split(path.sep).join('/'));
    }
  };
  walk(rootDir);
  return found.sort();
}

/** Every HTML page of a built site, the story first, then in path order. */
export function listDistPages(distDir: string): DistPage[] {
  return listFiles(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, urlPath: urlPathForFile(file) }))
    .sort((a, b) => (a.urlPath === '/' ? -1 : b.urlPath === '/' ? 1 : a.urlPath.localeCompare(b.urlPath)));
}

/** The shared build output; TUMEN_DIST points the gates at another copy (used to prove they fail). */
export const DIST_DIR = path.resolve(process.env.TUMEN_DIST ?? path.join(import.meta.dirname, '..', 'dist'));
