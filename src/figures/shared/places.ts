import type { Dataset } from '../../lib/schema.ts';

/** Place ids to English names; unknown ids print as themselves so a gap is visible, not silent. */
export function placeNamer(dataset: Dataset): (id: string) => string {
  const names = new Map(dataset.places.map((p) => [p.id, p.name.en]));
  return (id) => names.get(id) ?? id;
}
