import { describe, expect, it } from 'vitest';
import { budgetFor, formatTable, missedBudgets, type Budgets, type Measurement } from '../../../scripts/audit.ts';
import { isEmbedPath, urlPathForFile } from '../../../scripts/dist-pages.ts';
import { problemsFromVnuReport } from '../../../scripts/validate-html.ts';
import { cspHeaderFor, headersFileFor, parseHeadersFile } from '../../../scripts/write-headers.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/site.ts';
import budgetsJson from '../../../budgets.json' with { type: 'json' };

describe('dist pages', () => {
  it('maps built files to the URLs a static host serves', () => {
    expect(urlPathForFile('index.html')).toBe('/');
    expect(urlPathForFile('embed/map/index.html')).toBe('/embed/map/');
    expect(urlPathForFile('404.html')).toBe('/404.html');
    expect(isEmbedPath('/embed/map/')).toBe(true);
  });
});

describe('_headers', () => {
  it('sends the meta-tag policy plus frame-ancestors on pages, and leaves embeds frameable', () => {
    const rules = parseHeadersFile(headersFileFor(['/', '/embed/timeline/']));
    expect(rules.get('/')?.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`);
    expect(rules.get('/embed/timeline/')?.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(rules.get('/embed/timeline/index.html')?.get('content-security-policy')).toBe(
      cspHeaderFor('/embed/timeline/'),
    );
    expect(rules.get('/*')?.has('content-security-policy')).toBe(false);
  });

  it('lets every origin read every file, so a sandboxed embed (origin "null") can load its scripts and fonts', () => {
    const rules = parseHeadersFile(headersFileFor(['/embed/timeline/']));
    expect(rules.get('/*')?.get('access-control-allow-origin')).toBe('*');
  });
});

describe('HTML validator report', () => {
  it('keeps errors with file, line and the markup around them, and drops warnings', () => {
    const report = JSON.stringify({
      messages: [
        {
          type: 'error',
          url: 'file:/site/dist/embed/map/index.html',
          lastLine: 1,
          firstColumn: 30,
          message: 'Stray start tag “script”.',
          extract: '</html><script',
        },
        {
          type: 'info',
          subType: 'warning',
          url: 'file:/site/dist/index.html',
          message: 'Consider adding a lang attribute',
        },
      ],
    });
    expect(problemsFromVnuReport(report, '/site/dist')).toEqual([
      {
        file: 'embed/map/index.html',
        line: 1,
        column: 30,
        message: 'Stray start tag “script”.',
        extract: '</html><script',
      },
    ]);
  });
});

describe('Lighthouse budgets', () => {
  const budgets = budgetsJson as Budgets;
  const measurement = (overrides: Partial<Measurement>): Measurement => ({
    page: '/',
    scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    lcpMs: 1200,
    tbtMs: 0,
    cls: 0,
    totalKB: 100,
    jsGzipKB: 10,
    losingAudits: {},
    ...overrides,
  });

  it('holds the story and embeds to performance 95 and every audited page to 100 elsewhere', () => {
    expect(budgetFor(budgets, '/').categories).toEqual({
      performance: 95,
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
    expect(budgetFor(budgets, '/embed/map/').categories?.performance).toBe(95);
    expect(budgetFor(budgets, '/data/').categories?.performance).toBeUndefined();
    expect(budgetFor(budgets, '/').initialJsGzipKB).toBe(60);
  });

  it('passes a page that meets every budget', () => {
    expect(missedBudgets(measurement({}), budgetFor(budgets, '/'))).toEqual([]);
  });

  it('names each missed budget with the audits that lost points', () => {
    const slow = measurement({
      scores: { performance: 82, accessibility: 100, 'best-practices': 96, seo: 100 },
      cls: 0.05,
      jsGzipKB: 310,
      losingAudits: {
        performance: ['largest-contentful-paint (Largest Contentful Paint)'],
        'best-practices': ['errors-in-console (Browser errors)'],
      },
    });
    expect(missedBudgets(slow, budgetFor(budgets, '/'))).toEqual([
      '/: performance 82 < 95 (lost points: largest-contentful-paint (Largest Contentful Paint))',
      '/: best-practices 96 < 100 (lost points: errors-in-console (Browser errors))',
      '/: CLS 0.050 > 0.001',
      '/: initial JS 310.0 KB gzip > 60 KB',
    ]);
  });

  it('prints a table with one row per page', () => {
    const table = formatTable([measurement({}), measurement({ page: '/embed/map/' })]).split('\n');
    expect(table[0]).toMatch(/^page\s+perf\s+a11y\s+best-pr\s+seo\s+LCP\s+TBT\s+CLS\s+total\s+JS gzip$/);
    expect(table).toHaveLength(4);
    expect(table[3]).toMatch(/^\/embed\/map\/\s+100\s+100\s+100\s+100\s+1\.20 s\s+0 ms\s+0\.000\s+100 KB\s+10\.0 KB$/);
  });
});
