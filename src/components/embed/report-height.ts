/**
 * Runs in the embed page: reports the page's height to the framing page in every protocol a host
 * may speak (host-protocols.ts), at start, on load, on every size change of the page (a resized
 * frame, a fold opened, fonts or the live map arriving) and whenever the host asks.
 */
import { asksForHeight, heightMessagesFor, wordpressSecretFrom } from '../../lib/embed/host-protocols.ts';

export function reportHeightToHost(id: string): void {
  if (window.parent === window) return;
  const root = document.documentElement;
  let reported = 0;
  // WordPress may add its secret to the URL after the page loaded: read it at every report.
  const context = () => ({ id, src: location.href, wordpressSecret: wordpressSecretFrom(location.hash) });
  const report = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && height === reported) return;
    reported = height;
    // The height is not secret and the host's origin is unknown (opaque in WordPress' sandbox):
    // any parent may read it.
    for (const message of heightMessagesFor(context(), height)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(() => report()).observe(root);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && asksForHeight(event.data, context().wordpressSecret)) report(true);
  });
  window.addEventListener('hashchange', () => report(true));
  window.addEventListener('load', () => report(true), { once: true });
  report(true);
}
