import type { Consultation, ServiceRecord } from '../../shared/issue-properties';
import { currentPlan, planFingerprint } from './current-plan';
import { inviteesOf } from './invitees';
import { pendingInvitees } from './pending';

const base = { workaround: null, fix: null } as unknown as ServiceRecord;

const consultation = (over: Partial<Consultation>): Consultation => ({
  id: '1',
  askedBy: 'lisi',
  askedAt: '2026-11-30T02:00:00.000Z',
  question: 'q',
  group: null,
  invitees: ['zhouba', 'zhaoliu'],
  replies: [],
  outcome: null,
  closedAt: null,
  closedBy: null,
  ...over,
});

const outcome = (at: string, temporaryPlan: string | null, permanentPlan: string | null) => ({ temporaryPlan, permanentPlan, processingPeriod: '3 天', expectedEffect: '恢复', by: 'lisi', at });

describe('currentPlan', () => {
  it('is null while neither a consultation outcome nor a remedy exists', () => {
    expect(currentPlan({ ...base, consultations: [consultation({})] })).toBeNull();
  });

  it('takes, per half, the later of the consultation outcome and the remedy record', () => {
    const record: ServiceRecord = {
      ...base,
      workaround: { text: '网页版', expectedAt: null, by: 'lisi', at: '2026-11-30T03:00:00.000Z' },
      fix: { text: '旧的永久方案', expectedAt: null, by: 'lisi', at: '2026-11-30T01:00:00.000Z' },
      consultations: [consultation({ outcome: outcome('2026-11-30T02:00:00.000Z', '会商临时', '会商永久') })],
    };
    expect(currentPlan(record)).toMatchObject({ temporary: { text: '网页版', source: 'remedy' }, permanent: { text: '会商永久', source: 'consultation', processingPeriod: '3 天' } });
  });

  it('a half the latest outcome leaves empty comes from an earlier consultation', () => {
    const record: ServiceRecord = {
      ...base,
      consultations: [
        consultation({ id: '1', outcome: outcome('2026-11-30T02:00:00.000Z', '临时 A', null) }),
        consultation({ id: '2', outcome: outcome('2026-11-30T04:00:00.000Z', null, '永久 B') }),
      ],
    };
    expect(currentPlan(record)).toMatchObject({ temporary: { text: '临时 A' }, permanent: { text: '永久 B' } });
  });
});

describe('planFingerprint', () => {
  const plan = currentPlan({ ...base, consultations: [consultation({ outcome: outcome('2026-11-30T02:00:00.000Z', 'A', 'B') })] });
  it('ignores who recorded the plan and when, and changes with what the requester reads', () => {
    if (plan === null) throw new Error('no plan');
    const again = { ...plan, temporary: plan.temporary === null ? null : { ...plan.temporary, at: '2026-12-01T00:00:00.000Z' } };
    expect(planFingerprint(again)).toBe(planFingerprint(plan));
    const changed = { ...plan, temporary: plan.temporary === null ? null : { ...plan.temporary, processingPeriod: '5 天' } };
    expect(planFingerprint(changed)).not.toBe(planFingerprint(plan));
  });
});

describe('pendingInvitees', () => {
  it('lists invitees of open consultations who have not answered, each once', () => {
    const open = consultation({ replies: [{ by: 'zhouba', at: '2026-11-30T02:10:00.000Z', text: 'ok' }] });
    const other = consultation({ id: '2', invitees: ['zhaoliu', 'sunqi'] });
    const closed = consultation({ id: '3', invitees: ['wangba'], closedAt: '2026-11-30T03:00:00.000Z', closedBy: 'lisi' });
    expect(pendingInvitees([open, other, closed])).toEqual(['zhaoliu', 'sunqi']);
  });
});

describe('inviteesOf', () => {
  it('asks the named colleagues and the group members once each, never the asker', () => {
    expect(inviteesOf(['zhouba', 'lisi'], ['zhaoliu', 'zhouba'], 'lisi')).toEqual(['zhouba', 'zhaoliu']);
    expect(inviteesOf(['lisi'], [], 'lisi')).toEqual([]);
  });
});
