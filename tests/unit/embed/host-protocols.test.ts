import { describe, expect, it } from 'vitest';
import { asksForHeight, heightMessagesFor, wordpressSecretFrom } from '../../../src/lib/embed/host-protocols.ts';

describe('WordPress secret', () => {
  it('is read from the "#?secret=" WordPress appends to the frame URL', () => {
    expect(wordpressSecretFrom('#?secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
    expect(wordpressSecretFrom('#x=1&secret=abc123')).toBe('abc123');
  });
  it('is absent without one, and refused when it is not letters and digits (wp-embed.js refuses those too)', () => {
    expect(wordpressSecretFrom('')).toBeNull();
    expect(wordpressSecretFrom('#?secret=')).toBeNull();
    expect(wordpressSecretFrom('#?secret="><b>')).toBeNull();
    expect(wordpressSecretFrom('#?secret=abc def')).toBeNull();
  });
});

describe('height messages', () => {
  const base = { id: 'labour-claims', src: 'https://tumen.example.org/embed/labour-claims/#?secret=Ab3dE6gH9k' };
  it('speaks ours, WordPress (with its secret), AMP and iframe.resize, with an integer height', () => {
    const messages = heightMessagesFor({ ...base, wordpressSecret: 'Ab3dE6gH9k' }, 812.2);
    expect(messages).toEqual([
      { type: 'tumen:height', id: 'labour-claims', height: 813 },
      { secret: 'Ab3dE6gH9k', message: 'height', value: 813 },
      { sentinel: 'amp', type: 'embed-size', height: 813 },
      JSON.stringify({ src: base.src, context: 'iframe.resize', height: 813 }),
    ]);
  });
  it('leaves out the WordPress message when the frame has no secret', () => {
    const messages = heightMessagesFor({ ...base, wordpressSecret: null }, 500);
    expect(messages.some((m) => typeof m === 'object' && m !== null && 'secret' in m)).toBe(false);
    expect(messages).toHaveLength(3);
  });
});

describe('height requests', () => {
  it("answers our request and WordPress' ready message with the right secret only", () => {
    expect(asksForHeight({ type: 'tumen:request-height' }, null)).toBe(true);
    expect(asksForHeight({ message: 'ready', secret: 'Ab3dE6gH9k' }, 'Ab3dE6gH9k')).toBe(true);
    expect(asksForHeight({ message: 'ready', secret: 'other12345' }, 'Ab3dE6gH9k')).toBe(false);
    expect(asksForHeight({ message: 'ready', secret: 'Ab3dE6gH9k' }, null)).toBe(false);
    expect(asksForHeight('ready', 'Ab3dE6gH9k')).toBe(false);
  });
});
