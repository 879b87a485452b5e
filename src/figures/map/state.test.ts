import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../lib/load-dataset.ts';
import type { Dataset } from '../../lib/schema.ts';
import { parseChapterSteps, type ParsedStep } from '../../lib/step-states.ts';
import { detailGeometry } from './geometry-data.ts';
import { overlappingPairs } from './layout.ts';
import { featureContains, resolveMapState, unprojectWith, type MapStepState } from './state.ts';
import { mapDataFor, STATIC_MAP_SIZE } from './svg.ts';
import { projectWith } from './frame.ts';

const CHAPTERS = path.resolve(process.cwd(), 'content/chapters');
const mapSteps: ParsedStep[] = readdirSync(CHAPTERS)
  .filter((name) => name.endsWith('.mdx'))
  .flatMap((name) => {
    const source = readFileSync(path.join(CHAPTERS, name), 'utf8');
    const id = /^id:\s*(\S+)/m.exec(source)![1]!;
    return parseChapterSteps(id, source);
  })
  .filter((step) => step.state.figure === 'map');

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDatasetOrThrow();
});

/** Every drawn box with a name, as the collision test counts them. */
function boxesOf(state: MapStepState) {
  return [
    ...state.markers.map((entry) => ({ id: `marker ${entry.marker.placeId}`, box: entry.box })),
    ...state.markers.flatMap((entry) =>
      entry.label ? [{ id: `label ${entry.marker.placeId}`, box: entry.label.box }] : [],
    ),
    ...state.areas.map((area) => ({ id: `area ${area.id}`, box: area.box })),
  ];
}

/** Frames the story gives the map: a phone with the step's card over the top half, and a desktop beside the text. */
const FRAMES = [
  { name: 'static 640×520', width: STATIC_MAP_SIZE.width, height: STATIC_MAP_SIZE.height, covers: [] },
  {
    name: 'phone 375×667, card on top',
    width: 375,
    height: 667,
    covers: [{ left: 12, top: 100, right: 363, bottom: 380 }],
  },
  { name: 'desktop 760×820', width: 760, height: 820, covers: [] },
];

describe('the map for every story step', () => {
  it('has map steps to check', () => expect(mapSteps.length).toBeGreaterThanOrEqual(16));

  for (const frame of FRAMES)
    it(`frames every focus place inside the map and clear of the covers (${frame.name})`, () => {
      const data = mapDataFor(dataset);
      const problems: string[] = [];
      for (const step of mapSteps) {
        const view = step.state.map!;
        const state = resolveMapState(data, detailGeometry(), view, frame);
        const project = projectWith(state.camera, state.size);
        for (const id of view.focus) {
          const target = data.focusTargets[id];
          if (target?.kind !== 'point') continue;
          const [x, y] = project([target.lon, target.lat]);
          if (x < 0 || y < 0 || x > frame.width || y > frame.height) problems.push(`${step.id}: ${id} off-frame`);
          for (const cover of frame.covers)
            if (x >= cover.left && x <= cover.right && y >= cover.top && y <= cover.bottom)
              problems.push(`${step.id}: ${id} under the text`);
        }
        if (state.missingFocus.length > 0) problems.push(`${step.id}: not drawn ${state.missingFocus.join(', ')}`);
        for (const iso of view.highlight) {
          const feature = detailGeometry().regions.features.find((f) => f.properties.iso === iso)!;
          const unproject = unprojectWith(state.camera, state.size);
          const rings =
            feature.geometry.type === 'Polygon'
              ? [feature.geometry.coordinates[0]!]
              : feature.geometry.coordinates.map((polygon) => polygon[0]!);
          let seen = rings.some((ring) =>
            ring.some(([lon, lat]) => {
              const [x, y] = project([lon!, lat!]);
              return x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
            }),
          );
          for (let x = 8; x < frame.width && !seen; x += 16)
            for (let y = 8; y < frame.height && !seen; y += 16) seen = featureContains(feature, ...unproject(x, y));
          if (!seen) problems.push(`${step.id}: region ${iso} out of frame`);
        }
      }
      expect(problems).toEqual([]);
    });

  for (const frame of FRAMES)
    it(`lets no two labels or markers overlap, and names every focus place (${frame.name})`, () => {
      const data = mapDataFor(dataset);
      const problems: string[] = [];
      for (const step of mapSteps) {
        const state = resolveMapState(data, detailGeometry(), step.state.map!, frame);
        for (const [a, b] of overlappingPairs(boxesOf(state))) problems.push(`${step.id}: ${a} / ${b}`);
        for (const entry of state.markers)
          if (entry.focus && !entry.label) problems.push(`${step.id}: ${entry.marker.placeId} unnamed`);
      }
      expect(problems).toEqual([]);
    });

  it('names each highlighted region and the countries in frame', () => {
    const data = mapDataFor(dataset);
    const border = mapSteps.find((step) => step.id === 'border-1')!;
    const state = resolveMapState(data, detailGeometry(), border.state.map!, { ...STATIC_MAP_SIZE, covers: [] });
    const areas = state.areas.map((area) => area.lines[0]);
    expect(areas).toEqual(expect.arrayContaining(['Russia', 'North Korea', 'China', 'Primorsky Krai']));
  });

  it('frames China by its outline where a step names the country (strategy-2)', () => {
    const data = mapDataFor(dataset);
    const step = mapSteps.find((candidate) => candidate.id === 'strategy-2')!;
    const state = resolveMapState(data, detailGeometry(), step.state.map!, { ...STATIC_MAP_SIZE, covers: [] });
    const project = projectWith(state.camera, state.size);
    // China's west (Kashgar, 76° E) and its north-east (Heilongjiang, 128° E, 50° N) are both in frame.
    for (const point of [
      [76, 39.5],
      [128, 50],
    ] as [number, number][]) {
      const [x, y] = project(point);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(STATIC_MAP_SIZE.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(STATIC_MAP_SIZE.height);
    }
  });
});
