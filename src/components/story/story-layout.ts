/**
 * Where the sticky graphic ends and where a step takes over, in pixels, from a viewport size
 * captured once. Never from `vh`: a phone's address bar showing or hiding changes innerHeight and
 * would move the trigger line under the reader's finger. Recomputed only when the width changes
 * (rotation), not the height.
 */

/** Below this width (60em at 16 px) the graphic sits above the text instead of beside it. */
export const PHONE_MAX_WIDTH = 959;

/** Share of a phone's screen the graphic keeps; the text reads in the rest. */
export const PHONE_GRAPHIC_SHARE = 0.58;

export type StoryLayout = {
  phone: boolean;
  /** Height of the sticky graphic (the whole screen beside the text on desktop). */
  graphicHeight: number;
  /** Height of the band the text reads in (phone), or of the screen (desktop). */
  readingHeight: number;
  /** Distance from the top of the screen at which a step's top makes it the active step. */
  triggerY: number;
};

export function storyLayout(viewport: { width: number; height: number }): StoryLayout {
  const height = Math.max(1, Math.round(viewport.height));
  if (viewport.width > PHONE_MAX_WIDTH)
    return { phone: false, graphicHeight: height, readingHeight: height, triggerY: Math.round(height * 0.6) };
  const graphicHeight = Math.round(height * PHONE_GRAPHIC_SHARE);
  const readingHeight = height - graphicHeight;
  // A third of the way into the reading band: the card's first lines are on screen when it takes over.
  return { phone: true, graphicHeight, readingHeight, triggerY: graphicHeight + Math.round(readingHeight / 3) };
}

/** Index of the step the trigger line is in: the last one whose top has passed it, else the first. */
export function stepAtTrigger(stepTops: readonly number[], triggerY: number): number {
  let found = 0;
  stepTops.forEach((top, index) => {
    if (top <= triggerY) found = index;
  });
  return found;
}
