/** Ids for elements that repeat on a page (a claim can be cited many times); unique per build. */
let counter = 0;
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
