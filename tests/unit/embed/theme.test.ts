import { describe, expect, it } from 'vitest';
import { colorSchemeFor, EMBED_THEMES, parseTheme, themeFromSearch } from '../../../src/lib/embed/theme.ts';

describe('embed theme parameter', () => {
  it('accepts exactly light and dark', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('auto')).toBe('auto');
  });

  it('maps everything else to auto, never echoing the input', () => {
    const hostile = [
      null,
      undefined,
      '',
      'DARK',
      ' dark',
      'dark ',
      'dark"',
      '"><script>alert(1)</script>',
      'javascript:alert(1)',
      'light;color:red',
      'dаrk' /* Cyrillic а */,
      'x'.repeat(10_000),
      'dark\u0000',
      'light\n',
    ];
    for (const value of hostile) {
      const theme = parseTheme(value);
      expect(theme).toBe('auto');
      expect(EMBED_THEMES).toContain(theme);
    }
  });

  it('reads theme from a query string, first value wins', () => {
    expect(themeFromSearch('?theme=dark')).toBe('dark');
    expect(themeFromSearch('?x=1&theme=light&theme=dark')).toBe('light');
    expect(themeFromSearch('?theme=%3Cscript%3E')).toBe('auto');
    expect(themeFromSearch('')).toBe('auto');
    expect(themeFromSearch('?theme=%E0%A4%A')).toBe('auto');
  });

  it('gives the color-scheme meta content for each theme', () => {
    expect(colorSchemeFor('auto')).toBe('light dark');
    expect(colorSchemeFor('dark')).toBe('dark');
    expect(colorSchemeFor('light')).toBe('light');
  });
});
