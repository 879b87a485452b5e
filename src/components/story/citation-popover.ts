/**
 * Footnote cards: hovering or focusing a "[12]" marker shows the claim's reference entry (source,
 * date, attribution class) in one shared card. The card opens on focus as well as hover, stays
 * open while the pointer is over it, and closes on Escape, on blur and when the pointer leaves
 * (WCAG 1.4.13). The marker itself stays a link to the reference list.
 */

const CLOSE_DELAY_MS = 250;

export function initCitationPopover(): void {
  const popover = document.createElement('div');
  popover.className = 'cite-popover';
  popover.id = 'cite-popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  document.body.append(popover);

  let openMarker: HTMLAnchorElement | null = null;
  let closeTimer = 0;

  function place(marker: HTMLElement): void {
    const rect = marker.getBoundingClientRect();
    const narrow = window.innerWidth < 640;
    popover.classList.toggle('cite-popover--sheet', narrow);
    if (narrow) {
      popover.style.left = '';
      popover.style.top = '';
      return;
    }
    const width = Math.min(352, window.innerWidth - 16);
    const left = Math.min(Math.max(8, rect.left - 16), window.innerWidth - width - 8);
    const below = rect.bottom + 8;
    popover.style.left = `${left}px`;
    popover.style.top = `${below}px`;
    // Flip above the marker when the card would run off the bottom of the screen.
    const height = popover.offsetHeight;
    if (below + height > window.innerHeight - 8) popover.style.top = `${Math.max(8, rect.top - height - 8)}px`;
  }

  function open(marker: HTMLAnchorElement): void {
    window.clearTimeout(closeTimer);
    const reference = document.getElementById(marker.dataset.cite ? `ref-${marker.dataset.cite}` : '');
    if (!reference) return;
    if (openMarker !== marker) {
      const content = reference.cloneNode(true) as HTMLElement;
      content.removeAttribute('id');
      for (const element of content.querySelectorAll('[id]')) element.removeAttribute('id');
      popover.replaceChildren(...content.childNodes);
      openMarker = marker;
    }
    popover.hidden = false;
    place(marker);
  }

  function close(): void {
    window.clearTimeout(closeTimer);
    popover.hidden = true;
    openMarker = null;
  }

  const closeSoon = () => {
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(close, CLOSE_DELAY_MS);
  };

  const markerOf = (target: EventTarget | null) =>
    (target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-cite]') ?? null;

  document.addEventListener('mouseover', (event) => {
    const marker = markerOf(event.target);
    if (marker) open(marker);
    else if (popover.contains(event.target as Node)) window.clearTimeout(closeTimer);
  });
  document.addEventListener('mouseout', (event) => {
    if (markerOf(event.target) || popover.contains(event.target as Node)) closeSoon();
  });
  document.addEventListener('focusin', (event) => {
    const marker = markerOf(event.target);
    if (marker) open(marker);
    else if (!popover.contains(event.target as Node)) close();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover.hidden) close();
  });
  window.addEventListener(
    'scroll',
    () => {
      if (openMarker && !popover.hidden) place(openMarker);
    },
    { passive: true },
  );
}
