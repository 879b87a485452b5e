import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../lib/load-dataset.ts';
import type { Dataset } from '../../lib/schema.ts';
import { parseMapView } from './projection.ts';
import { renderStaticMapSvg } from './svg.ts';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDatasetOrThrow();
});

const tumen = parseMapView({
  highlight: ['RU-PRI'],
  focus: ['khasan', 'tumangang', 'friendship-bridge'],
  layers: ['crossings', 'logistics'],
});

describe('the static map', () => {
  it('carries classes only in page form: no inline style, no <style>', () => {
    const svg = renderStaticMapSvg(dataset, parseMapView({}));
    expect(svg).not.toMatch(/style=|<style/);
    expect(svg).toMatch(/^<svg class="map-static-svg"/);
  });

  it('draws Crimea hatched as occupied, not as a Russian subject', () => {
    const svg = renderStaticMapSvg(dataset, parseMapView({}));
    expect(svg).toMatch(/class="map-occupied" fill="url\(#map-occupied-hatch\)" data-iso="UA-43"/);
    expect(svg).not.toMatch(/class="map-region[^"]*" data-iso="UA-43"/);
  });

  it('names the step’s places in words, with no layer letters or class codes on the map', () => {
    const svg = renderStaticMapSvg(dataset, tumen);
    expect(svg).toMatch(/class="map-marker map-marker--crossings is-focus" data-place="khasan"/);
    expect(svg).toMatch(/data-place="tumangang"[^]*?>Tumangang<\/text>/);
    expect(svg).toContain('class="map-region-highlight"');
    expect(svg).toMatch(/>NORTH KOREA</);
    expect(svg).not.toMatch(/>(X|O|W|F|B|L|T) (OFF|RN|RA|CBP|AN)</);
    expect(svg).not.toContain('data-place="alabuga-sez"');
  });

  it('shows the spread of worker claims at Alabuga and every claimant’s class', () => {
    const svg = renderStaticMapSvg(dataset, parseMapView({ focus: ['alabuga-sez'], layers: ['labour'] }));
    expect(svg).toContain('>12,000–25,000 workers claimed<');
    expect(svg).toMatch(/>(HUR \(CBP\), NHK \(RA\)|NHK \(RA\), HUR \(CBP\))</);
    expect(svg).toContain('class="map-labour-low"');
    expect(svg).toContain('class="map-labour-high"');
  });

  it('marks Khabarovsk’s office as Russia Briefing’s own addition', () => {
    const svg = renderStaticMapSvg(dataset, parseMapView({ focus: ['khabarovsk'], layers: ['trade-offices'] }));
    expect(svg).toContain('>named only by Russia Briefing (RN)<');
  });

  it('is a complete document with styles, legend and credit when standalone', () => {
    const svg = renderStaticMapSvg(dataset, parseMapView({}), { standalone: true, datasetLabel: 'v1.0.0' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<style>');
    expect(svg).toContain('Claims per region');
    expect(svg).toContain('Natural Earth (public domain)');
    expect(svg).toContain('Tumen dataset v1.0.0');
  });
});
