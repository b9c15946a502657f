/**
 * Who a consultation asks: the colleagues named and the group's members, each once, in that order, never the asker
 * (nobody consults themselves). Empty means nobody would be asked, which the use case refuses.
 */
export const inviteesOf = (named: readonly string[], groupMembers: readonly string[], asker: string): string[] =>
  [...new Set([...named, ...groupMembers])].filter((id) => id !== asker);
