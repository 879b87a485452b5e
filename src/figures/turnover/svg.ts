import type { DrawContext, Drawn } from '../shared/types.ts';
import { drawRowPlot } from '../shared/rowplot.ts';
import type { TurnoverModel } from './state.ts';

export function drawTurnover(model: TurnoverModel, ctx: DrawContext): Drawn {
  return drawRowPlot(model, ctx);
}
