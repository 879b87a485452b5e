import { describe, expect, it } from 'vitest';
import { chartWindow, MIN_SCALE } from '../../../src/components/story/chart-window.ts';
import { stepAtTrigger, storyLayout } from '../../../src/components/story/story-layout.ts';

describe('storyLayout', () => {
  it('gives a phone’s graphic the top of the screen and sets the trigger a third into the text below', () => {
    expect(storyLayout({ width: 375, height: 667 })).toEqual({
      phone: true,
      graphicHeight: 387,
      readingHeight: 280,
      triggerY: 480,
    });
  });
  it('keeps the whole screen for the graphic beside the text on desktop', () => {
    expect(storyLayout({ width: 1366, height: 900 })).toEqual({
      phone: false,
      graphicHeight: 900,
      readingHeight: 900,
      triggerY: 540,
    });
  });
});

describe('stepAtTrigger', () => {
  it('picks the last step whose top has passed the line', () => {
    expect(stepAtTrigger([-900, -200, 300, 1200], 480)).toBe(2);
  });
  it('falls back to the first step above the story', () => {
    expect(stepAtTrigger([800, 1600], 480)).toBe(0);
  });
});

describe('chartWindow', () => {
  it('leaves a chart that fits alone', () => {
    expect(chartWindow([{ top: 10, bottom: 40 }], 250, 300)).toEqual({ offset: 0, scale: 1 });
  });
  it('moves a tall chart so its highlighted marks sit mid-window', () => {
    expect(chartWindow([{ top: 700, bottom: 740 }], 1000, 300)).toEqual({ offset: 570, scale: 1 });
  });
  it('never moves past the chart’s end', () => {
    expect(chartWindow([{ top: 950, bottom: 990 }], 1000, 300).offset).toBe(700);
  });
  it('shrinks, but not below the readable minimum, when the marks are taller than the window', () => {
    const { scale } = chartWindow([{ top: 100, bottom: 400 }], 1000, 240);
    expect(scale).toBeCloseTo(240 / 324, 3);
    expect(chartWindow([{ top: 0, bottom: 990 }], 1000, 240).scale).toBe(MIN_SCALE);
  });
  it('shows the top of a chart when nothing is highlighted', () => {
    expect(chartWindow([], 1000, 300)).toEqual({ offset: 0, scale: 1 });
  });
});
