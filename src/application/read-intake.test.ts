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
});
