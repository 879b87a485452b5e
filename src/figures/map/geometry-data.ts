/**
 * The committed geometry files, for build-time code (static SVG, list view, tests).
 * Browser code must not import this module: it would inline the geometry into a script.
 * The live map fetches tumen-map.topo.json by URL instead.
 */
import detailTopology from './geo/tumen-map.topo.json' with { type: 'json' };
import overviewTopology from './geo/tumen-map-overview.topo.json' with { type: 'json' };
import { decodeMapGeometry, type MapGeometry, type MapTopology } from './geometry.ts';

let overview: MapGeometry | undefined;
let detail: MapGeometry | undefined;

/** Coarse geometry for the static SVG, where every vertex is bytes in the page. */
export function overviewGeometry(): MapGeometry {
  return (overview ??= decodeMapGeometry(overviewTopology as unknown as MapTopology));
}

/** The geometry the live map draws. */
export function detailGeometry(): MapGeometry {
  return (detail ??= decodeMapGeometry(detailTopology as unknown as MapTopology));
}
