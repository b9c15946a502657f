import { Queue } from '@forge/events';

export const REPORT_QUEUE_KEY = 'report-work';

/** Hands the next step of a computing report (KVS key, step number) to the `report-work` consumer. */
export const pushReportStep = async (key: string, step: number): Promise<void> => {
  await new Queue({ key: REPORT_QUEUE_KEY }).push([{ body: { key, step } }]);
};
