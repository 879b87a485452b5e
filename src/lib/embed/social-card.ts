/**
 * Social cards (Open Graph / Twitter, 1200×630) as standalone SVG, rasterised at build by
 * raster.ts. Pure: strings in, string out. Text is wrapped by an estimate of DejaVu Sans widths
 * (the font the rasteriser is given), clipped to a line budget with an ellipsis.
 */
import { SOCIAL_CARD_SIZE } from './oembed.ts';

const { width: W, height: H } = SOCIAL_CARD_SIZE;
const FONT = "'DejaVu Sans', 'Liberation Sans', sans-serif";

export type SocialCard = {
  /** Small line above the title: "Chapter 3 · Tumen", "Figure · Tumen". */
  kicker: string;
  title: string;
  summary?: string;
  /** Bottom line: licence and address. */
  footer: string;
  /**
   * A picture for the right half, as a data: URI (a PNG of the chart or map: resvg draws no text
   * inside nested SVG images, so the caller rasterises the figure first).
   */
  pictureHref?: string;
  /** Accent colour for the top bar (a literal colour: the card is a standalone file). */
  accent?: string;
};

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap to an estimated width (px) at a font size; at most maxLines, last one ellipsised. */
export function wrapText(text: string, widthPx: number, fontSize: number, maxLines: number, charEm = 0.6): string[] {
  const perLine = Math.max(4, Math.floor(widthPx / (fontSize * charEm)));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= perLine || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    current = '';
    i = words.length;
  }
  const truncated = i < words.length || current !== '';
  if (truncated && lines.length > 0) {
    let last = lines[lines.length - 1]!;
    while (last.length > perLine - 1)
      last = last.slice(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : perLine - 1);
    lines[lines.length - 1] = `${last.replace(/[\s,.;:–-]+$/, '')}…`;
  }
  return lines;
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, cls: string): string {
  return lines.map((line, n) => `<text x="${x}" y="${y + n * lineHeight}" class="${cls}">${esc(line)}</text>`).join('');
}

export function socialCardSvg(card: SocialCard): string {
  const pad = 64;
  const hasPicture = Boolean(card.pictureHref);
  const textWidth = hasPicture ? 520 : W - 2 * pad;
  const titleSize = hasPicture ? 46 : 60;
  const titleLines = wrapText(card.title, textWidth, titleSize, hasPicture ? 5 : 3, 0.66);
  const titleTop = pad + 60 + Math.round(titleSize * 0.95);
  const titleLead = Math.round(titleSize * 1.18);
  const summaryTop = titleTop + (titleLines.length - 1) * titleLead + 36;
  const summarySize = hasPicture ? 24 : 28;
  const summaryRoom = Math.max(0, Math.floor((H - pad - 60 - summaryTop) / (summarySize * 1.4)));
  const summaryLines = card.summary
    ? wrapText(card.summary, textWidth, summarySize, Math.min(5, summaryRoom), 0.56)
    : [];
  const picture = card.pictureHref
    ? `<rect x="${W / 2 + 8}" y="${pad - 16}" width="${W / 2 - pad - 8 + 16}" height="${H - 2 * pad + 32}" rx="8" class="frame"/>` +
      `<image x="${W / 2 + 20}" y="${pad - 4}" width="${W / 2 - pad - 16}" height="${H - 2 * pad + 8}" preserveAspectRatio="xMidYMid meet" href="${esc(card.pictureHref)}"/>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<style>text{font-family:${FONT};fill:#1c1b19}.kicker{font-size:24px;font-weight:700;fill:#9c2f1f;letter-spacing:1px}` +
    `.title{font-size:${titleSize}px;font-weight:700}.summary{font-size:${summarySize}px;fill:#55524b}` +
    `.footer{font-size:20px;fill:#55524b}.frame{fill:#ffffff;stroke:#d6d2c8;stroke-width:2}</style>` +
    `<rect width="${W}" height="${H}" fill="#fdfcf9"/>` +
    `<rect width="${W}" height="12" fill="${esc(card.accent ?? '#9c2f1f')}"/>` +
    picture +
    `<text x="${pad}" y="${pad + 36}" class="kicker">${esc(card.kicker)}</text>` +
    textLines(titleLines, pad, titleTop, titleLead, 'title') +
    textLines(summaryLines, pad, summaryTop + summarySize, Math.round(summarySize * 1.4), 'summary') +
    `<text x="${pad}" y="${H - pad + 8}" class="footer">${esc(card.footer)}</text>` +
    `</svg>\n`
  );
}
