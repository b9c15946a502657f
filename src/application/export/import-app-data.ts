import { z } from 'zod';
import { parseConfig, type AppConfig } from '../../domain/config';
import { AuditRecordSchema, ClockEventLogSchema, ConfigVersionSchema, importAppData } from '../../domain/export';
import { failure, success, type Envelope } from '../../shared/envelope';
import { FollowUpPropertySchema, type AppDataImport } from '../../shared/rpc';
import { currentConfig } from '../current-config';
import type { Needs, WithJira } from '../deps';
import type { ConfigVersionRow, IssueEditor, IssueReader } from '../ports';
import { writeFollowUp, writeRecord, writeSla, writeSurvey } from '../service-record-store';
import { COUNTER_PREFIX } from './counter-keys';

/** Documents exported before issue 13 lack the event logs, the history and the audit log: they import as before. */
const DocumentSchema = z.object({
  appData: z.unknown(),
  followUps: z.array(z.object({ key: z.string().min(1), value: FollowUpPropertySchema })),
  clockEvents: z.array(ClockEventLogSchema).default([]),
  configHistory: z.array(ConfigVersionSchema).default([]),
  audit: z.array(AuditRecordSchema).default([]),
  retention: z.unknown().optional(),
});

interface Problem {
  readonly path: string;
  readonly message: string;
}

const sameConfig = (a: AppConfig, b: AppConfig): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Cross-checks the parts the schemas cannot: every history version parses, versions ascend, event logs name exported requests. */
const archiveProblems = (history: readonly ConfigVersionRow[], clockEvents: readonly { issueId: string }[], issueIds: ReadonlySet<string>): Problem[] => {
  const problems: Problem[] = [];
  history.forEach((row, i) => {
    const parsed = parseConfig(row.config);
    if (!parsed.ok) for (const issue of parsed.error.issues) problems.push({ path: `configHistory[${i}].config${issue.path === '' ? '' : `.${issue.path}`}`, message: issue.message });
    const before = history[i - 1];
    if (before !== undefined && before.version >= row.version) problems.push({ path: `configHistory[${i}].version`, message: `expected a version after ${before.version}` });
  });
  clockEvents.forEach((log, i) => {
    if (!issueIds.has(log.issueId)) problems.push({ path: `clockEvents[${i}].issueId`, message: `${log.issueId} is not one of the exported requests` });
  });
  return problems;
};

/**
 * The configuration: into fresh app storage (no history, or only the version the install seeded) the exported
 * history is restored verbatim; a target with its own history keeps it and gets the imported configuration as a
 * new version, unless it is already in force. Returns the versions restored, or 'conflict'.
 */
const restoreConfig = async (
  deps: Needs<'archive' | 'clock' | 'config'>,
  by: string,
  config: AppConfig,
  history: readonly ConfigVersionRow[],
): Promise<number | 'conflict'> => {
  const target = await deps.archive.configVersions();
  const identical = JSON.stringify(target) === JSON.stringify(history);
  const fresh = target.length === 0 || (target.length === 1 && target[0]?.updatedBy === null);
  let restored = 0;
  if (history.length > 0 && !identical && fresh) {
    await deps.archive.restoreConfigVersions(history);
    restored = history.length;
  }
  const stored = await currentConfig(deps.config);
  if (stored.version > 0 && sameConfig(stored.config, config)) return restored;
  const saved = await deps.config.save(config, stored.version, by, deps.clock.now());
  return saved === 'conflict' ? 'conflict' : restored;
};

/**
 * Restores an exported archive: validated in full before the first write; configuration and its history (see
 * `restoreConfig`); records, clock event logs and audit entries written to app storage (records mirrored to
 * their issues); counters only ever raised (a lower one would hand a number out twice). Importing the same
 * archive again changes nothing.
 */
export const importAppDocument = async (
  deps: Needs<'archive' | 'clock' | 'config' | 'events' | 'store' | 'truth'> & WithJira<IssueReader & IssueEditor>,
  by: string,
  document: unknown,
): Promise<Envelope<AppDataImport>> => {
  const outer = DocumentSchema.safeParse(document);
  if (!outer.success) {
    return failure('invalid-payload', 'Not an app-data document.', outer.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  }
  const bundle = importAppData(outer.data.appData);
  if (!bundle.ok) return failure('invalid-payload', bundle.error.message, bundle.error.problems.map((p) => ({ path: `appData.${p.path}`, message: p.message })));
  const { config, issues, counters } = bundle.value;
  const { clockEvents, configHistory, audit, followUps } = outer.data;
  const problems = archiveProblems(configHistory, clockEvents, new Set(issues.map((i) => i.id)));
  const first = problems[0];
  if (first !== undefined) return failure('invalid-payload', `Invalid app data: ${first.path}: ${first.message}`, problems);

  const restored = await restoreConfig(deps, by, config, configHistory);
  if (restored === 'conflict') return failure('conflict', 'The configuration changed while importing; try again.');
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
  // Same ids as exported: a re-import overwrites each event with itself.
  for (const log of clockEvents) await deps.events.append(log.issueId, log.events);
  for (const followUp of followUps) {
    // The document names tasks by key; app storage is keyed by id.
    const task = await deps.jira.getIssue(followUp.key);
    if (task !== null) await writeFollowUp(deps, task, followUp.value);
  }
  const auditEntries = await deps.archive.restoreAudit(audit.map(({ issueKey, ...rest }) => (issueKey === undefined ? rest : { ...rest, issueKey })));
  return success({ issues: issues.length, followUps: followUps.length, counters: counters.length, clockEvents: clockEvents.length, configVersions: restored, auditEntries });
};
