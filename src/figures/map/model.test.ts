import { describe, expect, it } from 'vitest';
import { activityClassOf, buildMapModel, describeMarker, isMarkerVisible, labourRadiusFor } from './model.ts';
import { detailGeometry } from './geometry-data.ts';
import { fixtureDataset, fixturePlaces } from './test-fixture.ts';

const model = buildMapModel(fixtureDataset);
const marker = (placeId: string) => model.markers.find((m) => m.placeId === placeId)!;

describe('the map model', () => {
  it('shows every place that has coordinates, as a marker or as its shaded region', () => {
    const subjects = new Set(detailGeometry().regions.features.map((f) => f.properties.iso));
    for (const place of fixturePlaces.filter((p) => p.coordinates)) {
      const asMarker = model.markers.some((m) => m.placeId === place.id);
      const asRegion = model.regionPlaceIds.includes(place.id) && subjects.has(place.region!);
      expect(asMarker || asRegion, place.id).toBe(true);
    }
  });

  it('marks the 2022 trade-office plan as planned, with the layer letter and attribution code', () => {
    expect(marker('vladivostok').officeStatus).toBe('planned');
    expect(marker('khabarovsk').primaryLayer).toBe('trade-offices');
  });

  it('sizes labour markers by the largest claimed number and keeps every claimant', () => {
    const alabuga = marker('alabuga-sez');
    expect(alabuga.labour.map((f) => [f.text, f.who])).toEqual([
      ['25,000 workers', 'NHK'],
      ['about 12,000 workers', "Ukraine's military intelligence (HUR)"],
    ]);
    expect(alabuga.labourRadius).toBe(labourRadiusFor(25000));
    expect(alabuga.attribution).toBe('RN');
    expect(describeMarker(alabuga)).toContain('about 12,000 workers (Ukraine');
  });

  it('puts the Tumen crossings in the crossings layer whatever their claims', () => {
    for (const id of ['khasan', 'tumangang', 'friendship-bridge', 'tumen-road-bridge', 'tumen-river'])
      expect(marker(id).layers).toContain('crossings');
    expect(marker('tumen-road-bridge').stackIndex).toBe(1);
  });

  it('keeps Pyongyang as a reference place that always shows', () => {
    expect(marker('pyongyang').layers).toEqual(['trade-fairs', 'tourism']);
    expect(marker('seoul').primaryLayer).toBeNull();
    expect(isMarkerVisible(marker('seoul'), ['labour'], [])).toBe(true);
    expect(isMarkerVisible(marker('alabuga-sez'), ['crossings'], [])).toBe(false);
    expect(isMarkerVisible(marker('alabuga-sez'), ['crossings'], ['alabuga-sez'])).toBe(true);
  });

  it('shades regions by claim count in fixed classes', () => {
    expect([0, 1, 2, 3, 5, 6, 10, 11, 21, 400].map(activityClassOf)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 5, 5]);
    const primorsky = model.regions.find((r) => r.iso === 'RU-PRI')!;
    // p6, c086, t44, t23, t09 name places in Primorsky Krai.
    expect(primorsky.claimCount).toBe(5);
    expect(primorsky.activityClass).toBe(2);
    expect(primorsky.strongestAttribution).toBe('OFF');
  });
});
