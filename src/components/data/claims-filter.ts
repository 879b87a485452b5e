/**
 * Client-side filtering of the claims table on /data/ (progressive enhancement: without this
 * script the whole table shows and the filter form stays hidden). Filters mirror into the query
 * string with replaceState, so a filtered view can be shared without adding history entries.
 */

export const FILTER_KEYS = ['category', 'attribution', 'region', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** An empty string means "any". */
export type Filters = Record<FilterKey, string>;

export type RowFacts = { category: string; attribution: string; regions: string[]; year: string };

export function rowMatches(row: RowFacts, filters: Filters): boolean {
  return (
    (filters.category === '' || row.category === filters.category) &&
    (filters.attribution === '' || row.attribution === filters.attribution) &&
    (filters.region === '' || row.regions.includes(filters.region)) &&
    (filters.year === '' || row.year === filters.year)
  );
}

/** "Showing 12 of 180 claims" / "Showing all 180 claims". */
export function countSentence(shown: number, total: number): string {
  return shown === total ? `Showing all ${total} claims` : `Showing ${shown} of ${total} claims`;
}

function rowFacts(row: HTMLElement): RowFacts {
  return {
    category: row.dataset['category'] ?? '',
    attribution: row.dataset['attribution'] ?? '',
    regions: (row.dataset['regions'] ?? '').split(' ').filter(Boolean),
    year: row.dataset['year'] ?? '',
  };
}

export function enhanceClaimsFilter(form: HTMLFormElement, table: HTMLTableElement, status: HTMLElement): void {
  const rows = [...table.tBodies[0]!.rows];
  const select = (key: FilterKey) => form.elements.namedItem(key) as HTMLSelectElement | null;

  const params = new URLSearchParams(location.search);
  for (const key of FILTER_KEYS) {
    const wanted = params.get(key);
    const control = select(key);
    if (wanted && control && [...control.options].some((option) => option.value === wanted)) control.value = wanted;
  }

  const apply = (updateUrl: boolean) => {
    const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, select(key)?.value ?? ''])) as Filters;
    let shown = 0;
    for (const row of rows) {
      const visible = rowMatches(rowFacts(row), filters);
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = countSentence(shown, rows.length);
    if (updateUrl) {
      const query = new URLSearchParams(FILTER_KEYS.flatMap((key) => (filters[key] ? [[key, filters[key]]] : [])));
      const search = query.toString();
      history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    }
  };

  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply(false);

  // A link to a row the filters hide (/data/?category=trade#claim-t33) should still land on it.
  const target = location.hash.startsWith('#claim-') ? document.getElementById(location.hash.slice(1)) : null;
  if (target?.hidden) {
    form.reset();
    setTimeout(() => target.scrollIntoView());
  }
}
