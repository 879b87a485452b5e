/**
 * Where to fold a tall chart in an embed so the whole page fits a host's height cap (WordPress
 * caps its embeds at 1,000 px). Pure: takes the vertical extents of the chart's marks (px from the
 * top of the chart) and returns the lowest cut that passes through no mark.
 */

/** WordPress' wp-embed.js never makes an embed taller than this. */
export const HOST_HEIGHT_CAP = 1000;

export type Span = { top: number; bottom: number };

export type Fold = {
  /** Chart height to show, px from its top. */
  cut: number;
  /** Marks entirely below the cut. */
  hidden: number;
};

/**
 * The lowest cut at or above `limit` that lies between marks (never through one), showing at least
 * one mark and hiding at least one; null when none exists or nothing needs hiding.
 * `gap` is the space kept under the last shown mark.
 */
export function chooseFold(marks: readonly Span[], limit: number, gap = 4): Fold | null {
  const sorted = [...marks].sort((a, b) => a.top - b.top || a.bottom - b.bottom);
  let best: Fold | null = null;
  let reach = -Infinity; // lowest bottom of the marks above the candidate cut
  for (let index = 0; index < sorted.length - 1; index++) {
    reach = Math.max(reach, sorted[index]!.bottom);
    const next = sorted[index + 1]!;
    if (next.top < reach) continue; // the next mark overlaps one above it: no cut here
    const cut = Math.min(reach + gap, next.top);
    if (cut > limit) break;
    best = { cut: Math.ceil(cut), hidden: sorted.length - index - 1 };
  }
  return best;
}
