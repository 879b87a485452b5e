/**
 * Link gate: crawls every HTML page in dist/ and fails on any internal href/src/srcset (pages,
 * #anchors on the same or another page, data files, images, scripts, CSS) that does not resolve to
 * a file — or an element id — in dist/. External links (our sources) are listed in
 * dist-reports/external-links.txt without being fetched: nothing may leave the machine.
 *
 *   npm run check-links            (TUMEN_DIST=/some/copy npm run check-links checks another build)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR, listDistPages, listFiles } from './dist-pages.ts';

export type TagRef = { tag: string; attr: string; value: string };
export type PageLinks = { ids: Set<string>; refs: TagRef[] };
export type LinkProblem = { page: string; ref: string; message: string };
export type ExternalLink = { url: string; pages: string[] };
export type ClassifiedRef =
  { kind: 'internal'; pathname: string; fragment: string } | { kind: 'external'; url: string } | { kind: 'ignored' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The URLs of a srcset attribute ("a.png 1x, b.png 2x" → ["a.png", "b.png"]), as the HTML spec splits them. */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && /[\s,]/.test(srcset[position] ?? '')) position += 1;
    const urlStart = position;
    while (position < srcset.length && !/\s/.test(srcset[position] ?? '')) position += 1;
    let url = srcset.slice(urlStart, position);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      // Skip the descriptors ("2x", "640w") up to the comma that ends this candidate.
      while (position < srcset.length && srcset[position] !== ',') position += 1;
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}

// Attributes that point at another resource. `content` only counts on social-card meta tags.
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'poster', 'data', 'action', 'srcset', 'imagesrcset']);
const URL_META = /^(og:image|og:url|twitter:image|og:video|og:audio)$/i;

/** Every element id (and <a name>) and every URL-bearing attribute of an HTML or SVG document. */
export function extractLinks(html: string): PageLinks {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    // Script and style bodies are not markup; keep the opening tag (its src counts).
    .replace(/<(script|style|textarea|title)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2>');
  const ids = new Set<string>();
  const refs: TagRef[] = [];
  const tagPattern =
    /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attrPattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const tagMatch of markup.matchAll(tagPattern)) {
    const tag = (tagMatch[1] ?? '').toLowerCase();
    const attrs = new Map<string, string>();
    for (const attrMatch of (tagMatch[2] ?? '').matchAll(attrPattern)) {
      const name = (attrMatch[1] ?? '').toLowerCase();
      attrs.set(name, decodeEntities(attrMatch[2] ?? attrMatch[3] ?? attrMatch[4] ?? ''));
    }
    const id = attrs.get('id');
    if (id) ids.add(id);
    if (tag === 'a' && attrs.get('name')) ids.add(attrs.get('name') ?? '');
    if (tag === 'base') continue;
    // A JSON data block or template holds no links the browser follows.
    for (const [attr, value] of attrs) {
      if (!URL_ATTRIBUTES.has(attr)) continue;
      if (attr === 'srcset' || attr === 'imagesrcset') {
        for (const url of parseSrcset(value)) refs.push({ tag, attr, value: url });
      } else refs.push({ tag, attr, value: value.trim() });
    }
    const property = attrs.get('property') ?? attrs.get('name') ?? '';
    if (tag === 'meta' && URL_META.test(property) && attrs.get('content')) {
      refs.push({ tag, attr: `content (${property})`, value: (attrs.get('content') ?? '').trim() });
    }
  }
  return { ids, refs };
}

const LOCAL_ORIGIN = 'http://dist.invalid';

/**
 * Where a reference points, seen from the page at `pageUrlPath`. Links to the site's own public
 * origin (canonical, og:url, og:image) are internal: they must exist in dist/ too.
 */
export function classifyRef(value: string, pageUrlPath: string, siteOrigin?: string): ClassifiedRef {
  if (/^(mailto|tel|data|blob|javascript|about):/i.test(value)) return { kind: 'ignored' };
  let url: URL;
  try {
    url = new URL(value, LOCAL_ORIGIN + pageUrlPath);
  } catch {
    return { kind: 'internal', pathname: value, fragment: '' };
  }
  const internal = url.origin === LOCAL_ORIGIN || (siteOrigin !== undefined && url.origin === siteOrigin);
  if (!internal) return /^https?:$/.test(url.protocol) ? { kind: 'external', url: url.href } : { kind: 'ignored' };
  let pathname = url.pathname;
  let fragment = url.hash.slice(1);
  try {
    pathname = decodeURIComponent(pathname);
    fragment = decodeURIComponent(fragment);
  } catch {
    // Leave malformed escapes as they are; they will simply not resolve.
  }
  return { kind: 'internal', pathname, fragment };
}

export type ResolvedTarget = { file: string } | { problem: string };

/** The dist file a URL path is served from, under a static host with trailingSlash 'always'. */
export function resolvePath(pathname: string, files: ReadonlySet<string>): ResolvedTarget {
  const relative = pathname.replace(/^\/+/, '');
  if (pathname.endsWith('/')) {
    const index = `${relative}index.html`;
    return files.has(index) ? { file: index } : { problem: `no such page (dist/${index} is missing)` };
  }
  if (files.has(relative)) return { file: relative };
  if (files.has(`${relative}/index.html`)) {
    return { problem: `page exists only with a trailing slash: link to "${pathname}/"` };
  }
  return { problem: `no such file (dist/${relative} is missing)` };
}

/** Fragments every browser resolves without an element of that id. */
function isImplicitFragment(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:');
}

export type SitePage = { file: string; urlPath: string; html: string };

/**
 * Checks every reference of every page. `readIds` returns the element ids of another dist file
 * (HTML or SVG) for cross-page anchors.
 */
export function checkSiteLinks(
  pages: SitePage[],
  files: ReadonlySet<string>,
  readIds: (file: string) => Set<string>,
  siteOrigin?: string,
): { problems: LinkProblem[]; external: ExternalLink[] } {
  const problems: LinkProblem[] = [];
  const externalPages = new Map<string, Set<string>>();
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = readIds(file);
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const reported = new Set<string>();
  const report = (problem: LinkProblem): void => {
    const key = `${problem.page}\n${problem.ref}\n${problem.message}`;
    if (!reported.has(key)) problems.push(problem);
    reported.add(key);
  };
  for (const page of pages) {
    const links = extractLinks(page.html);
    idsByFile.set(page.file, links.ids);
    for (const ref of links.refs) {
      const label = `<${ref.tag} ${ref.attr}="${ref.value}">`;
      if (ref.value === '') {
        if (ref.attr !== 'action') report({ page: page.file, ref: label, message: 'empty URL' });
        continue;
      }
      const target = classifyRef(ref.value, page.urlPath, siteOrigin);
      if (target.kind === 'ignored') continue;
      if (target.kind === 'external') {
        const seenOn = externalPages.get(target.url) ?? new Set<string>();
        seenOn.add(page.urlPath);
        externalPages.set(target.url, seenOn);
        continue;
      }
      const resolved = resolvePath(target.pathname, files);
      if ('problem' in resolved) {
        report({ page: page.file, ref: label, message: resolved.problem });
        continue;
      }
      if (isImplicitFragment(target.fragment)) continue;
      if (!/\.(html|svg)$/.test(resolved.file)) continue;
      if (!idsOf(resolved.file).has(target.fragment)) {
        const where = resolved.file === page.file ? 'this page' : `dist/${resolved.file}`;
        report({ page: page.file, ref: label, message: `no element with id "${target.fragment}" on ${where}` });
      }
    }
  }
  const external = [...externalPages]
    .map(([url, seenOn]) => ({ url, pages: [...seenOn].sort() }))
    .sort((a, b) => a.url.localeCompare(b.url));
  return { problems, external };
}

/** The site's public origin, read from the story page's canonical link (astro.config `site`). */
export function siteOriginFrom(html: string): string | undefined {
  const canonicalTag = /<link\b[^>]*\brel=["']?canonical\b[^>]*>/i.exec(html)?.[0];
  const href = canonicalTag ? /\bhref=["']?([^"'\s>]+)/i.exec(canonicalTag)?.[1] : undefined;
  if (!href) return undefined;
  try {
    return new URL(decodeEntities(href)).origin;
  } catch {
    return undefined;
  }
}

export function formatProblems(problems: LinkProblem[]): string[] {
  return problems.map((problem) => `dist/${problem.page}: ${problem.ref} → ${problem.message}`);
}

/** Runs the whole check on a built site folder. */
export function checkDistLinks(distDir: string): {
  problems: LinkProblem[];
  external: ExternalLink[];
  pageCount: number;
} {
  if (!existsSync(distDir)) throw new Error(`${distDir} does not exist: run \`npm run build\` first`);
  const files = new Set(listFiles(distDir));
  const pages = listDistPages(distDir).map((page) => ({
    ...page,
    html: readFileSync(path.join(distDir, page.file), 'utf8'),
  }));
  const storyPage = pages.find((page) => page.urlPath === '/');
  const siteOrigin = storyPage ? siteOriginFrom(storyPage.html) : undefined;
  const readIds = (file: string): Set<string> => extractLinks(readFileSync(path.join(distDir, file), 'utf8')).ids;
  return { ...checkSiteLinks(pages, files, readIds, siteOrigin), pageCount: pages.length };
}

function main(): void {
  const reportFile = path.resolve(import.meta.dirname, '..', 'dist-reports', 'external-links.txt');
  const { problems, external, pageCount } = checkDistLinks(DIST_DIR);
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    [
      `# External links found in ${DIST_DIR} (${external.length}), not fetched. Pages where each appears follow it.`,
      ...external.map((link) => `${link.url}\t${link.pages.join(' ')}`),
      '',
    ].join('\n'),
  );
  console.log(
    `check-links: ${pageCount} pages, ${external.length} external links listed in ${path.relative(process.cwd(), reportFile)}`,
  );
  if (problems.length > 0) {
    console.error(`check-links: ${problems.length} broken internal link(s):`);
    for (const line of formatProblems(problems)) console.error(`  ${line}`);
    process.exitCode = 1;
  } else console.log('check-links: every internal link, anchor and asset resolves');
}

if (import.meta.main) main();
