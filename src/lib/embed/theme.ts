/**
 * The `?theme=` parameter of an embed page. Only three values exist; anything else means "auto".
 * The raw value is never echoed anywhere: callers get one of the three constants back.
 */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** "dark" → "dark"; "DARK", " dark", "<script>", null → "auto". Exact match only, by design. */
export function parseTheme(raw: string | null | undefined): EmbedTheme {
  if (raw === 'light' || raw === 'dark') return raw;
  return 'auto';
}

/** Reads `theme` from a query string such as location.search ("?theme=dark&x=1"). */
export function themeFromSearch(search: string): EmbedTheme {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return 'auto';
  }
  return parseTheme(params.get('theme'));
}

/** The <meta name="color-scheme"> content for a theme, so the iframe canvas matches its page. */
export function colorSchemeFor(theme: EmbedTheme): string {
  return theme === 'auto' ? 'light dark' : theme;
}
