/** What the changelog says about a set of claims: when they were last touched. */
import type { Meta } from './schema.ts';

/**
 * The date of the latest dataset version that corrected one of these claims; if none did, the date
 * of the first edition (when every claim was published).
 */
export function lastUpdatedFor(claimIds: string[], changelog: Meta['changelog']): string {
  const ids = new Set(claimIds);
  const byDate = [...changelog].sort((a, b) => a.date.localeCompare(b.date));
  const touched = byDate.filter((entry) => entry.corrected.some((claimId) => ids.has(claimId)));
  return (touched.at(-1) ?? byDate[0]!).date;
}
