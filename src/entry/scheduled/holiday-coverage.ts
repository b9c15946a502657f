import { warnHolidayCoverage } from '../../application/warn-holiday-coverage';
import { appInvocation } from '../../adapters/compose';

/** Scheduled trigger (daily): tell the duty supervisor and admins about missing holiday data, once a week. */
export const holidayCoverageCheck = async (): Promise<void> => {
  const { deps } = appInvocation();
  await warnHolidayCoverage(deps);
};
