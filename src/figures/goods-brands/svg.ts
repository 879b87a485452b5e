import type { DrawContext, Drawn } from '../shared/types.ts';
import { drawRowPlot } from '../shared/rowplot.ts';
import type { GoodsBrandsModel } from './state.ts';

export function drawGoodsBrands(model: GoodsBrandsModel, ctx: DrawContext): Drawn {
  return drawRowPlot(model, ctx);
}
