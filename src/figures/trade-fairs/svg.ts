import type { DrawContext, Drawn } from '../shared/types.ts';
import { drawRowPlot } from '../shared/rowplot.ts';
import type { TradeFairsModel } from './state.ts';

export function drawTradeFairs(model: TradeFairsModel, ctx: DrawContext): Drawn {
  return drawRowPlot(model, ctx);
}
