import { defaultConfig } from '../domain/config';
import { FakeJira } from '../../test/backend/fakes/in-memory-deps';
import { readIntake } from './read-intake';

describe('readIntake', () => {
  const config = defaultConfig();
  const keys = ['app-uuid', 'portal-intake'];

  it('prefers the portal panel’s stored submission and trims its values', async () => {
    const jira = new FakeJira();
    await jira.setProperty('ITS-1', 'portal-intake', { fields: [{ key: 'category', value: ' network ' }, { key: 'urgency', value: 'urgent' }, { key: 'impact', value: 'team' }], isValid: true });
    await jira.setProperty('ITS-1', 'service-intake', { category: 'hardware' });
    expect(await readIntake(jira, 'ITS-1', config, keys)).toMatchObject({ category: 'network', urgency: 'urgent', impact: 'team', channel: 'portal', assumed: [] });
  });

  it('reads an integration’s service-intake, channel api unless it says otherwise', async () => {
    const jira = new FakeJira();
    await jira.setProperty('ITS-1', 'service-intake', { category: 'hardware', urgency: 'low', impact: 'individual', occurredAt: '2026-11-30T08:00:00+08:00', contact: '分机 8001' });
    expect(await readIntake(jira, 'ITS-1', config, keys)).toMatchObject({ category: 'hardware', channel: 'api', occurredAt: '2026-11-30T08:00:00+08:00', contact: '分机 8001', assumed: [] });
    await jira.setProperty('ITS-1', 'service-intake', { category: 'hardware', urgency: 'low', impact: 'individual', channel: 'phone' });
    expect((await readIntake(jira, 'ITS-1', config, keys)).channel).toBe('phone');
  });

  it('falls back field by field and lists what it assumed', async () => {
    const jira = new FakeJira();
    await jira.setProperty('ITS-1', 'service-intake', { category: 'no-such-category', urgency: 'high', impact: 42, occurredAt: 'yesterday' });
    const intake = await readIntake(jira, 'ITS-1', config, keys);
    expect(intake).toMatchObject({ category: 'consultation', urgency: 'high', impact: 'individual', occurredAt: null });
    expect(intake.assumed).toEqual(['category', 'impact']);
  });

  describe('the channel of a portal submission (raised on behalf, issue 12 point 2)', () => {
    const submit = async (channel: string | null) => {
      const jira = new FakeJira();
      const fields = [{ key: 'category', value: 'hardware' }, ...(channel === null ? [] : [{ key: 'channel', value: channel }])];
      await jira.setProperty('ITS-1', 'portal-intake', { fields, isValid: true });
      return jira;
    };

    it('keeps the channel an agent creator chose', async () => {
      expect((await readIntake(await submit('walk-in'), 'ITS-1', config, keys, () => Promise.resolve(true))).channel).toBe('walk-in');
    });

    it('ignores a channel in a customer’s submission: it came by the portal', async () => {
      expect((await readIntake(await submit('phone'), 'ITS-1', config, keys, () => Promise.resolve(false))).channel).toBe('portal');
    });

    it('ignores a channel an agent cannot pick on the portal (api, portal itself, nonsense)', async () => {
      for (const channel of ['api', 'fax']) {
        expect((await readIntake(await submit(channel), 'ITS-1', config, keys, () => Promise.resolve(true))).channel).toBe('portal');
      }
    });

    it('asks nothing about the creator when no channel was submitted', async () => {
      const asked = jest.fn(() => Promise.resolve(true));
      expect((await readIntake(await submit(null), 'ITS-1', config, keys, asked)).channel).toBe('portal');
      expect(asked).not.toHaveBeenCalled();
    });
  });
});
