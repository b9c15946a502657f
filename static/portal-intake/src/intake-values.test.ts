import type { IntakeOptions } from '../../../src/shared/rpc';
import { emptyValues, subcategoriesOf, toSubmission, validateIntake, withValue, type IntakeValues } from './intake-values';

const text = (en: string) => ({ en, 'zh-CN': en });
const options: IntakeOptions = {
  categories: [
    { id: 'software', name: text('Software'), subcategories: [{ id: 'erp', name: text('ERP') }, { id: 'install', name: text('Install') }], urgencyDefinitions: null },
    { id: 'network', name: text('Network'), subcategories: [{ id: 'vpn', name: text('VPN') }], urgencyDefinitions: null },
    { id: 'other', name: text('Other'), subcategories: [], urgencyDefinitions: null },
  ],
  urgencies: [
    { id: 'urgent', name: text('Urgent'), help: text('down') },
    { id: 'medium', name: text('Medium'), help: text('partly') },
  ],
  impactLevels: [{ id: 'individual', name: text('Me') }, { id: 'department', name: text('Dept') }],
  defaults: { category: 'software', urgency: 'medium', impact: 'individual' },
  agentIntake: null,
};
const ZONE = 'Asia/Shanghai';
const NOW = Date.UTC(2026, 10, 29, 2, 0); // 10:00 in Shanghai

const filled: IntakeValues = {
  ...emptyValues(options, '2026-11-29T09:30'),
  category: 'software',
  subcategory: 'erp',
  urgency: 'urgent',
  impact: 'department',
  impactText: '10 people cannot clock in',
  department: 'Finance',
  contact: '138 0000 0000',
};

describe('validateIntake', () => {
  it('accepts a complete form', () => {
    expect(validateIntake(filled, options, ZONE, NOW)).toEqual({});
  });

  it('names every missing required field of a fresh form', () => {
    const errors = validateIntake(emptyValues(options, '2026-11-29T09:30'), options, ZONE, NOW);
    expect(errors).toEqual({ category: 'required', department: 'required', contact: 'required' });
  });

  it('requires a subcategory only when the category has some', () => {
    expect(validateIntake({ ...filled, subcategory: '' }, options, ZONE, NOW)).toEqual({ subcategory: 'required' });
    expect(validateIntake({ ...filled, category: 'other', subcategory: '' }, options, ZONE, NOW)).toEqual({});
  });

  it('refuses a subcategory of another category and an unknown urgency', () => {
    expect(validateIntake({ ...filled, subcategory: 'vpn', urgency: 'critical' }, options, ZONE, NOW)).toEqual({
      subcategory: 'unknownOption',
      urgency: 'unknownOption',
    });
  });

  it('refuses a time of occurrence in the future of the requester’s zone', () => {
    expect(validateIntake({ ...filled, occurredAt: '2026-11-29T11:00' }, options, ZONE, NOW)).toEqual({ occurredAt: 'futureTime' });
    expect(validateIntake({ ...filled, occurredAt: '2026-11-29T10:03' }, options, ZONE, NOW)).toEqual({});
  });

  it('refuses over-long text', () => {
    expect(validateIntake({ ...filled, contact: 'x'.repeat(201) }, options, ZONE, NOW)).toEqual({ contact: 'tooLong' });
  });

  it('refuses a blank department made of spaces', () => {
    expect(validateIntake({ ...filled, department: '   ' }, options, ZONE, NOW)).toEqual({ department: 'required' });
  });
});

describe('withValue', () => {
  it('clears the subcategory when the category changes to one without it', () => {
    expect(withValue(filled, 'category', 'network', options).subcategory).toBe('');
  });

  it('keeps the subcategory when it still belongs to the category', () => {
    expect(withValue(filled, 'category', 'software', options).subcategory).toBe('erp');
  });

  it('sets other fields as given', () => {
    expect(withValue(filled, 'department', 'IT', options).department).toBe('IT');
  });
});

describe('subcategoriesOf', () => {
  it('lists the subcategories of the chosen category only', () => {
    expect(subcategoriesOf(options, 'network').map((s) => s.id)).toEqual(['vpn']);
    expect(subcategoriesOf(options, '')).toEqual([]);
  });
});

describe('toSubmission', () => {
  it('sends every filled field as {key, value} with the time as ISO-8601 in the requester’s offset', () => {
    expect(toSubmission(filled, {}, ZONE)).toEqual({
      isValid: true,
      fields: [
        { key: 'category', value: 'software' },
        { key: 'subcategory', value: 'erp' },
        { key: 'urgency', value: 'urgent' },
        { key: 'impact', value: 'department' },
        { key: 'impactText', value: '10 people cannot clock in' },
        { key: 'department', value: 'Finance' },
        { key: 'contact', value: '138 0000 0000' },
        { key: 'occurredAt', value: '2026-11-29T09:30:00+08:00' },
      ],
    });
  });

  it('marks the submission invalid and leaves out fields that are wrong', () => {
    const values = { ...filled, contact: '' };
    const submission = toSubmission(values, validateIntake(values, options, ZONE, NOW), ZONE);
    expect(submission.isValid).toBe(false);
    expect(submission.fields.map((f) => f.key)).not.toContain('contact');
  });
});

describe('an agent raising on a customer’s behalf (issue 12 point 2)', () => {
  const agentOptions: IntakeOptions = { ...options, agentIntake: { channels: ['phone', 'walk-in', 'email', 'im', 'other'] } };
  const filled = (values: IntakeValues): IntakeValues => ({ ...values, category: 'network', subcategory: 'vpn', department: '销售部', contact: '8001' });

  it('starts on phone and submits the channel with the other fields', () => {
    const values = filled(emptyValues(agentOptions, '2026-11-29T09:00'));
    expect(values.channel).toBe('phone');
    const errors = validateIntake(values, agentOptions, ZONE, NOW);
    expect(errors).toEqual({});
    expect(toSubmission(values, errors, ZONE).fields).toContainEqual({ key: 'channel', value: 'phone' });
  });

  it('refuses a channel the backend did not offer', () => {
    const values = { ...filled(emptyValues(agentOptions, '2026-11-29T09:00')), channel: 'api' };
    expect(validateIntake(values, agentOptions, ZONE, NOW)).toEqual({ channel: 'unknownOption' });
  });

  it('gives a customer no channel at all', () => {
    const values = filled(emptyValues(options, '2026-11-29T09:00'));
    expect(values.channel).toBe('');
    expect(toSubmission(values, validateIntake(values, options, ZONE, NOW), ZONE).fields.map((f) => f.key)).not.toContain('channel');
  });
});
