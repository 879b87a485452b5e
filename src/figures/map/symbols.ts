/**
 * Marker symbols: each layer has its own shape as well as its colour, so a marker never rests
 * on colour alone, and the legend shows the same shape. Paths are centred on 0,0. Browser-safe.
 */
import type { MarkerLayer } from './model.ts';

const r = 5.5;
const star = Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? r + 0.8 : r * 0.45;
  const angle = (Math.PI / 5) * i - Math.PI / 2;
  return `${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`;
}).join('L');

export const SYMBOL_PATHS: Record<MarkerLayer | 'place', string> = {
  'trade-offices': `M${-r},${-r}H${r}V${r}H${-r}Z`,
  labour: `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`,
  trademarks: `M0,${-r - 1}L${r + 1},0L0,${r + 1}L${-r - 1},0Z`,
  'trade-fairs': `M0,${-r - 1}L${r + 1},${r}H${-r - 1}Z`,
  crossings: `M${-r},${-2}H${r}V2H${-r}Z M-2,${-r}H2V${r}H-2Z`,
  logistics: `M${-r},${-r * 0.55}L0,${-r}L${r},${-r * 0.55}V${r * 0.55}L0,${r}L${-r},${r * 0.55}Z`,
  tourism: `M${star}Z`,
  place: 'M-3.5,0A3.5,3.5 0 1,0 3.5,0A3.5,3.5 0 1,0 -3.5,0Z',
};

/** An inline SVG of one symbol, for live markers and the legend. */
export function symbolSvg(kind: MarkerLayer | 'place', extraClass = ''): string {
  return `<svg class="map-symbol map-symbol--${kind}${extraClass ? ` ${extraClass}` : ''}" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="${SYMBOL_PATHS[kind]}"/></svg>`;
}
