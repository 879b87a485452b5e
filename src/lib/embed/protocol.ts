/**
 * The height protocol between an embed page (in an iframe) and the host script public/embed/v1.js.
 *
 *   embed → host   { type: 'tumen:height', id: '<figure id>', height: <CSS px, integer> }
 *   host → embed   { type: 'tumen:request-height' }   (asks for a fresh report, e.g. when the
 *                                                       host script loads after the iframe)
 *
 * The host script matches a message to its iframe by event.source, checks event.origin against
 * its own origin and the id against the iframe's data-tumen-embed attribute. public/embed/v1.js
 * repeats these constants (it is plain JS served as is); tests/unit/embed/protocol.test.ts keeps
 * the two in step.
 */
export const HEIGHT_MESSAGE_TYPE = 'tumen:height';
export const REQUEST_HEIGHT_MESSAGE_TYPE = 'tumen:request-height';
/** The attribute on the host's <iframe> naming the figure it shows. */
export const EMBED_ATTRIBUTE = 'data-tumen-embed';
/** Heights outside this range are ignored by the host: a broken page must not make a 1e9 px iframe. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 10_000;

export type HeightMessage = { type: typeof HEIGHT_MESSAGE_TYPE; id: string; height: number };

export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, id, height: Math.ceil(height) };
}

/** True for a well-formed height message with a sane height; everything else is someone else's message. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === HEIGHT_MESSAGE_TYPE &&
    typeof message.id === 'string' &&
    /^[a-z0-9-]{1,64}$/.test(message.id) &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height >= MIN_HEIGHT &&
    message.height <= MAX_HEIGHT
  );
}

export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === REQUEST_HEIGHT_MESSAGE_TYPE;
}
