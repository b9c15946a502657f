/** Vector lines for the sla:check tests, in the README's shape. */
export const BIZ = {
  timezone: 'Asia/Shanghai',
  weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] },
};

export const CONFIG = {
  calendars: { biz: BIZ, '24x7': { timezone: 'Asia/Shanghai', alwaysOpen: true } },
  priorities: {
    urgent: { calendar: '24x7', response: 60, resolution: 120, onsite: 30 },
    high: { calendar: 'biz', response: 120, resolution: 240, onsite: 60 },
    medium: { calendar: 'biz', response: 240, resolution: 480 },
  },
  pauseStatuses: ['Waiting for customer'],
  responseStatuses: ['In Progress'],
  doneStatuses: ['Resolved', 'Closed'],
  onPriorityChange: 'retroactive',
  onReopen: 'newCycle',
};

export const dueVector = (id: string, expect: unknown): Record<string, unknown> => ({
  id,
  kind: 'due',
  calendar: BIZ,
  start: '2025-06-06T17:30:00+08:00',
  minutes: 240,
  expect,
});

/** A medium request created Monday 2025-06-09 09:00 +08:00, evaluated at 11:00 with the given expectations. */
export const timelineVector = (id: string, expect: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  kind: 'timeline',
  config: CONFIG,
  events: [{ at: '2025-06-09T09:00:00+08:00', type: 'created', priority: 'medium' }],
  at: '2025-06-09T11:00:00+08:00',
  expect,
  ...extra,
});

export const jsonl = (vectors: readonly unknown[]): string => `${vectors.map((vector) => JSON.stringify(vector)).join('\n')}\n`;
