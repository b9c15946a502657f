import type { AppConfig } from '../domain/config';
import { serviceDate, formatServiceNumber } from '../domain/numbering';
import { decidePriority } from '../domain/priority';
import { SERVICE_INTAKE_PROPERTY, SERVICE_RECORD_PROPERTY, SLA_PROPERTY, type ServiceRecord, type SlaProperty } from '../shared/issue-properties';
import { portalIntakePropertyKeys } from '../shared/portal-intake';
import { bestEffort } from './best-effort';
import { isServiceRequest } from './is-service-request';
import { commitmentText, isAcknowledgement } from './commitment-text';
import { currentConfig } from './current-config';
import type { AppDeps, Needs, WithJira } from './deps';
import { JIRA_PRIORITY_NAME } from './jira-priority';
import { escalateIfUrgent } from './escalate-urgent';
import { once, type OnceOutcome } from './notify';
import { type IssueEdit, type IssueEditor, type IssueReader, type IssueSnapshot, type MirroredProperty, type People, RetryLaterError } from './ports';
import { MIRRORED, repairIssueMirrors } from './mirrors';
import { readIntake } from './read-intake';
import { routeRequest } from './route-request';
import { readFollowUp, readRecord, storeRecord } from './service-record-store';
import { recomputeSla } from './sla-service';

const BUSY_RETRY_SECONDS = 10;
const iso = (ms: number): string => new Date(ms).toISOString();

const ASSUMPTION_PREFIX = '[Support Standard] Intake data was missing or invalid for: ';

const assumptionText = (config: AppConfig, record: ServiceRecord): string => {
  const d = config.intakeDefaults;
  return (
    `${ASSUMPTION_PREFIX}${record.assumed.join(', ')}. ` +
    `Assumed defaults — category ${d.category}, urgency ${d.urgency}, impact ${d.impact}, channel ${record.channel}. ` +
    `Please verify. / 受理信息缺失或无效（${record.assumed.join('、')}），已按默认值处理，请核实。`
  );
};

const numberScope = (config: AppConfig, createdAt: number): string => `svc:${serviceDate(createdAt, config.numbering.timezone)}`;

const buildRecord = async (
  deps: Needs<'appUuid' | 'sequences'> & WithJira<IssueReader & People>,
  config: AppConfig,
  issue: IssueSnapshot,
  scope: string,
): Promise<ServiceRecord> => {
  // Raised by an agent on a customer's behalf: the reporter is the customer, the creator the agent. Asked of Jira
  // at most once, and only when the creator is someone else or the panel submitted a channel.
  const creator = issue.creatorAccountId ?? null;
  let agentCreator: Promise<boolean> | null = null;
  const creatorIsAgent = () => (agentCreator ??= creator === null ? Promise.resolve(false) : deps.jira.isAgentOfProject(creator, issue.projectId));
  const intake = await readIntake(deps.jira, issue.key, config, portalIntakePropertyKeys(deps.appUuid), creatorIsAgent, issue.properties);
  const raisedBy = creator !== null && creator !== issue.reporterAccountId && (await creatorIsAgent()) ? creator : null;
  const decision = decidePriority(config, {
    category: intake.category,
    urgency: intake.urgency,
    impact: intake.impact,
    // Nobody has verified the requester's urgency yet: the explanation must not call it verified.
    urgencyVerified: false,
    ...(intake.subcategory === null ? {} : { subcategory: intake.subcategory }),
  });
  const seq = await deps.sequences.claim(scope, issue.id);
  const record: ServiceRecord = {
    serviceNumber: formatServiceNumber(config.numbering, scope.slice('svc:'.length), seq),
    category: intake.category,
    subcategory: intake.subcategory,
    urgency: intake.urgency,
    urgencyProposed: intake.urgency,
    impact: intake.impact,
    impactText: intake.impactText,
    priority: decision.priority,
    priorityRule: decision.rule === null ? null : { id: decision.rule.id, name: decision.rule.name.en },
    priorityReason: { en: decision.reason.en, 'zh-CN': decision.reason.zh },
    channel: intake.channel,
    department: intake.department,
    contact: intake.contact,
    occurredAt: intake.occurredAt,
    receivedAt: iso(issue.createdAt),
    assumed: [...intake.assumed],
    verification: null,
    workaround: null,
    fix: null,
    confirmation: null,
    ...(raisedBy === null ? {} : { raisedBy }),
  };
  return record;
};

type Ref = { readonly issueId: string; readonly issueKey: string };

/**
 * A request was raised: number it, prioritise, route, start its clocks, acknowledge it to the requester and
 * alert the supervisor when urgent. No lease: every step is idempotent on its own — the number is a
 * crash-safe claim keyed by the request, the record and the clocks are recomputed to the same values, each
 * side effect is a two-step exactly-once marker — so duplicates may run side by side, and a run that dies at
 * any await is finished by the next delivery or by the reconciler. The ledger marks the lifecycle finished
 * only when every step is done, which is what the reconciler looks for.
 */
export const onRequestCreated = async (deps: AppDeps, ref: Ref): Promise<ServiceRecord | null> => {
  if (await deps.lifecycle.isFinished(ref.issueId)) return readRecord(deps, { id: ref.issueId, key: ref.issueKey });
  // One read brings the issue, the intake it was raised with and any mirrors copied onto it (issue 15).
  const issue = await deps.jira.getIssue(ref.issueKey, [...portalIntakePropertyKeys(deps.appUuid), SERVICE_INTAKE_PROPERTY, ...MIRRORED]);
  if (issue === null) {
    await vanished(deps, ref);
    return null;
  }
  // The app's own follow-up tasks live in the service project too; the trigger never sees them (ignoreSelf), the reconciler does.
  if (!isServiceRequest(issue) || (await readFollowUp(deps, issue.id)) !== null) {
    await deps.lifecycle.finish(issue.id, 'not-a-request', deps.clock.now());
    return null;
  }
  const { config } = await currentConfig(deps.config);
  const scope = numberScope(config, issue.createdAt);
  await deps.lifecycle.start(issue.id, { issueKey: issue.key, scope, at: deps.clock.now() });
  // A re-delivered event (or a retry after a crash) finds the record and completes whatever is missing.
  let record = await readRecord(deps, issue);
  const writesRecord = record === null;
  if (record === null) {
    record = await buildRecord(deps, config, issue, scope);
    // Storage now; its mirror rides in the one `PUT issue` below (a run dying before it is healed by the next touch).
    await storeRecord(deps, issue, record);
  }
  // The mirrors read with the issue are current except those this run writes itself (the record, the clocks).
  const stale = (p: MirroredProperty): boolean => p === SLA_PROPERTY || (writesRecord && p === SERVICE_RECORD_PROPERTY);
  const outcomes = await finishSteps(deps, config, issue, record, writesRecord, MIRRORED.filter((p) => !stale(p)));
  // A duplicate is doing a step right now: look again shortly; if that run dies, this retry or the reconciler redoes it.
  if (outcomes.includes('busy')) throw new RetryLaterError(`another run is finishing the creation of ${issue.key}`, BUSY_RETRY_SECONDS);
  await deps.lifecycle.finish(issue.id, 'complete', deps.clock.now());
  return record;
};

/** Clocks, Jira fields, comments and notices; a step another live run is doing right now comes back `busy`. */
const finishSteps = async (
  deps: AppDeps,
  config: AppConfig,
  issue: IssueSnapshot,
  record: ServiceRecord,
  recordMirrorPending: boolean,
  mirrorsToCheck: readonly MirroredProperty[],
): Promise<OnceOutcome[]> => {
  const { serviceNumber, priority, assumed } = record;
  const outcomes: OnceOutcome[] = [];

  // The creation event carries the priority decided at intake; later verifications append priority events.
  if (!(await deps.events.list(issue.id)).some((e) => e.id === 'created')) {
    await deps.events.append(issue.id, [{ id: 'created', event: { at: issue.createdAt, type: 'created', priority } }]);
  }
  const assignee = issue.assigneeAccountId === null ? await routeRequest(deps, config, issue, record.category) : null;
  // The clocks go to storage here; their mirror, like the record's, rides in the one `PUT issue` below.
  const deferred: { sla: SlaProperty | null } = { sla: null };
  const sla = await recomputeSla(deps, issue, { deferMirror: (property) => (deferred.sla = property) });
  const properties: Record<string, unknown> = {
    ...(recordMirrorPending ? { [SERVICE_RECORD_PROPERTY]: record } : {}),
    ...(deferred.sla === null ? {} : { [SLA_PROPERTY]: deferred.sla }),
  };
  const edit = { ...(assignee === null ? {} : { assigneeAccountId: assignee }), properties };
  const withPriority = { ...edit, priorityName: JIRA_PRIORITY_NAME[priority] };

  // A dead attempt's comment may have reached Jira: look for it before posting again.
  const hasComment = (matches: (text: string, isPublic: boolean) => boolean) => async () =>
    (await deps.jira.listCommentTexts(issue.key)).some((c) => matches(c.text, c.isPublic));
  const ackKey = `ack:${issue.id}`;
  const ackText = async (): Promise<string> => {
    const requester = issue.reporterAccountId === null ? null : await deps.jira.getUser(issue.reporterAccountId);
    return commitmentText(
      config,
      { serviceNumber, priority, respondBy: sla?.snapshot.response?.due ?? null, resolveBy: sla?.snapshot.resolution?.due ?? null },
      { locale: requester?.locale ?? null, timeZone: requester?.timeZone ?? null },
    );
  };
  // The public acknowledgement rides in the same `PUT issue` (issue 15) when no attempt at it was ever made; any
  // other case (a retry after a crash, a concurrent run) takes the step of its own below, which looks in Jira first.
  const ackUntried = await deps.once.inspect(ackKey).then((state) => !state.done && state.attempt === 0);

  // Jira's priority is guarded although the set is idempotent, so that a late rerun never undoes an agent's later change.
  const done = { edited: false };
  outcomes.push(
    await once(deps, `jira-priority:${issue.id}`, async () => {
      if (ackUntried) {
        await once(deps, ackKey, async () => {
          await applyCreationEdit(deps, issue.key, { ...withPriority, publicComment: await ackText() });
          done.edited = true;
        });
      }
      if (!done.edited) await applyCreationEdit(deps, issue.key, withPriority);
      done.edited = true;
    }),
  );
  if (!done.edited && (assignee !== null || Object.keys(properties).length > 0)) await applyCreationEdit(deps, issue.key, edit);

  if (assumed.length > 0) {
    const text = assumptionText(config, record);
    outcomes.push(
      await once(deps, `assumed:${issue.id}`, () => deps.jira.addComment(issue.key, text, 'internal'), {
        alreadyDone: hasComment((t, isPublic) => !isPublic && t.startsWith(ASSUMPTION_PREFIX)),
      }),
    );
  }

  outcomes.push(
    await once(deps, ackKey, async () => deps.jira.addComment(issue.key, await ackText(), 'public'), {
      alreadyDone: hasComment((t, isPublic) => isPublic && isAcknowledgement(t, serviceNumber)),
    }),
  );

  await escalateIfUrgent(deps, config, issue, record, 'intake');
  // Properties copied onto the new issue (a `survey`, a `follow-up`) are not the app's: healed from storage.
  await repairIssueMirrors(deps, issue, mirrorsToCheck);
  return outcomes;
};

/**
 * Creation's writes to Jira in one `PUT issue` (issue 15): priority, assignee and the mirrors, after app storage.
 * Should Jira refuse it (the priority or assignee field not on the edit screen, the assignee not assignable), each
 * write is made on its own as before: the field edits best effort, the mirrors required.
 */
const applyCreationEdit = async (deps: Needs<'logger'> & WithJira<IssueEditor>, issueKey: string, edit: IssueEdit): Promise<void> => {
  try {
    await deps.jira.editIssue(issueKey, edit);
    return;
  } catch (error) {
    if (error instanceof RetryLaterError) throw error;
    deps.logger.warn('the combined creation edit failed; writing each part on its own', { issue: issueKey, error: error instanceof Error ? error.message : String(error) });
  }
  const { priorityName, assigneeAccountId, publicComment } = edit;
  if (priorityName !== undefined) await bestEffort(deps, `setting the Jira priority of ${issueKey}`, () => deps.jira.setJiraPriority(issueKey, priorityName));
  if (assigneeAccountId !== undefined) await bestEffort(deps, `assigning ${issueKey}`, () => deps.jira.assign(issueKey, assigneeAccountId));
  for (const [property, value] of Object.entries(edit.properties ?? {})) await deps.jira.setProperty(issueKey, property, value);
  if (publicComment !== undefined) await deps.jira.addComment(issueKey, publicComment, 'public');
};

/**
 * The issue is gone (deleted). If a number was claimed for it, that number is never given to another request
 * (numbers are never reused), so the gap in the day is explained in the audit log, once.
 */
const vanished = async (deps: Needs<'audit' | 'clock' | 'config' | 'lifecycle' | 'logger' | 'once' | 'sequences'>, ref: Ref): Promise<void> => {
  deps.logger.info('request vanished before it was processed', { issue: ref.issueKey });
  const start = await deps.lifecycle.startOf(ref.issueId);
  const seq = start === null ? null : await deps.sequences.claimed(start.scope, ref.issueId);
  if (start !== null && seq !== null) {
    const { config } = await currentConfig(deps.config);
    const number = formatServiceNumber(config.numbering, start.scope.slice('svc:'.length), seq);
    await once(deps, `number-unused:${ref.issueId}`, () =>
      deps.audit.append({
        at: deps.clock.now(),
        kind: 'number-unused',
        issueKey: ref.issueKey,
        detail: `${number} was claimed for ${ref.issueKey} (issue id ${ref.issueId}), which was deleted before its creation was fully processed; the number stays unused.`,
      }),
    );
  }
  await deps.lifecycle.finish(ref.issueId, 'vanished', deps.clock.now());
};
