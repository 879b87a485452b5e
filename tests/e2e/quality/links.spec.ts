/**
 * Link gate inside `npm test`: the built dist/ (which the Playwright web server has just built)
 * has no broken internal link, anchor or asset. Same check as `npm run check-links`.
 */
import { checkDistLinks, formatProblems } from '../../../scripts/check-links.ts';
import { DIST_DIR } from '../../../scripts/dist-pages.ts';
import { expect, test } from '../guards.ts';

test('every internal link, #anchor and asset in dist/ resolves', () => {
  const { problems, pageCount } = checkDistLinks(DIST_DIR);
  expect(pageCount, 'pages crawled').toBeGreaterThan(0);
  expect(formatProblems(problems)).toEqual([]);
});
