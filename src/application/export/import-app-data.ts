import { z } from 'zod';
import { importAppData } from '../../domain/export';
import { failure, success, type Envelope } from '../../shared/envelope';
import { FollowUpPropertySchema, type AppDataImport } from '../../shared/rpc';
import { currentConfig } from '../current-config';
import type { AppDeps } from '../deps';
import { writeFollowUp, writeRecord, writeSla, writeSurvey } from '../service-record-store';
import { COUNTER_PREFIX } from './counter-keys';

const DocumentSchema = z.object({ appData: z.unknown(), followUps: z.array(z.object({ key: z.string().min(1), value: FollowUpPropertySchema })) });

/**
 * Restores an exported document: validated in full before the first write; configuration saved as a new
 * version; records written to app storage and mirrored to their issues; counters only ever raised (a lower one would hand a
 * number out twice).
 */
export const importAppDocument = async (deps: AppDeps, by: string, document: unknown): Promise<Envelope<AppDataImport>> => {
  const outer = DocumentSchema.safeParse(document);
  if (!outer.success) {
    return failure('invalid-payload', 'Not an app-data document.', outer.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  }
  const bundle = importAppData(outer.data.appData);
  if (!bundle.ok) return failure('invalid-payload', bundle.error.message, bundle.error.problems.map((p) => ({ path: `appData.${p.path}`, message: p.message })));
  const { config, issues, counters } = bundle.value;
  const stored = await currentConfig(deps.config);
  const saved = await deps.config.save(config, stored.version, by, deps.clock.now());
  if (saved === 'conflict') return failure('conflict', 'The configuration changed while importing; try again.');
  for (const counter of counters) {
    const key = `${COUNTER_PREFIX}${counter.date}`;
    const existing = await deps.store.get(key);
    if (typeof existing !== 'number' || existing < counter.last) await deps.store.set(key, counter.last);
  }
  for (const issue of issues) {
    if (issue.serviceRecord !== null) await writeRecord(deps, issue, issue.serviceRecord);
    if (issue.sla !== null) await writeSla(deps, issue, issue.sla);
    if (issue.survey !== null) await writeSurvey(deps, issue, issue.survey);
  }
  for (const followUp of outer.data.followUps) {
    // The document names tasks by key; app storage is keyed by id.
    const task = await deps.jira.getIssue(followUp.key);
    if (task !== null) await writeFollowUp(deps, task, followUp.value);
  }
  return success({ issues: issues.length, followUps: outer.data.followUps.length, counters: counters.length });
};
