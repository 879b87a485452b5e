import { describe, expect, it } from 'vitest';
import { describeMapView, mercatorScaleForZoom, parseMapView, projectionForView, shouldCut } from './projection.ts';

const names = {
  region: (iso: string) => ({ 'RU-PRI': 'Primorsky Krai' })[iso] ?? iso,
  place: (id: string) => ({ khasan: 'Khasan', tumangang: 'Tumangang' })[id] ?? id,
};

describe('map views', () => {
  it('fills defaults for bearing, highlight, focus and layers', () => {
    const view = parseMapView({ center: [131.9, 43.1], zoom: 6 });
    expect(view.bearing).toBe(0);
    expect(view.highlight).toEqual([]);
    expect(view.layers).toContain('activity');
  });

  it('names every bad field of a view', () => {
    expect(() => parseMapView({ center: [200, 43], zoom: 20, layers: ['roads'] }, 'step border-1')).toThrow(
      /^step border-1: center\.0: .*; zoom: .*; layers\.0: /,
    );
  });

  it('describes a view as the screen reader hears it', () => {
    const view = parseMapView({
      center: [130.66, 42.42],
      zoom: 8,
      highlight: ['RU-PRI'],
      focus: ['khasan', 'tumangang'],
      layers: ['crossings'],
    });
    expect(describeMapView(view, names)).toBe(
      'Map: Primorsky Krai and border crossings, marking Khasan and Tumangang.',
    );
  });

  it('cuts instead of flying when asked, under reduced motion, and for long flights', () => {
    const vladivostok = { center: [131.9, 43.1] as [number, number], zoom: 6 };
    const khasan = { center: [130.7, 42.4] as [number, number], zoom: 8 };
    const moscow = { center: [37.6, 55.8] as [number, number], zoom: 6 };
    expect(shouldCut(vladivostok, khasan, { instant: false, reducedMotion: false })).toBe(false);
    expect(shouldCut(vladivostok, khasan, { instant: true, reducedMotion: false })).toBe(true);
    expect(shouldCut(vladivostok, khasan, { instant: false, reducedMotion: true })).toBe(true);
    expect(shouldCut(vladivostok, moscow, { instant: false, reducedMotion: false })).toBe(true);
  });

  it('frames the static map like a MapLibre map of the same size', () => {
    expect(mercatorScaleForZoom(0) * 2 * Math.PI).toBeCloseTo(512);
    const projection = projectionForView({ center: [131.9, 43.1], zoom: 6, bearing: 0 }, 640, 520);
    const [x, y] = projection([131.9, 43.1])!;
    expect(x).toBeCloseTo(320);
    expect(y).toBeCloseTo(260);
  });
});
