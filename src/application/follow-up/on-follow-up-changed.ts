import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema } from '../../shared/rpc';
import type { AppDeps } from '../deps';
import { closeFollowUp } from './close-follow-up';

/**
 * An issue's status changed (updated-issue trigger): if it is a follow-up task now in a done status, the
 * follow-up is closed. One search call reads the status category and the property together.
 */
export const onFollowUpChanged = async (deps: AppDeps, issueKey: string): Promise<void> => {
  if (!/^[A-Z][A-Z0-9_]*-\d+$/.test(issueKey)) return;
  const page = await deps.loopJira.search(`key = ${issueKey}`, [FOLLOW_UP_PROPERTY], null, 1);
  const hit = page.items[0];
  if (hit === undefined || !hit.done) return;
  const followUp = FollowUpPropertySchema.safeParse(hit.properties[FOLLOW_UP_PROPERTY]);
  if (!followUp.success) return;
  await closeFollowUp(deps, hit.key, followUp.data, null);
};
