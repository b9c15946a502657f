import type { AppConfig } from '../domain/config';
import type { ClockName, SlaSnapshot } from '../domain/sla';
import { CLOCK_NAMES as CLOCKS } from '../domain/vocabulary';
import type { ServiceRecord } from '../shared/issue-properties';
import type { Needs, WithJira } from './deps';
import type { IssueEditor } from './ports';
import { sendNotice } from './notify';

const CLOCK_NAMES: Readonly<Record<ClockName, string>> = { response: 'response 响应', resolution: 'resolution 解决', onsite: 'on-site departure 上门出发' };

/**
 * Warnings (configured thresholds) and breaches (100 %), exactly once per clock, cycle and threshold, however
 * often sweeps and triggers run. When several thresholds were crossed since the last look, only the highest is
 * announced and the lower ones are marked as done silently.
 */
export const notifyThresholds = async (
  deps: Needs<'im' | 'once'> & WithJira<IssueEditor>,
  config: AppConfig,
  issue: { readonly id: string; readonly key: string; readonly assignee: string | null },
  record: ServiceRecord,
  snapshot: SlaSnapshot,
): Promise<number> => {
  let sent = 0;
  for (const name of CLOCKS) {
    const clock = snapshot[name];
    if (clock === null) continue;
    const reached = [...clock.thresholdsReached].sort((a, b) => b - a);
    let announced = false;
    for (const threshold of reached) {
      const key = `threshold:${issue.id}:${name}:${clock.cycle}:${threshold}`;
      if (!(await deps.once.claim(key))) {
        announced = true;
        continue;
      }
      if (announced) continue;
      announced = true;
      const breach = threshold >= 100;
      const supervisor = config.routing.dutySupervisor;
      const alsoSupervisor = breach || record.priority === 'urgent';
      const recipients = [
        ...(issue.assignee === null ? [] : [issue.assignee]),
        ...(alsoSupervisor && supervisor !== undefined ? [supervisor] : []),
      ];
      try {
        await sendNotice(deps, config, {
          event: breach ? 'breach' : 'warning',
          issueKey: issue.key,
          recipients,
          subject: breach
            ? `[${record.serviceNumber}] SLA breached: ${CLOCK_NAMES[name]} / 已超时`
            : `[${record.serviceNumber}] SLA ${threshold}% of ${CLOCK_NAMES[name]} used / 已用 ${threshold}%`,
          text: `${issue.key}: ${clock.usedMinutes} of ${clock.targetMinutes} minutes used (cycle ${clock.cycle}).`,
        });
        sent += 1;
      } catch (error) {
        await deps.once.forget(key);
        throw error;
      }
    }
  }
  return sent;
};
