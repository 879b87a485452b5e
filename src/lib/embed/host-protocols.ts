/**
 * The height messages of the hosts that frame embeds without our script, besides our own
 * (protocol.ts). The embed page posts every one of them; each host listens for its own and
 * ignores the rest.
 *
 * - WordPress (wp-includes/js/wp-embed.js): the host appends `#?secret=<secret>` to the iframe's
 *   src and accepts `{ secret, message: 'height', value }` from that frame, clamped to 200–1000 px.
 *   It asks again with `{ message: 'ready', secret }` when its script loads after the frame.
 * - AMP (amp-iframe): `{ sentinel: 'amp', type: 'embed-size', height }`.
 * - Embedly-style hosts (Medium and others): the JSON *string*
 *   `{"src": <frame URL>, "context": "iframe.resize", "height": <px>}`.
 */
import { heightMessage, isHeightRequest } from './protocol.ts';

/** The secret WordPress put in the frame's own URL ("#?secret=Ab3dE6gH9k"), or null. */
export function wordpressSecretFrom(hash: string): string | null {
  const match = /[#?&]secret=([A-Za-z0-9]{1,32})(?:&|$)/.exec(hash);
  return match ? match[1]! : null;
}

export type FrameContext = {
  /** The figure id, for our own protocol. */
  id: string;
  /** The frame's own URL (location.href), for iframe.resize. */
  src: string;
  /** WordPress' secret from the frame's URL, if it has one. */
  wordpressSecret: string | null;
};

/** Every message to post to the parent for one height, ours first. */
export function heightMessagesFor(context: FrameContext, rawHeight: number): unknown[] {
  const height = Math.ceil(rawHeight);
  const messages: unknown[] = [heightMessage(context.id, height)];
  if (context.wordpressSecret) messages.push({ secret: context.wordpressSecret, message: 'height', value: height });
  messages.push({ sentinel: 'amp', type: 'embed-size', height });
  messages.push(JSON.stringify({ src: context.src, context: 'iframe.resize', height }));
  return messages;
}

/** True when the parent asks for a fresh height: our request, or WordPress' 'ready' with our secret. */
export function asksForHeight(data: unknown, wordpressSecret: string | null): boolean {
  if (isHeightRequest(data)) return true;
  if (typeof data !== 'object' || data === null || !wordpressSecret) return false;
  const message = data as { message?: unknown; secret?: unknown };
  return message.message === 'ready' && message.secret === wordpressSecret;
}
