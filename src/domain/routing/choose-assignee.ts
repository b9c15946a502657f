/**
 * Which member of a category's group gets a new request. `turn` is the request's place (1, 2, 3 …) in the
 * category's round-robin sequence; `openCounts` is each member's number of open assigned requests, given only
 * for the least-loaded strategy. Least loaded wins; among equally loaded members the rotation decides, starting
 * where round-robin would, so with equal loads both strategies agree.
 */
export const chooseAssignee = (members: readonly string[], turn: number, openCounts: ReadonlyMap<string, number> | null): string | null => {
  if (members.length === 0) return null;
  const start = (((turn - 1) % members.length) + members.length) % members.length;
  const rotation = [...members.slice(start), ...members.slice(0, start)];
  if (openCounts === null) return rotation[0] ?? null;
  const load = (member: string): number => openCounts.get(member) ?? 0;
  const least = Math.min(...rotation.map(load));
  return rotation.find((member) => load(member) === least) ?? null;
};
