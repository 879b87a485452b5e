/**
 * The story's scroll behaviour, in the browser only. The page is complete without it: every step
 * carries its own snapshot, and links are plain anchors.
 *
 * - scrollama reports the step crossing the trigger line; entering a step applies its state.
 * - A deep link (#chapter or #chapter-n) applies that step's state at once, with scrollama's
 *   events ignored until the jump settles, so the steps in between are not replayed.
 * - The hash follows the reader with history.replaceState (Back still leaves the page).
 * - Previous/Next buttons and arrow keys on those buttons step without scrolling by hand.
 * - prefers-reduced-motion, or the motion toggle, makes every change instant.
 * - The graphic's state is always the active step's, applied whole: after a scroll ends (a fast
 *   flick, a reload that restores the scroll position) the step at the trigger line is made active
 *   again if scrollama's events left another one, so no sequence of events can leave a stale state.
 * - Heights and the trigger line are pixels captured once (story-layout.ts), never `vh`.
 */
import scrollama from 'scrollama';
import { placeChartWindow } from './chart-window.ts';
import { initCitationPopover } from './citation-popover.ts';
import { stepAtTrigger, storyLayout, type StoryLayout } from './story-layout.ts';
import type { StepState } from '../../lib/steps.ts';
import { STEP_EVENT, type StepDetail } from '../../lib/vocabulary.ts';

const MOTION_KEY = 'tumen:reduce-motion';

function initStory(): void {
  const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
  const graphic = document.querySelector<HTMLElement>('[data-story-graphic]');
  if (steps.length === 0 || !graphic) return;

  const panels = [...graphic.querySelectorAll<HTMLElement>('[data-panel]')];
  const position = graphic.querySelector<HTMLElement>('[data-step-position]');
  const announcer = graphic.querySelector<HTMLElement>('[data-step-announcer]');
  const motionToggle = graphic.querySelector<HTMLButtonElement>('[data-motion-toggle]');
  const chapterOf = (step: HTMLElement) => step.closest<HTMLElement>('[data-chapter]');
  const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');

  let activeIndex = -1;
  let ignoreScrollUntil = 0;
  const story = graphic.closest<HTMLElement>('.story') ?? document.documentElement;
  let layout: StoryLayout = storyLayout({ width: window.innerWidth, height: window.innerHeight });
  let layoutWidth = window.innerWidth;
  function applyLayout(): void {
    story.style.setProperty('--story-graphic-height', `${layout.graphicHeight}px`);
    story.style.setProperty('--story-reading-height', `${layout.readingHeight}px`);
  }
  applyLayout();

  const motionReduced = () => reducedMotionQuery.matches || localStorage.getItem(MOTION_KEY) === 'on';

  function renderMotionToggle(): void {
    if (!motionToggle) return;
    motionToggle.setAttribute('aria-pressed', String(motionReduced()));
    motionToggle.disabled = reducedMotionQuery.matches;
    motionToggle.title = reducedMotionQuery.matches ? 'Your system asks for reduced motion' : '';
  }

  function updateProgress(step: HTMLElement): void {
    const chapter = chapterOf(step);
    const chapterSteps = chapter ? [...chapter.querySelectorAll('[data-step]')] : [];
    const chapterIndex = chapterSteps.indexOf(step);
    for (const item of document.querySelectorAll<HTMLElement>('[data-toc-chapter]')) {
      const isCurrent = item.dataset.tocChapter === chapter?.dataset.chapter;
      if (isCurrent) item.setAttribute('aria-current', 'location');
      else item.removeAttribute('aria-current');
      const bar = item.querySelector<HTMLElement>('[data-toc-bar]');
      if (!bar) continue;
      const chapterOrder = Number(item.dataset.tocOrder ?? 0);
      const activeOrder = Number(chapter?.dataset.order ?? 0);
      const fraction = isCurrent ? (chapterIndex + 1) / chapterSteps.length : chapterOrder < activeOrder ? 1 : 0;
      bar.style.transform = `scaleX(${fraction})`;
    }
  }

  function activate(index: number, options: { instant: boolean; updateHash: boolean; announce: boolean }): void {
    const step = steps[index];
    if (!step || index === activeIndex) return;
    activeIndex = index;
    const state = JSON.parse(step.dataset.state ?? '{}') as StepState;
    for (const panel of panels) panel.hidden = panel.dataset.panel !== state.figure;
    const panel = panels.find((candidate) => candidate.dataset.panel === state.figure);
    for (const [i, other] of steps.entries()) other.classList.toggle('is-active', i === index);
    graphic!.dataset.activeStep = step.id;
    graphic!.dataset.activeState = step.dataset.state ?? '';
    if (position) position.textContent = `Step ${index + 1} of ${steps.length}`;
    const detail: StepDetail = { stepId: step.id, state, instant: options.instant || motionReduced() };
    document.dispatchEvent(new CustomEvent<StepDetail>(STEP_EVENT, { detail }));
    if (panel && state.figure !== 'map') placeChartWindow(panel, state.highlight);
    updateProgress(step);
    if (options.updateHash && location.hash !== `#${step.id}`) history.replaceState(history.state, '', `#${step.id}`);
    if (options.announce && announcer) {
      const chapterTitle = chapterOf(step)?.querySelector('h2')?.firstChild?.textContent?.trim() ?? '';
      announcer.textContent = `Step ${index + 1} of ${steps.length}${chapterTitle ? `, ${chapterTitle}` : ''}`;
    }
  }

  /** The step a hash points at: a step itself, or the first step of a chapter. */
  function stepIndexForHash(hash: string): number {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (!/^[a-z0-9-]+$/.test(id)) return -1;
    const target = document.getElementById(id);
    if (!target) return -1;
    const step = target.matches('[data-step]') ? target : target.querySelector<HTMLElement>('[data-step]');
    return step ? steps.indexOf(step) : -1;
  }

  /** Apply a step's state at once and keep scrollama quiet while the page settles there. */
  function jumpTo(index: number, options: { scroll: boolean; focus: boolean }): void {
    const step = steps[index];
    if (!step) return;
    ignoreScrollUntil = performance.now() + 900;
    activate(index, { instant: true, updateHash: false, announce: options.focus });
    if (options.scroll) step.scrollIntoView({ behavior: motionReduced() ? 'auto' : 'smooth', block: 'start' });
    if (options.focus) step.focus({ preventScroll: true });
  }

  function go(delta: number): void {
    const index = Math.min(steps.length - 1, Math.max(0, (activeIndex < 0 ? 0 : activeIndex) + delta));
    jumpTo(index, { scroll: true, focus: false });
    history.replaceState(history.state, '', `#${steps[index]!.id}`);
    const step = steps[index]!;
    const chapterTitle = chapterOf(step)?.querySelector('h2')?.firstChild?.textContent?.trim() ?? '';
    if (announcer)
      announcer.textContent = `Step ${index + 1} of ${steps.length}${chapterTitle ? `, ${chapterTitle}` : ''}`;
  }

  // scrollama takes "<n>px" offsets (README: offset, offsetTrigger); its type declarations only list 0–1.
  const pixels = (y: number) => `${y}px` as unknown as scrollama.DecimalType;
  const scroller = scrollama();
  scroller.setup({ step: steps, offset: pixels(layout.triggerY) }).onStepEnter(({ index }) => {
    if (performance.now() < ignoreScrollUntil) return;
    activate(index, { instant: false, updateHash: true, announce: false });
  });

  /** The step under the trigger line, from the page as it is now. */
  const stepAtLine = () =>
    stepAtTrigger(
      steps.map((step) => step.getBoundingClientRect().top),
      layout.triggerY,
    );

  // When scrolling stops, the step at the trigger line is the active one, whatever events came before.
  let settleTimer = 0;
  window.addEventListener(
    'scroll',
    () => {
      window.clearTimeout(settleTimer);
      settleTimer = window.setTimeout(() => {
        if (performance.now() < ignoreScrollUntil) return;
        const index = stepAtLine();
        if (index !== activeIndex) activate(index, { instant: true, updateHash: true, announce: false });
      }, 150);
    },
    { passive: true },
  );

  // A rotation changes the width: recompute the layout. A height change alone (the address bar) does not.
  window.addEventListener('resize', () => {
    if (window.innerWidth === layoutWidth) return;
    layoutWidth = window.innerWidth;
    layout = storyLayout({ width: window.innerWidth, height: window.innerHeight });
    applyLayout();
    scroller.offsetTrigger(pixels(layout.triggerY) as unknown as [number, number]);
    const step = steps[activeIndex];
    const panel = step && panels.find((candidate) => !candidate.hidden);
    if (step && panel) placeChartWindow(panel, (JSON.parse(step.dataset.state ?? '{}') as StepState).highlight ?? []);
  });

  // The map's Key button (phones) shows and hides its legend over the map.
  for (const key of graphic.querySelectorAll<HTMLButtonElement>('[data-map-key]')) {
    key.addEventListener('click', () =>
      key.setAttribute('aria-expanded', String(key.getAttribute('aria-expanded') !== 'true')),
    );
  }

  // Keyboard readers: focusing anything inside a step makes it the active step.
  document.addEventListener('focusin', (event) => {
    const step = (event.target as Element | null)?.closest?.<HTMLElement>('[data-step]');
    if (step) activate(steps.indexOf(step), { instant: true, updateHash: true, announce: false });
  });

  graphic.querySelector('[data-step-prev]')?.addEventListener('click', () => go(-1));
  graphic.querySelector('[data-step-next]')?.addEventListener('click', () => go(1));
  graphic.querySelector('[data-story-controls]')?.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'ArrowDown' || key === 'ArrowRight') go(1);
    else if (key === 'ArrowUp' || key === 'ArrowLeft') go(-1);
    else return;
    event.preventDefault();
  });
  motionToggle?.addEventListener('click', () => {
    localStorage.setItem(MOTION_KEY, localStorage.getItem(MOTION_KEY) === 'on' ? 'off' : 'on');
    renderMotionToggle();
  });
  reducedMotionQuery.addEventListener('change', renderMotionToggle);
  renderMotionToggle();

  window.addEventListener('hashchange', () => {
    const index = stepIndexForHash(location.hash);
    if (index >= 0) jumpTo(index, { scroll: false, focus: false });
  });

  // Figures register their listeners while the page's modules run; announce the opening state after that.
  const initial = stepIndexForHash(location.hash);
  const announceInitial = () => {
    if (initial >= 0) jumpTo(initial, { scroll: false, focus: false });
    // A reload mid-story restores the scroll position: start from the step that is there.
    else if (activeIndex < 0) activate(stepAtLine(), { instant: true, updateHash: false, announce: false });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', announceInitial, { once: true });
  else setTimeout(announceInitial, 0);
}

/** "Copy link" controls: copy the absolute URL of their anchor and say so. */
function initCopyLinks(): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
    if (!link) return;
    event.preventDefault();
    const url = new URL(link.getAttribute('href') ?? '', location.href).href;
    history.replaceState(history.state, '', link.getAttribute('href'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    let message = `Link copied: ${url}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      message = `Copy this link: ${url}`;
    }
    if (status) {
      status.textContent = message;
      status.hidden = false;
      window.setTimeout(() => {
        status.hidden = true;
      }, 4000);
    }
  });
}

initStory();
initCopyLinks();
initCitationPopover();
