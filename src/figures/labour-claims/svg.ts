import type { DrawContext, Drawn } from '../shared/types.ts';
import { drawRowPlot } from '../shared/rowplot.ts';
import type { LabourClaimsModel } from './state.ts';

export function drawLabourClaims(model: LabourClaimsModel, ctx: DrawContext): Drawn {
  return drawRowPlot(model, ctx);
}
