import { describe, expect, it } from 'vitest';
import { parseChapterSteps } from '../../src/lib/step-states.ts';

const chapter = `
<Step id="labour-1" figure="map" map={{ center: [131.9, 43.1], zoom: 5, highlight: ['RU-PRI'], focus: ['vladivostok'] }}>
Workers arrived by train. <Num claim="t08" />
</Step>

<Step id="labour-2" figure="labour-claims" highlight={['t33', 't48']}>
Two numbers for one factory.
</Step>
`;

describe('parseChapterSteps', () => {
  it('reads each step id and its state from MDX props', () => {
    const steps = parseChapterSteps('labour', chapter);
    expect(steps.map((step) => step.id)).toEqual(['labour-1', 'labour-2']);
    expect(steps[0]!.state.map).toMatchObject({ center: [131.9, 43.1], zoom: 5, highlight: ['RU-PRI'] });
    expect(steps[1]!.state).toEqual({ figure: 'labour-claims', highlight: ['t33', 't48'] });
  });
  it('gives a later part with no props the state of the step it continues', () => {
    const steps = parseChapterSteps('labour', `${chapter}\n<Step id="labour-2b">\nMore on that factory.\n</Step>`);
    expect(steps.at(-1)).toEqual({
      id: 'labour-2b',
      state: { figure: 'labour-claims', highlight: ['t33', 't48'] },
      stateFrom: 'labour-2',
    });
  });
  it('refuses a numbered step with no state, since only parts inherit', () => {
    expect(() => parseChapterSteps('x', '<Step id="x-1" figure="timeline">a</Step>\n<Step id="x-2">b</Step>')).toThrow(
      'x-2: needs a figure (only a later part, such as x-2b, keeps the state before it)',
    );
  });
  it('accepts negative numbers', () => {
    const [step] = parseChapterSteps(
      'x',
      '<Step id="x-1" figure="map" map={{ center: [-170.5, 65], zoom: 3 }}>a</Step>',
    );
    expect(step!.state.map?.center).toEqual([-170.5, 65]);
  });
  it('refuses computed props, naming the step and prop', () => {
    expect(() =>
      parseChapterSteps('x', '<Step id="x-1" figure="timeline" highlight={ids.filter(Boolean)}>a</Step>'),
    ).toThrow('chapter x has bad steps:\nx-1: prop highlight: a CallExpression is not a literal value');
  });
  it('names an invalid state', () => {
    expect(() => parseChapterSteps('x', '<Step id="x-1" figure="map">a</Step>')).toThrow(
      'x-1: map: a step showing the map needs a map view',
    );
  });
});
