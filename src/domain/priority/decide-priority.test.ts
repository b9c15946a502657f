import { defaultConfig, type AppConfig, type PriorityRule } from '../config';
import { decidePriority } from './decide-priority';

const rule = (id: string, conditions: PriorityRule['conditions'], priority: PriorityRule['priority'], enabled = true): PriorityRule => ({
  id,
  name: { 'zh-CN': `规则 ${id}`, en: `Rule ${id}` },
  enabled,
  conditions,
  priority,
});

const withRules = (...rules: PriorityRule[]): AppConfig => ({ ...defaultConfig(), priorityRules: rules });

describe('decidePriority', () => {
  describe('with the default rules', () => {
    const config = defaultConfig();

    it('raises data security with department-wide impact to urgent, and says why', () => {
      const decision = decidePriority(config, { category: 'data-security', urgency: 'low', impact: 'department' });
      expect(decision.priority).toBe('urgent');
      expect(decision.rule).toEqual({ id: 'data-security-department', name: config.priorityRules[0]?.name });
      expect(decision.reason.en).toContain('Data security');
      expect(decision.reason.en).toContain('Department');
      expect(decision.reason.zh).toContain('数据安全');
      expect(decision.reason.zh).toContain('紧急');
    });

    it('applies "at least": company-wide impact also matches, team-wide does not', () => {
      expect(decidePriority(config, { category: 'data-security', urgency: 'medium', impact: 'company' }).priority).toBe('urgent');
      expect(decidePriority(config, { category: 'data-security', urgency: 'medium', impact: 'team' }).priority).toBe('medium');
    });

    it('falls back to the verified urgency when no rule matches', () => {
      const decision = decidePriority(config, { category: 'hardware', subcategory: 'printer', urgency: 'high', impact: 'company' });
      expect(decision).toEqual({
        priority: 'high',
        rule: null,
        reason: expect.objectContaining({ en: expect.stringContaining('priority = verified urgency (High)') }),
      });
      expect(decision.reason.zh).toContain('核实后的紧急程度(高)');
    });

    it('says when the urgency is still the requester proposal', () => {
      const decision = decidePriority(config, { category: 'hardware', urgency: 'low', urgencyVerified: false });
      expect(decision.priority).toBe('low');
      expect(decision.reason.en).toContain('not yet verified');
      expect(decision.reason.zh).toContain('尚未核实');
    });

    it('does not match an impact condition when the impact is unknown or missing', () => {
      expect(decidePriority(config, { category: 'data-security', urgency: 'low' }).rule).toBeNull();
      expect(decidePriority(config, { category: 'data-security', urgency: 'low', impact: 'galaxy' }).rule).toBeNull();
    });
  });

  it('takes the first matching rule in order', () => {
    const config = withRules(rule('a', { categories: ['network'] }, 'high'), rule('b', { categories: ['network'] }, 'urgent'));
    expect(decidePriority(config, { category: 'network', urgency: 'low' }).rule?.id).toBe('a');
    const swapped = withRules(rule('b', { categories: ['network'] }, 'urgent'), rule('a', { categories: ['network'] }, 'high'));
    expect(decidePriority(swapped, { category: 'network', urgency: 'low' }).priority).toBe('urgent');
  });

  it('skips disabled rules', () => {
    const config = withRules(rule('off', { categories: ['network'] }, 'urgent', false), rule('on', { categories: ['network'] }, 'medium'));
    expect(decidePriority(config, { category: 'network', urgency: 'low' })).toMatchObject({ priority: 'medium', rule: { id: 'on' } });
    const allOff = withRules(rule('off', { categories: ['network'] }, 'urgent', false));
    expect(decidePriority(allOff, { category: 'network', urgency: 'low' })).toMatchObject({ priority: 'low', rule: null });
  });

  it('requires every condition of a rule to hold', () => {
    const config = withRules(rule('vpn-urgent', { categories: ['network'], subcategories: ['vpn'], urgencies: ['urgent', 'high'] }, 'urgent'));
    expect(decidePriority(config, { category: 'network', subcategory: 'vpn', urgency: 'high' }).rule?.id).toBe('vpn-urgent');
    expect(decidePriority(config, { category: 'network', subcategory: 'vpn', urgency: 'medium' }).rule).toBeNull();
    expect(decidePriority(config, { category: 'network', subcategory: 'wifi', urgency: 'high' }).rule).toBeNull();
    expect(decidePriority(config, { category: 'network', urgency: 'high' }).rule).toBeNull();
  });

  it('matches impact "in" a list exactly, not by rank', () => {
    const config = withRules(rule('team-only', { impact: { in: ['team'] } }, 'high'));
    expect(decidePriority(config, { category: 'software', urgency: 'low', impact: 'team' }).priority).toBe('high');
    expect(decidePriority(config, { category: 'software', urgency: 'low', impact: 'company' }).priority).toBe('low');
  });

  it('lets a rule lower a priority as well as raise it', () => {
    const config = withRules(rule('consult-low', { categories: ['consultation'] }, 'low'));
    expect(decidePriority(config, { category: 'consultation', urgency: 'urgent' }).priority).toBe('low');
  });

  it('treats a rule without conditions as a catch-all', () => {
    const config = withRules(rule('all', {}, 'medium'));
    const decision = decidePriority(config, { category: 'hardware', urgency: 'urgent' });
    expect(decision.priority).toBe('medium');
    expect(decision.reason.en).toContain('no conditions');
  });

  it('compares impact by the configured ranks', () => {
    const config = defaultConfig();
    config.impactLevels = config.impactLevels.map((level) => (level.id === 'team' ? { ...level, rank: 10 } : level));
    expect(decidePriority(config, { category: 'data-security', urgency: 'low', impact: 'team' }).priority).toBe('urgent');
  });
});
