/**
 * The search page's browser code: loads Pagefind's JS API on demand (no default UI: it injects
 * inline styles the CSP forbids), runs the query from the form and ?q=, and lists each page's
 * matching places as plain links. The count is announced through the form's status region.
 */
import { searchTargets, type PagefindAnchor, type SearchTarget } from './targets.ts';

type PagefindResultData = {
  url: string;
  content: string;
  meta: { title?: string };
  locations: number[];
  anchors: PagefindAnchor[];
};
type PagefindApi = {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
};

const MAX_PAGES = 10;
let pagefindPromise: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  // A runtime path, kept away from the bundler: the index is written after `astro build`.
  const bundlePath = '/pagefind/pagefind.js';
  return (pagefindPromise ??= import(/* @vite-ignore */ bundlePath).then(async (pagefind: PagefindApi) => {
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  }));
}

function renderTarget(target: SearchTarget): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-target';
  const link = document.createElement('a');
  link.href = target.url;
  link.textContent = target.label;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-target__excerpt';
  target.excerpt.forEach(({ word, match }, index) => {
    if (index > 0) excerpt.append(' ');
    if (match) {
      const mark = document.createElement('mark');
      mark.textContent = word;
      excerpt.append(mark);
    } else excerpt.append(word);
  });
  item.append(link, excerpt);
  return item;
}

/** Page titles as results show them; the story's own <h1> is just the site name. */
const PAGE_TITLES: Record<string, string> = { '/': 'The story' };

function renderPage(data: PagefindResultData, chapterTitles: Record<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-page';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  const title = PAGE_TITLES[data.url] ?? data.meta.title ?? data.url;
  link.textContent = title;
  heading.append(link);
  const targets = document.createElement('ul');
  targets.className = 'search-page__targets';
  for (const target of searchTargets({ ...data, title }, { limit: 8, chapterTitles }))
    targets.append(renderTarget(target));
  item.append(heading, targets);
  return item;
}

export function initSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  root.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const chapterTitles = JSON.parse(root.querySelector('[data-search-chapters]')?.textContent ?? '{}') as Record<
    string,
    string
  >;
  let latestQuery = '';

  async function run(query: string): Promise<void> {
    latestQuery = query;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query);
      const results = search?.results ?? [];
      const pages = await Promise.all(results.slice(0, MAX_PAGES).map((result) => result.data()));
      if (query !== latestQuery) return; // a newer query has started
      list.replaceChildren(...pages.map((page) => renderPage(page, chapterTitles)));
      const places = list.querySelectorAll('.search-target').length;
      status.textContent =
        pages.length === 0
          ? `No results for “${query}”.`
          : `${places} ${places === 1 ? 'match' : 'matches'} on ${pages.length} ${pages.length === 1 ? 'page' : 'pages'} for “${query}”.`;
    } catch {
      status.textContent = 'Search could not load. Try the filters on the data page instead.';
    }
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value.trim()), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run(input.value.trim());
  });
  const initial = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

const root = document.querySelector<HTMLElement>('[data-search-ui]');
if (root) initSearch(root);
