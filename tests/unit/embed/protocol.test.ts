import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMBED_ATTRIBUTE,
  HEIGHT_MESSAGE_TYPE,
  heightMessage,
  isHeightMessage,
  isHeightRequest,
  MAX_HEIGHT,
  MIN_HEIGHT,
  REQUEST_HEIGHT_MESSAGE_TYPE,
} from '../../../src/lib/embed/protocol.ts';
import { FALLBACK_ATTRIBUTE } from '../../../src/lib/embed/snippet.ts';

describe('height message protocol', () => {
  it('builds integer-height messages the validator accepts', () => {
    const message = heightMessage('labour-claims', 812.3);
    expect(message).toEqual({ type: 'tumen:height', id: 'labour-claims', height: 813 });
    expect(isHeightMessage(message)).toBe(true);
  });

  it('rejects other messages, bad ids and absurd heights', () => {
    const bad: unknown[] = [
      null,
      'tumen:height',
      42,
      {},
      { type: 'tumen:height' },
      { type: 'other', id: 'map', height: 500 },
      { type: 'tumen:height', id: 'map', height: '500' },
      { type: 'tumen:height', id: 'map', height: Number.NaN },
      { type: 'tumen:height', id: 'map', height: Infinity },
      { type: 'tumen:height', id: 'map', height: MIN_HEIGHT - 1 },
      { type: 'tumen:height', id: 'map', height: MAX_HEIGHT + 1 },
      { type: 'tumen:height', id: '"><img src=x>', height: 500 },
      { type: 'tumen:height', id: 'x'.repeat(65), height: 500 },
    ];
    for (const message of bad) expect(isHeightMessage(message), JSON.stringify(message)).toBe(false);
  });

  it('recognises height requests', () => {
    expect(isHeightRequest({ type: 'tumen:request-height' })).toBe(true);
    expect(isHeightRequest({ type: 'tumen:height' })).toBe(false);
    expect(isHeightRequest(null)).toBe(false);
  });

  it('public/embed/v1.js uses the same constants as the TypeScript side', () => {
    const script = readFileSync(new URL('../../../public/embed/v1.js', import.meta.url), 'utf8');
    expect(script).toContain(`var HEIGHT = '${HEIGHT_MESSAGE_TYPE}'`);
    expect(script).toContain(`var REQUEST = '${REQUEST_HEIGHT_MESSAGE_TYPE}'`);
    expect(script).toContain(`var ATTRIBUTE = '${EMBED_ATTRIBUTE}'`);
    expect(script).toContain(`var FALLBACK = '${FALLBACK_ATTRIBUTE}'`);
    expect(script).toContain(`var MIN_HEIGHT = ${MIN_HEIGHT}`);
    expect(script).toContain(`var MAX_HEIGHT = ${MAX_HEIGHT}`);
    expect(script).toContain('event.origin !== origin');
    expect(script.length).toBeLessThan(6_000);
  });
});
