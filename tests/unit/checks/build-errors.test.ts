/**
 * The build errors an author reads when a chapter names something that does not exist: each names
 * the component, the id, and where the id should be. Rendered through Astro's container, as a
 * chapter's MDX renders them during `npm run build`.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import { loadDatasetOrThrow } from '../../../src/lib/load-dataset.ts';
import Cite from '../../../src/components/story/Cite.astro';
import Num from '../../../src/components/story/Num.astro';
import Step from '../../../src/components/story/Step.astro';
import When from '../../../src/components/story/When.astro';

// The content layer is not synced inside Vitest; the components read the real dataset instead.
vi.mock('../../../src/data/dataset.ts', () => ({ getDataset: () => loadDatasetOrThrow('content/data') }));

async function renderError(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  return container.renderToString(component, { props }).then(
    () => 'rendered without error',
    (error: unknown) => (error as Error).message,
  );
}

describe('build errors for unknown ids in chapter components', () => {
  it('<Num> names the unknown claim id', async () => {
    expect(await renderError(Num, { claim: 't999' })).toBe(
      '<Num claim="t999">: unknown claim id "t999" (not in content/data/claims/)',
    );
  });

  it('<Num> with a figure key names the key too', async () => {
    expect(await renderError(Num, { claim: 't999', k: 'workers' })).toBe(
      '<Num claim="t999" k="workers">: unknown claim id "t999" (not in content/data/claims/)',
    );
  });

  it('<Cite> names the unknown id among the ids it was given', async () => {
    expect(await renderError(Cite, { claims: 't33 t999' })).toBe(
      '<Cite claims="t33 t999">: unknown claim id "t999" (not in content/data/claims/)',
    );
  });

  it('<When> names the unknown claim id', async () => {
    expect(await renderError(When, { claim: 'x1' })).toBe(
      '<When claim="x1">: unknown claim id "x1" (not in content/data/claims/)',
    );
  });

  it('<Step> names the step and the unknown figure', async () => {
    expect(await renderError(Step, { id: 'labour-2', figure: 'pie-chart', highlight: [] })).toBe(
      '<Step id="labour-2">: bad graphic state: figure: Invalid option: expected one of ' +
        '"map"|"timeline"|"labour-claims"|"goods-brands"|"trade-fairs"|"trade-offices"|"entries"|"turnover"',
    );
  });
});
