/**
 * Folds a chart that would make the embed page taller than a host's cap (HOST_HEIGHT_CAP):
 * the chart is shown down to the last mark that fits, with a button that unfolds it. The page
 * then grows, and the height reporter tells the host. Without scripts nothing is folded.
 * Refolds when the frame's width changes (the layout and its height change with it), unless the
 * reader unfolded it; a mark below the fold that receives keyboard focus unfolds the chart.
 */
import { chooseFold, HOST_HEIGHT_CAP } from '../../lib/embed/fold.ts';

/** Room kept for the button and its margins, and a little slack under the cap. */
const BUTTON_ROOM = 52;
const SLACK = 8;

function visibleLayout(chart: HTMLElement): HTMLElement | undefined {
  return [...chart.querySelectorAll<HTMLElement>('.tf__layout')].find((layout) => layout.getClientRects().length > 0);
}

export function foldTallChart(figure: HTMLElement): void {
  const chart = figure.querySelector<HTMLElement>('.tf__chart');
  if (!chart) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'embed-fold__toggle';
  button.hidden = true;
  button.setAttribute('aria-expanded', 'false');
  chart.after(button);
  let expanded = false;
  let folded: HTMLElement | undefined;
  let width = 0;

  const unfold = () => {
    if (!folded) return;
    folded.style.maxHeight = '';
    folded.classList.remove('embed-fold--folded');
    folded = undefined;
  };

  const apply = () => {
    unfold();
    button.hidden = true;
    const layout = visibleLayout(chart);
    if (!layout) return;
    const excess = document.documentElement.getBoundingClientRect().height - (HOST_HEIGHT_CAP - SLACK);
    if (excess <= 0 && !expanded) return;
    const top = layout.getBoundingClientRect().top;
    const marks = [...layout.querySelectorAll('.tf-mark')].map((mark) => {
      const rect = mark.getBoundingClientRect();
      return { top: rect.top - top, bottom: rect.bottom - top };
    });
    const height = layout.getBoundingClientRect().height;
    // When already unfolded, the button (and its room) is part of the page: count it once.
    const limit = height - Math.max(excess, 0) - (expanded ? 0 : BUTTON_ROOM);
    const fold = chooseFold(marks, limit);
    if (!fold) return;
    button.hidden = false;
    button.setAttribute('aria-expanded', String(expanded));
    if (expanded) {
      button.textContent = 'Show less';
      return;
    }
    layout.style.maxHeight = `${fold.cut}px`;
    layout.classList.add('embed-fold--folded');
    folded = layout;
    button.textContent = `Show the whole chart (${fold.hidden} more)`;
  };

  button.addEventListener('click', () => {
    expanded = !expanded;
    apply();
    if (!expanded) chart.scrollIntoView({ block: 'nearest' });
  });
  chart.addEventListener('focusin', (event) => {
    if (!folded || expanded) return;
    const target = event.target as Element;
    if (target.getBoundingClientRect().bottom > folded.getBoundingClientRect().bottom) {
      expanded = true;
      apply();
    }
  });
  new ResizeObserver(() => {
    const now = Math.round(chart.getBoundingClientRect().width);
    if (now === width) return;
    width = now;
    apply();
  }).observe(chart);
  // Web fonts change line heights: measure again once they are in.
  void document.fonts.ready.then(apply);
}
