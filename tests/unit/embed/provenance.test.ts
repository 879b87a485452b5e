import { describe, expect, it } from 'vitest';
import { correctionFor, firstStepShowing } from '../../../src/lib/embed/provenance.ts';
import { parseChapterSteps } from '../../../src/lib/step-states.ts';

const changelog = [
  { version: '1.0.0', date: '2026-11-21', changes: ['First edition'], corrected: [] },
  { version: '1.0.1', date: '2026-12-02', changes: ['Fixed t33 date'], corrected: ['t33'] },
  { version: '1.0.2', date: '2026-12-10', changes: ['Fixed c070 and p3'], corrected: ['c070', 'p3'] },
];

describe('correction notice', () => {
  it('is absent when no changelog entry touches the figure', () => {
    expect(correctionFor(['t01', 't02'], changelog)).toBeUndefined();
  });
  it('names the latest correcting version and the touched claims', () => {
    expect(correctionFor(['t33', 'c070', 't48'], changelog)).toEqual({
      date: '2026-12-10',
      version: '1.0.2',
      claimIds: ['c070'],
    });
    expect(correctionFor(['t33'], changelog)).toEqual({ date: '2026-12-02', version: '1.0.1', claimIds: ['t33'] });
  });
  it('does not depend on changelog order', () => {
    expect(correctionFor(['t33', 'p3'], [...changelog].reverse())?.date).toBe('2026-12-10');
  });
});

describe('story step of a figure', () => {
  const chapterA = parseChapterSteps(
    'border',
    `
<Step id="border-1" figure="map" map={{ center: [130, 42], zoom: 5 }}>One</Step>
<Step id="border-2" figure="timeline" highlight={['t13']}>Two</Step>
`,
  );
  const chapterB = parseChapterSteps(
    'labour',
    `
<Step id="labour-1" figure="labour-claims">Three</Step>
<Step id="labour-2" figure="timeline">Four</Step>
`,
  );
  it('is the first step in reading order that shows it', () => {
    expect(firstStepShowing('timeline', [chapterA, chapterB])).toBe('border-2');
    expect(firstStepShowing('labour-claims', [chapterA, chapterB])).toBe('labour-1');
    expect(firstStepShowing('map', [chapterA, chapterB])).toBe('border-1');
  });
  it('is undefined for a figure no step shows', () => {
    expect(firstStepShowing('turnover', [chapterA, chapterB])).toBeUndefined();
  });
});
