import { describe, expect, it } from 'vitest';
import { assertStoryStructure, checkChapterSteps, stepIdsIn } from '../../src/lib/story-structure.ts';

describe('story structure', () => {
  it('finds step ids in MDX in order', () => {
    expect(stepIdsIn('<Step id="labour-1" figure="timeline">a</Step>\n<Step figure="map" id=\'labour-2\'>')).toEqual([
      'labour-1',
      'labour-2',
    ]);
  });
  it('accepts consecutive steps named after the chapter', () => {
    expect(checkChapterSteps('labour', '<Step id="labour-1"></Step><Step id="labour-2"></Step>')).toEqual([]);
  });
  it('accepts a step split into lettered parts, in order', () => {
    expect(
      checkChapterSteps(
        'labour',
        '<Step id="labour-1"></Step><Step id="labour-1b"></Step><Step id="labour-1c"></Step><Step id="labour-2"></Step>',
      ),
    ).toEqual([]);
  });
  it('names a part out of order', () => {
    expect(checkChapterSteps('labour', '<Step id="labour-1"></Step><Step id="labour-1c"></Step>')).toEqual([
      'chapter labour: step "labour-1c" should be "labour-1b" or "labour-2" (ids run labour-1, labour-1b, labour-2, …)',
    ]);
  });
  it('names a skipped step number', () => {
    expect(checkChapterSteps('labour', '<Step id="labour-1"></Step><Step id="labour-3"></Step>')).toEqual([
      'chapter labour: step "labour-3" should be "labour-1b" or "labour-2" (ids run labour-1, labour-1b, labour-2, …)',
    ]);
  });
  it('names a step filed under another chapter', () => {
    expect(checkChapterSteps('goods', '<Step id="labour-1"></Step>')).toEqual([
      'chapter goods: step "labour-1" should be "goods-1" (ids run goods-1, goods-1b, goods-2, …)',
    ]);
  });
  it('refuses a chapter without steps', () => {
    expect(checkChapterSteps('fairs', 'just prose')).toEqual(['chapter fairs: has no <Step> blocks']);
  });
  it('lists every problem across chapters at once', () => {
    expect(() =>
      assertStoryStructure([
        { id: 'a', body: '<Step id="a-2">' },
        { id: 'a', body: '<Step id="a-1">' },
      ]),
    ).toThrow(
      'The story has 2 problem(s):\nchapter a: step "a-2" should be "a-1" (ids run a-1, a-1b, a-2, …)\nchapter a: id used by two chapters',
    );
  });
});
