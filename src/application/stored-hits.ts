import type { Needs } from './deps';
import type { IssueHit, MirroredProperty } from './ports';

/**
 * Search hits with their mirrored properties replaced by app storage. JQL over the mirrors only selects
 * candidates (period, project, `tsNumber IS NOT EMPTY`); every value a report or an export shows is the
 * stored one, and a hit the app holds no `required` record for (a forged or copied mirror) is dropped.
 */
export const withStoredProperties = async (
  deps: Needs<'truth'>,
  hits: readonly IssueHit[],
  properties: readonly MirroredProperty[],
  required: MirroredProperty,
): Promise<IssueHit[]> => {
  if (hits.length === 0) return [];
  const ids = hits.map((h) => h.id);
  const stored = await Promise.all(properties.map(async (p) => [p, await deps.truth.getMany(ids, p)] as const));
  const out: IssueHit[] = [];
  for (const hit of hits) {
    const props: Record<string, unknown> = {};
    for (const [property, values] of stored) if (values.has(hit.id)) props[property] = values.get(hit.id);
    if (props[required] === undefined) continue;
    out.push({ ...hit, properties: props });
  }
  return out;
};
