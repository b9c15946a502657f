import { z } from 'zod';
import { continueReport } from '../../application/reports/build-report';
import { appInvocation } from '../../adapters/compose';
import { forgeConsumer } from '../../adapters/forge-handlers';
import { pushReportStep } from '../../adapters/report-work-queue';

const StepSchema = z.object({ key: z.string().regex(/^report:[0-9a-f]{40}$/), step: z.int().min(0) });

/** Search pages per queue step: ~10,000 requests, well inside the consumer's 300 s. */
const CONSUMER_PAGES = 100;

/** Queue `report-work` consumer: folds the next pages of a report too large for one resolver call. */
export const reportWork = forgeConsumer('step', async (payload: unknown) => {
  const { deps } = appInvocation();
  const item = StepSchema.safeParse(payload);
  if (!item.success) {
    deps.logger.warn('dropped a malformed report step', { issues: item.error.issues.length });
    return;
  }
  const next = await continueReport(deps, item.data.key, item.data.step, CONSUMER_PAGES);
  if (next !== null) await pushReportStep(item.data.key, next);
});
