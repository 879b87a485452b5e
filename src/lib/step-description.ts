/**
 * A sentence describing what a step's graphic shows: alt text for its static snapshot and the
 * announcement screen-reader users hear when the step changes.
 */
import type { Dataset } from './schema.ts';
import type { StepState } from './steps.ts';
import { listInWords } from './prose-format.ts';
import { FIGURE_TITLES, MAP_LAYERS, MAP_LAYER_PHRASES } from './vocabulary.ts';

export function describeStepState(state: StepState, dataset: Pick<Dataset, 'claims' | 'places'>): string {
  const title = FIGURE_TITLES[state.figure];
  if (state.figure === 'map' && state.map) {
    const placeName = (id: string) => dataset.places.find((place) => place.id === id)?.name.en ?? id;
    const regionName = (code: string) =>
      dataset.places.find((place) => place.region === code && place.kind === 'region')?.name.en ?? code;
    const parts = [`Map: ${title}.`];
    if (state.map.highlight.length > 0) parts.push(`Highlighted: ${listInWords(state.map.highlight.map(regionName))}.`);
    if (state.map.focus.length > 0) parts.push(`Marked: ${listInWords(state.map.focus.map(placeName))}.`);
    if (state.map.layers.length < MAP_LAYERS.length)
      parts.push(`Showing ${listInWords(state.map.layers.map((layer) => MAP_LAYER_PHRASES[layer]))}.`);
    return parts.join(' ');
  }
  const highlighted = state.highlight
    .map((claimId) => dataset.claims.find((claim) => claim.id === claimId)?.title)
    .filter((claimTitle): claimTitle is string => Boolean(claimTitle));
  return highlighted.length > 0 ? `Chart: ${title}. Highlighted: ${listInWords(highlighted)}.` : `Chart: ${title}.`;
}
