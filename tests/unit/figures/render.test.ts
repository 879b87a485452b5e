import { describe, expect, it } from 'vitest';
import {
  CHART_IDS,
  chartCsv,
  chartJson,
  prepareChart,
  renderChartForPage,
  renderChartSvg,
} from '../../../src/components/figures/charts.ts';
import { fixtureDataset } from './fixture.ts';

describe('every chart on the fixture', () => {
  for (const id of CHART_IDS) {
    it(`${id}: the standalone SVG matches its snapshot`, async () => {
      await expect(renderChartSvg(id, fixtureDataset)).toMatchFileSnapshot(`__snapshots__/${id}.svg`);
    });
    it(`${id}: the narrow page layout matches its snapshot`, async () => {
      const model = prepareChart(id, fixtureDataset);
      await expect(renderChartForPage(id, model, { layout: 'narrow', idPrefix: 'test' })).toMatchFileSnapshot(
        `__snapshots__/${id}.narrow.svg`,
      );
    });
    it(`${id}: inline SVG carries no style attribute or <style> (CSP)`, () => {
      const model = prepareChart(id, fixtureDataset);
      for (const layout of ['wide', 'narrow'] as const) {
        const svg = renderChartForPage(id, model, { layout, idPrefix: 'test' });
        expect(svg).not.toMatch(/\sstyle=|<style/);
        expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="test-title"/);
      }
    });
    it(`${id}: every drawn claim has a tooltip and focusable marks`, () => {
      const model = prepareChart(id, fixtureDataset);
      const svg = renderChartForPage(id, model, { layout: 'wide', idPrefix: 'test' });
      expect(svg).toContain('tabindex="0"');
      for (const claimId of [...svg.matchAll(/data-claims="([^"]*)"/g)].flatMap((m) =>
        m[1]!.split(' ').filter(Boolean),
      ))
        expect(model.tips[claimId], claimId).toBeDefined();
    });
    it(`${id}: the CSV has the table's header and one line per row`, () => {
      const model = prepareChart(id, fixtureDataset);
      const lines = chartCsv(model).trimEnd().split('\r\n');
      expect(lines[0]).toBe(model.table.columns.join(','));
      expect(lines.length).toBe(model.table.rows.length + 1);
      expect(JSON.parse(chartJson(model, fixtureDataset)).dataset.version).toBe('0.9.0');
    });
  }
});
