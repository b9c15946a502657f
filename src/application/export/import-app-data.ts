import { z } from 'zod';
import { importAppData } from '../../domain/export';
import { SERVICE_RECORD_PROPERTY, SLA_PROPERTY, SURVEY_PROPERTY } from '../../shared/issue-properties';
import { failure, success, type Envelope } from '../../shared/envelope';
import { FOLLOW_UP_PROPERTY, FollowUpPropertySchema, type AppDataImport } from '../../shared/rpc';
import { currentConfig } from '../current-config';
import type { AppDeps } from '../deps';
import { COUNTER_PREFIX } from './counter-keys';

const DocumentSchema = z.object({ appData: z.unknown(), followUps: z.array(z.object({ key: z.string().min(1), value: FollowUpPropertySchema })) });

/**
 * Restores an exported document: validated in full before the first write; configuration saved as a new
 * version; properties written back to their issues; counters only ever raised (a lower one would hand a
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
    if (issue.serviceRecord !== null) await deps.jira.setProperty(issue.id, SERVICE_RECORD_PROPERTY, issue.serviceRecord);
    if (issue.sla !== null) await deps.jira.setProperty(issue.id, SLA_PROPERTY, issue.sla);
    if (issue.survey !== null) await deps.jira.setProperty(issue.id, SURVEY_PROPERTY, issue.survey);
  }
  for (const followUp of outer.data.followUps) await deps.jira.setProperty(followUp.key, FOLLOW_UP_PROPERTY, followUp.value);
  return success({ issues: issues.length, followUps: outer.data.followUps.length, counters: counters.length });
};
