import { parseConfig, defaultConfig } from '../config';
import { addMonths, mayDelete, retainedUntil } from './may-delete';
import { STORAGE_KEYS, storageKindOf } from './storage-keys';

const CLOSED = Date.UTC(2026, 11, 6, 9, 30);
const TWO_YEARS = { months: 24 };

describe('mayDelete: nothing younger than the retention policy may go', () => {
  it('refuses a record one millisecond short of 24 months after it closed, allows it at 24 months', () => {
    const until = Date.UTC(2028, 11, 6, 9, 30);
    expect(retainedUntil(CLOSED, TWO_YEARS)).toBe(until);
    expect(mayDelete(CLOSED, until - 1, TWO_YEARS)).toBe(false);
    expect(mayDelete(CLOSED, until, TWO_YEARS)).toBe(true);
  });

  it('a lengthened policy keeps records longer', () => {
    expect(mayDelete(CLOSED, Date.UTC(2029, 0, 1), TWO_YEARS)).toBe(true);
    expect(mayDelete(CLOSED, Date.UTC(2029, 0, 1), { months: 36 })).toBe(false);
  });

  it('a record whose age is unknown is never old enough', () => {
    expect(mayDelete(null, Date.UTC(2100, 0, 1), TWO_YEARS)).toBe(false);
  });

  it('counts calendar months, clamping the 31st and 29 February to the month’s last day', () => {
    expect(new Date(addMonths(Date.UTC(2026, 0, 31), 1)).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(new Date(addMonths(Date.UTC(2028, 1, 29), 24)).toISOString()).toBe('2030-02-28T00:00:00.000Z');
  });
});

describe('retention.months in the configuration', () => {
  it('defaults to 24 months, also for stored configurations that predate the field', () => {
    expect(defaultConfig().retention).toEqual({ months: 24 });
    const { retention: _dropped, ...older } = defaultConfig();
    const parsed = parseConfig(older);
    expect(parsed.ok && parsed.value.retention).toEqual({ months: 24 });
  });

  it('refuses less than 24 months naming retention.months, accepts a longer policy', () => {
    const short = parseConfig({ ...defaultConfig(), retention: { months: 23 } });
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.error.issues.map((i) => i.path)).toEqual(['retention.months']);
    expect(parseConfig({ ...defaultConfig(), retention: { months: 60 } }).ok).toBe(true);
    expect(parseConfig({ ...defaultConfig(), retention: { months: 24.5 } }).ok).toBe(false);
  });
});

describe('the classified list of storage keys', () => {
  it('classes the records as records and the claims, leases and cursors as transient', () => {
    for (const key of ['truth:service-record:10001', 'slaev:10001:e1', 'config:v:000000002', 'audit:000001764000000000:x', 'seq:svc:20261206:000001', 'followup:10001:1']) expect(storageKindOf(key)).toBe('record');
    for (const key of ['lifecycle:started:10001', 'reconcile:patrol', 'once:threshold:x', 'im:msg:1', 'report:x', 'route:10001']) expect(storageKindOf(key)).toBe('transient');
    expect(storageKindOf('lifecycle:finished:10001')).toBe('record');
  });

  it('counts a key nobody classified as a record', () => {
    expect(storageKindOf('something-new:1')).toBe('record');
  });

  it('lists every prefix once', () => {
    expect(new Set(STORAGE_KEYS.map((k) => k.prefix)).size).toBe(STORAGE_KEYS.length);
  });
});
