/**
 * Browser enhancement for every chart on the page: tooltips on hover and keyboard focus (Escape
 * closes), and story highlights from the 'tumen:step' event. Reads only what the page already
 * holds (data-* attributes and each figure's JSON block): no fetching, no d3.
 */
import type { ClaimTip } from './shared/types.ts';
import { STEP_EVENT, type StepDetail } from '../../lib/vocabulary.ts';

const MARK = '.tf-mark';

function readTips(figure: HTMLElement): Record<string, ClaimTip> {
  const block = figure.querySelector<HTMLScriptElement>('script[data-figure-tips]');
  try {
    return block?.textContent ? (JSON.parse(block.textContent) as Record<string, ClaimTip>) : {};
  } catch {
    return {};
  }
}

function fillTip(tip: HTMLElement, label: string, tips: ClaimTip[]): void {
  tip.replaceChildren();
  const heading = document.createElement('p');
  heading.className = 'tf-tip__label';
  heading.textContent = label;
  tip.append(heading);
  for (const t of tips) {
    const title = document.createElement('p');
    title.className = 'tf-tip__title';
    title.textContent = t.title;
    const meta = document.createElement('p');
    meta.className = 'tf-tip__meta';
    const badge = document.createElement('span');
    badge.className = `badge badge--${t.attribution.toLowerCase()} tf-tip__badge`;
    badge.textContent = t.attribution;
    meta.append(badge, ` ${t.attributionLabel} · ${t.status} · ${t.date}`);
    const who = document.createElement('p');
    who.className = 'tf-tip__meta';
    who.textContent = t.claimant;
    const sources = document.createElement('p');
    sources.className = 'tf-tip__sources';
    sources.textContent = `Sources: ${t.sources.join('; ')}`;
    tip.append(title, meta, who, sources);
  }
}

function enhanceFigure(figure: HTMLElement): void {
  if (figure.dataset.enhanced === 'true') return;
  figure.dataset.enhanced = 'true';
  const tips = readTips(figure);
  const chart = figure.querySelector<HTMLElement>('.tf__chart');
  const tip = figure.querySelector<HTMLElement>('.tf-tip');
  if (!chart || !tip) return;
  let current: SVGGElement | null = null;

  const show = (markEl: SVGGElement) => {
    current = markEl;
    const ids = (markEl.dataset.claims ?? '').split(' ').filter(Boolean);
    fillTip(
      tip,
      markEl.getAttribute('aria-label') ?? '',
      ids.map((id) => tips[id]).filter((t): t is ClaimTip => Boolean(t)),
    );
    tip.hidden = false;
    const chartBox = chart.getBoundingClientRect();
    const markBox = markEl.getBoundingClientRect();
    const tipBox = tip.getBoundingClientRect();
    // Below the mark when there is room, else above; always inside the chart's width.
    let left = markBox.left - chartBox.left + markBox.width / 2 - tipBox.width / 2;
    left = Math.max(0, Math.min(left, chartBox.width - tipBox.width));
    let top = markBox.bottom - chartBox.top + 8;
    if (markBox.bottom + tipBox.height + 8 > window.innerHeight && markBox.top - chartBox.top > tipBox.height + 8)
      top = markBox.top - chartBox.top - tipBox.height - 8;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
    markEl.setAttribute('aria-describedby', tip.id);
  };
  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>(MARK) : null);

  chart.addEventListener('pointerover', (event) => {
    const markEl = markOf(event.target);
    if (markEl && markEl !== current) show(markEl);
  });
  chart.addEventListener('pointerleave', () => {
    if (!chart.contains(document.activeElement) || !markOf(document.activeElement)) hide();
  });
  chart.addEventListener('focusin', (event) => {
    const markEl = markOf(event.target);
    if (markEl) show(markEl);
  });
  chart.addEventListener('focusout', (event) => {
    if (!markOf(event.relatedTarget)) hide();
  });
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) {
      hide();
      event.stopPropagation();
    }
  });
  // Tapping outside a mark closes the tooltip on touch screens.
  document.addEventListener('pointerdown', (event) => {
    if (!tip.hidden && !markOf(event.target) && !tip.contains(event.target as Node)) hide();
  });
}

/** Emphasises the marks whose claims are listed; an empty list clears emphasis. */
export function applyHighlight(figure: HTMLElement, highlight: readonly string[], instant: boolean): void {
  const wanted = new Set(highlight);
  if (instant) figure.classList.add('tf-instant');
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg.tf-svg')) {
    let any = false;
    for (const markEl of svg.querySelectorAll<SVGGElement>(MARK)) {
      const on = (markEl.dataset.claims ?? '').split(' ').some((id) => wanted.has(id));
      markEl.classList.toggle('is-hl', on);
      any ||= on;
    }
    svg.classList.toggle('has-hl', any);
  }
  if (instant) requestAnimationFrame(() => requestAnimationFrame(() => figure.classList.remove('tf-instant')));
}

export function enhanceAll(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
  figures.forEach(enhanceFigure);
  const inStory = figures.filter((f) => f.closest('[data-story-graphic]'));
  if (inStory.length === 0) return;
  document.addEventListener(STEP_EVENT, (event) => {
    const detail = (event as CustomEvent<StepDetail>).detail;
    if (!detail?.state) return;
    for (const figure of inStory)
      if (figure.dataset.figureId === detail.state.figure)
        applyHighlight(figure, detail.state.highlight ?? [], detail.instant);
  });
}
