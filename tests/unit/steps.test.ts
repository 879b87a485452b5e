import { describe, expect, it } from 'vitest';
import { parseStepId, StepStateSchema } from '../../src/lib/steps.ts';

describe('parseStepId', () => {
  it('splits a step id into its chapter and number', () => {
    expect(parseStepId('labour-3')).toEqual({ chapter: 'labour', n: 3 });
  });
  it('keeps hyphenated chapter ids whole', () => {
    expect(parseStepId('trade-fairs-12')).toEqual({ chapter: 'trade-fairs', n: 12 });
  });
  it('reads the letter of a step’s later part', () => {
    expect(parseStepId('labour-5b')).toEqual({ chapter: 'labour', n: 5, part: 'b' });
    expect(parseStepId('labour-5a')).toBeNull();
  });
  it('rejects a bare chapter id and odd input', () => {
    expect(parseStepId('labour')).toBeNull();
    expect(parseStepId('Labour-1')).toBeNull();
    expect(parseStepId('labour-1<script>')).toBeNull();
  });
});

describe('StepStateSchema', () => {
  it('fills defaults for a chart step', () => {
    expect(StepStateSchema.parse({ figure: 'timeline' })).toEqual({ figure: 'timeline', highlight: [] });
  });
  it('requires a map view when the step shows the map', () => {
    const result = StepStateSchema.safeParse({ figure: 'map' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('a step showing the map needs a map view');
  });
  it('rejects an unknown figure and a malformed region code', () => {
    expect(StepStateSchema.safeParse({ figure: 'pie' }).success).toBe(false);
    const badRegion = StepStateSchema.safeParse({
      figure: 'map',
      map: { center: [131.9, 43.1], zoom: 5, highlight: ['Primorye'] },
    });
    expect(badRegion.success).toBe(false);
  });
  it('shows every layer unless a step lists its own', () => {
    const state = StepStateSchema.parse({ figure: 'map', map: { center: [131.9, 43.1], zoom: 5 } });
    expect(state.map?.layers).toContain('crossings');
    expect(state.map?.bearing).toBe(0);
  });
});
