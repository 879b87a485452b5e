/**
 * The only map code on the page at first load (a few KB): finds map figures, follows the story's
 * 'tumen:step' events, announces view changes, and imports the live map (MapLibre) only when a
 * figure comes within about one screen of the viewport and the browser has WebGL. Until then, and
 * for good when WebGL is missing or MapLibre fails, the static SVG stays in place.
 */
import type { MapView } from '../../lib/steps.ts';
import { STEP_EVENT, type StepDetail } from '../../lib/vocabulary.ts';
import { describeMapView } from './camera.ts';
import type { MapClientData } from './client-data.ts';

export type LiveMapHandle = { setView(view: MapView, instant: boolean): void };

export type MapState = 'static' | 'loading' | 'live' | 'no-webgl' | 'failed';

function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * Until the live map runs (and for good without WebGL), the static stand-in follows the story:
 * it shows the step's pre-rendered snapshot, the same static map drawn in that step's state.
 */
function showStepSnapshot(figure: HTMLElement, stepId: string, description: string): void {
  const holder = figure.querySelector<HTMLElement>('[data-map-static]');
  if (!holder || !/^[a-z0-9-]+$/.test(stepId)) return;
  let image = holder.querySelector<HTMLImageElement>('img[data-map-snapshot]');
  if (!image) {
    image = document.createElement('img');
    image.dataset.mapSnapshot = '';
    image.width = 640;
    image.height = 520;
    holder.replaceChildren(image);
  }
  image.src = `/snapshots/${stepId}.svg`;
  image.alt = description;
}

/** The map's data file (content-hashed, so cached for good), fetched once per page when first needed. */
const dataRequests = new Map<string, Promise<MapClientData>>();
function loadMapData(url: string): Promise<MapClientData> {
  let request = dataRequests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`map data: HTTP ${response.status}`);
      return response.json() as Promise<MapClientData>;
    });
    dataRequests.set(url, request);
  }
  return request;
}

function setupFigure(figure: HTMLElement): void {
  const dataUrl = figure.dataset.mapSrc;
  const initialView = figure.querySelector<HTMLScriptElement>('script[data-map-view]')?.textContent;
  if (!dataUrl || !initialView) return;
  const announcer = figure.querySelector<HTMLElement>('[data-map-announcer]');
  const setState = (state: MapState) => (figure.dataset.mapState = state);
  const describe = async (view: MapView) => {
    const data = await loadMapData(dataUrl);
    return describeMapView(view, {
      region: (iso: string) => data.regionNames[iso] ?? iso,
      place: (id: string) => data.placeNames[id] ?? id,
    });
  };

  let currentView = JSON.parse(initialView) as MapView;
  let live: LiveMapHandle | undefined;

  if (figure.closest('[data-story-graphic]')) {
    let settleStep: (() => void) | null = null;
    document.addEventListener(STEP_EVENT, (event) => {
      const detail = (event as CustomEvent<StepDetail>).detail;
      if (detail?.state?.figure !== 'map' || !detail.state.map) return;
      const view = detail.state.map;
      currentView = view;
      figure.dataset.mapStep = detail.stepId;
      void describe(view).then((text) => {
        if (announcer && currentView === view) announcer.textContent = text;
        if (!live) showStepSnapshot(figure, detail.stepId, text);
      });
      if (live) live.setView(view, detail.instant);
      // The frame leaves room for the step's text where it is now; a deep link or a jump is still
      // scrolling it into place, so frame once more when the scroll comes to rest.
      if (settleStep) window.removeEventListener('scrollend', settleStep);
      settleStep = () => {
        settleStep = null;
        if (live && currentView === view) live.setView(view, true);
      };
      window.addEventListener('scrollend', settleStep, { once: true });
    });
  }

  const start = async () => {
    if (!hasWebGL()) {
      setState('no-webgl');
      return;
    }
    setState('loading');
    performance.mark('tumen-map-import-start');
    try {
      const [{ mountLiveMap }, data] = await Promise.all([import('./live.ts'), loadMapData(dataUrl)]);
      live = await mountLiveMap(figure, data, () => currentView);
      setState('live');
      performance.mark('tumen-map-load');
      live.setView(currentView, true);
    } catch (error) {
      console.warn('The live map could not start; the static map stays.', error);
      setState('failed');
    }
  };

  // In the story the map loads as it approaches, so it is ready when the reader gets there. In the
  // gallery and in embeds it loads when the reader asks: a host article should not pay ~450 KB of
  // map code for a reader who only looks at the static map.
  if (figure.dataset.mapContext !== 'story') {
    // WebGL is probed only on request: creating a context costs hundreds of milliseconds on software
    // renderers, which a page that may never show the live map should not pay at load.
    const activate = figure.querySelector<HTMLButtonElement>('[data-map-activate]');
    if (!activate) return;
    activate.hidden = false;
    activate.addEventListener(
      'click',
      () => {
        activate.hidden = true;
        void start().then(() => {
          const note = figure.querySelector<HTMLElement>('[data-map-note]');
          if (figure.dataset.mapState === 'live') figure.querySelector<HTMLElement>('[data-map-live] canvas')?.focus();
          else if (note) note.hidden = false;
        });
      },
      { once: true },
    );
    return;
  }

  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      performance.mark('tumen-map-near');
      void start();
    },
    // About one screen ahead, so the map is ready by the time it scrolls in.
    { rootMargin: '100% 0px 100% 0px' },
  );
  observer.observe(figure.querySelector('[data-map-frame]') ?? figure);
}

let started = false;
export function startMapLoaders(): void {
  if (started) return;
  started = true;
  for (const figure of document.querySelectorAll<HTMLElement>('[data-map-figure]')) setupFigure(figure);
}
