/**
 * The only map code on the page at first load (a few KB): finds map figures, follows the story's
 * 'tumen:step' events, announces view changes, and imports the live map (MapLibre) only when a
 * figure comes within about one screen of the viewport and the browser has WebGL. Until then, and
 * for good when WebGL is missing or MapLibre fails, the static SVG stays in place.
 */
import type { MapView, StepState } from '../../lib/steps.ts';
import { describeMapView } from './camera.ts';
import type { MapClientData } from './client-data.ts';

type StepDetail = { stepId: string; state: StepState; instant: boolean };
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

function setupFigure(figure: HTMLElement): void {
  const dataBlock = figure.querySelector<HTMLScriptElement>('script[data-map-data]');
  if (!dataBlock?.textContent) return;
  const data = JSON.parse(dataBlock.textContent) as MapClientData;
  const announcer = figure.querySelector<HTMLElement>('[data-map-announcer]');
  const setState = (state: MapState) => (figure.dataset.mapState = state);
  const names = {
    region: (iso: string) => data.regionNames[iso] ?? iso,
    place: (id: string) => data.placeNames[id] ?? id,
  };

  let currentView: MapView = data.view;
  let live: LiveMapHandle | undefined;

  if (figure.closest('[data-story-graphic]')) {
    document.addEventListener('tumen:step', (event) => {
      const detail = (event as CustomEvent<StepDetail>).detail;
      if (detail?.state?.figure !== 'map' || !detail.state.map) return;
      currentView = detail.state.map;
      figure.dataset.mapStep = detail.stepId;
      if (announcer) announcer.textContent = describeMapView(currentView, names);
      if (live) live.setView(currentView, detail.instant);
      else showStepSnapshot(figure, detail.stepId, announcer?.textContent ?? '');
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
      const { mountLiveMap } = await import('./live.ts');
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
