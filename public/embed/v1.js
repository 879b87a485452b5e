/**
 * Tumen embed host script, protocol version 1.
 *
 * Put it once on a page that embeds Tumen figures:
 *
 *   <iframe src="https://<tumen site>/embed/<figure-id>/" title="…" data-tumen-embed="<figure-id>"
 *           width="100%" height="640" style="width:100%;border:0"></iframe>
 *   <script async src="https://<tumen site>/embed/v1.js"></script>
 *
 * It sizes each Tumen iframe to its content. Without it the iframe keeps its default height
 * (and scrolls if the figure is taller), so nothing breaks where scripts are stripped.
 *
 * Protocol (also in src/lib/embed/protocol.ts, kept in step by tests/unit/embed/protocol.test.ts):
 *   embed → host  { type: 'tumen:height', id: '<figure-id>', height: <CSS px> }
 *   host → embed  { type: 'tumen:request-height' }
 * A message is accepted only if event.origin is this script's own origin, it comes from an
 * iframe on the page whose src has that origin and whose data-tumen-embed equals the message id,
 * and the height is a number between MIN_HEIGHT and MAX_HEIGHT.
 *
 * A <blockquote data-tumen-fallback="<figure-id>"> right before the iframe (oEmbed html puts a
 * link to the figure there, for hosts that show it until the frame reports) is hidden once the
 * frame has reported its height.
 *
 * Loading the script twice is harmless (the second copy does nothing). No cookies, no storage,
 * no requests. Licence: MIT.
 */
(function () {
  'use strict';

  var HEIGHT = 'tumen:height';
  var REQUEST = 'tumen:request-height';
  var ATTRIBUTE = 'data-tumen-embed';
  var FALLBACK = 'data-tumen-fallback';
  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 10000;

  /** @type {Window & { __tumenEmbedV1?: boolean }} */
  var win = window;
  if (win.__tumenEmbedV1) return;
  win.__tumenEmbedV1 = true;

  /** The origin this script was served from: the only origin whose messages are trusted. */
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  /** @type {string} */
  var origin;
  try {
    origin = new URL(script ? script.src : '', location.href).origin;
  } catch (error) {
    return;
  }

  /** @returns {HTMLIFrameElement[]} the Tumen iframes currently on the page */
  function embeds() {
    var found = document.querySelectorAll('iframe[' + ATTRIBUTE + ']');
    /** @type {HTMLIFrameElement[]} */
    var list = [];
    for (var i = 0; i < found.length; i++) {
      var frame = /** @type {HTMLIFrameElement} */ (found[i]);
      try {
        if (new URL(frame.src, location.href).origin === origin) list.push(frame);
      } catch (error) {
        /* an iframe with a broken src is not ours */
      }
    }
    return list;
  }

  /**
   * @param {unknown} data
   * @returns {data is { type: string, id: string, height: number }}
   */
  function isHeightMessage(data) {
    if (typeof data !== 'object' || data === null) return false;
    var message = /** @type {{ type?: unknown, id?: unknown, height?: unknown }} */ (data);
    return (
      message.type === HEIGHT &&
      typeof message.id === 'string' &&
      /^[a-z0-9-]{1,64}$/.test(message.id) &&
      typeof message.height === 'number' &&
      isFinite(message.height) &&
      message.height >= MIN_HEIGHT &&
      message.height <= MAX_HEIGHT
    );
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !isHeightMessage(event.data)) return;
    var frames = embeds();
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (frame.getAttribute(ATTRIBUTE) !== event.data.id) return;
      var before = frame.previousElementSibling;
      if (before && before.getAttribute(FALLBACK) === event.data.id) /** @type {HTMLElement} */ (before).hidden = true;
      var height = String(Math.ceil(event.data.height));
      if (frame.getAttribute('height') !== height) {
        frame.setAttribute('height', height);
        frame.style.height = height + 'px';
      }
      return;
    }
  });

  /** Asks every Tumen iframe for its height: covers iframes that loaded before this script. */
  function requestHeights() {
    var frames = embeds();
    for (var i = 0; i < frames.length; i++) {
      var target = frames[i].contentWindow;
      if (target) target.postMessage({ type: REQUEST }, origin);
    }
  }
  requestHeights();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', requestHeights);
})();
