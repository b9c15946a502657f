/**
 * due() throughput against dayjs-business-time and moment-business-time on identical inputs, plus a
 * correctness round on DST and make-up-workday cases that a fixed-offset or weekly-only model gets wrong.
 * The peers compute in the process zone, so each case group sets TZ to the calendar's zone first.
 */
import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import moment from 'moment';
import 'moment-business-time';
import { CN_STATUTORY, compileCalendar, type Calendar, type CalendarSpec } from '../src/domain/calendar';

dayjs.extend(dayjsBusinessTime);

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
type WeeklyHours = Partial<Record<Weekday, readonly [string, string]>>;

interface PeerSetup {
  readonly timeZone: string;
  readonly weekly: WeeklyHours;
  readonly holidays: readonly string[];
}

interface DueImpl {
  readonly name: string;
  readonly due: (startMs: number, minutes: number) => number;
}

const WEEKDAY_NAMES = [
  ['sun', 'sunday'], ['mon', 'monday'], ['tue', 'tuesday'], ['wed', 'wednesday'],
  ['thu', 'thursday'], ['fri', 'friday'], ['sat', 'saturday'],
] as const;

const MON_FRI: WeeklyHours = {
  mon: ['09:00', '18:00'], tue: ['09:00', '18:00'], wed: ['09:00', '18:00'], thu: ['09:00', '18:00'], fri: ['09:00', '18:00'],
};

/** Points the process zone and both peers' global configuration at one calendar. */
const configurePeers = (setup: PeerSetup): void => {
  process.env.TZ = setup.timeZone;
  dayjs.setHolidays([...setup.holidays]);
  dayjs.setBusinessTime({
    sunday: null, monday: null, tuesday: null, wednesday: null, thursday: null, friday: null, saturday: null,
    ...Object.fromEntries(
      WEEKDAY_NAMES.flatMap(([short, long]) => {
        const hours = setup.weekly[short];
        return hours ? [[long, [{ start: `${hours[0]}:00`, end: `${hours[1]}:00` }]]] : [];
      }),
    ),
  });
  moment.updateLocale('en', {
    workinghours: Object.fromEntries(
      WEEKDAY_NAMES.map(([short], index) => {
        const hours = setup.weekly[short];
        return [index, hours ? [`${hours[0]}:00`, `${hours[1]}:00`] : null];
      }),
    ),
    holidays: [...setup.holidays],
  });
};

const peers: readonly DueImpl[] = [
  { name: 'dayjs-business-time', due: (start, minutes) => dayjs(start).addBusinessMinutes(minutes).valueOf() },
  { name: 'moment-business-time', due: (start, minutes) => moment(start).addWorkingTime(minutes, 'minutes').valueOf() },
];

const compile = (spec: CalendarSpec): Calendar => {
  const compiled = compileCalendar(spec);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.value;
};

const weeklySpec = (weekly: WeeklyHours): NonNullable<CalendarSpec['weekly']> =>
  Object.fromEntries(Object.entries(weekly).map(([day, hours]) => [day, [hours]]));

/** Deterministic inputs so every run and every implementation sees the same cases. */
const generateCases = (count: number): { starts: Float64Array; minutes: Float64Array } => {
  let seed = 0x5eed;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const from = Date.parse('2025-01-01T00:00:00+08:00');
  const spanMinutes = 700 * 24 * 60;
  const starts = new Float64Array(count);
  const minutes = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    starts[i] = from + Math.floor(random() * spanMinutes) * 60_000;
    minutes[i] = (1 + Math.floor(random() * 40)) * 60;
  }
  return { starts, minutes };
};

/** Calls per second over whole passes of the inputs (after a warm-up), running for at least `minMs`. */
const throughput = (impl: DueImpl, starts: Float64Array, minutes: Float64Array, minMs: number): number => {
  let sink = 0;
  for (let i = 0; i < Math.min(starts.length, 500); i += 1) sink += impl.due(starts[i]!, minutes[i]!);
  let calls = 0;
  const began = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < starts.length; i += 1) sink += impl.due(starts[i]!, minutes[i]!);
    calls += starts.length;
    elapsed = performance.now() - began;
  } while (elapsed < minMs);
  if (Number.isNaN(sink)) throw new Error(`${impl.name} produced NaN`);
  return (calls / elapsed) * 1000;
};

const iso = (ms: number): string => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));

interface CorrectnessCase {
  readonly label: string;
  readonly calendar: CalendarSpec;
  readonly peers: PeerSetup;
  readonly start: string;
  readonly minutes: number;
  /** Worked out by hand from the vectors README semantics. */
  readonly expect: string;
}

const cnHolidays2025 = [...CN_STATUTORY.holidays.keys()]
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10))
  .filter((date) => date.startsWith('2025'));

const nySundayNight: WeeklyHours = { ...MON_FRI, sun: ['01:00', '03:00'] };
const londonSundayNight: WeeklyHours = { ...MON_FRI, sun: ['00:00', '04:00'] };

const weekendNights: WeeklyHours = { sat: ['20:00', '24:00'], sun: ['00:00', '02:00'] };

const correctnessCases: readonly CorrectnessCase[] = [
  {
    label: 'Saturday 20:00-24:00 runs straight into Sunday 00:00-02:00',
    calendar: { timezone: 'Europe/Paris', weekly: weeklySpec(weekendNights) },
    peers: { timeZone: 'Europe/Paris', weekly: weekendNights, holidays: [] },
    start: '2025-06-14T23:00:00+02:00', minutes: 120, expect: '2025-06-15T01:00:00+02:00',
  },
  {
    label: 'New York spring-forward: Sunday 01:00-03:00 holds 60 real minutes',
    calendar: { timezone: 'America/New_York', weekly: weeklySpec(nySundayNight) },
    peers: { timeZone: 'America/New_York', weekly: nySundayNight, holidays: [] },
    start: '2025-03-09T01:00:00-05:00', minutes: 90, expect: '2025-03-10T09:30:00-04:00',
  },
  {
    label: 'New York fall-back: Sunday 01:00-03:00 holds 180 real minutes',
    calendar: { timezone: 'America/New_York', weekly: weeklySpec(nySundayNight) },
    peers: { timeZone: 'America/New_York', weekly: nySundayNight, holidays: [] },
    start: '2025-11-02T01:00:00-04:00', minutes: 150, expect: '2025-11-02T02:30:00-05:00',
  },
  {
    label: 'New York weekend across spring-forward: Friday 17:00 EST + 120 min',
    calendar: { timezone: 'America/New_York', weekly: weeklySpec(MON_FRI) },
    peers: { timeZone: 'America/New_York', weekly: MON_FRI, holidays: [] },
    start: '2025-03-07T17:00:00-05:00', minutes: 120, expect: '2025-03-10T10:00:00-04:00',
  },
  {
    label: 'London spring-forward: Sunday 00:00-04:00 holds 180 real minutes',
    calendar: { timezone: 'Europe/London', weekly: weeklySpec(londonSundayNight) },
    peers: { timeZone: 'Europe/London', weekly: londonSundayNight, holidays: [] },
    start: '2025-03-30T00:00:00+00:00', minutes: 200, expect: '2025-03-31T09:20:00+01:00',
  },
  {
    label: 'cn-statutory make-up Sunday 2025-09-28',
    calendar: { timezone: 'Asia/Shanghai', weekly: weeklySpec(MON_FRI), holidaySets: ['cn-statutory'] },
    peers: { timeZone: 'Asia/Shanghai', weekly: MON_FRI, holidays: cnHolidays2025 },
    start: '2025-09-26T17:00:00+08:00', minutes: 120, expect: '2025-09-28T10:00:00+08:00',
  },
  {
    label: 'cn-statutory make-up Saturday 2025-10-11',
    calendar: { timezone: 'Asia/Shanghai', weekly: weeklySpec(MON_FRI), holidaySets: ['cn-statutory'] },
    peers: { timeZone: 'Asia/Shanghai', weekly: MON_FRI, holidays: cnHolidays2025 },
    start: '2025-10-10T17:30:00+08:00', minutes: 60, expect: '2025-10-11T09:30:00+08:00',
  },
  {
    label: 'cn-statutory National Day 2025-10-01..08 closed',
    calendar: { timezone: 'Asia/Shanghai', weekly: weeklySpec(MON_FRI), holidaySets: ['cn-statutory'] },
    peers: { timeZone: 'Asia/Shanghai', weekly: MON_FRI, holidays: cnHolidays2025 },
    start: '2025-09-30T17:00:00+08:00', minutes: 120, expect: '2025-10-09T10:00:00+08:00',
  },
];

const correctnessLines = (): string[] => {
  const wrong = new Map<string, string[]>([['ours', []], ...peers.map((peer): [string, string[]] => [peer.name, []])]);
  for (const testCase of correctnessCases) {
    configurePeers(testCase.peers);
    const start = Date.parse(testCase.start);
    const expected = Date.parse(testCase.expect);
    const answers: [string, number][] = [
      ['ours', compile(testCase.calendar).due(start, testCase.minutes)],
      ...peers.map((peer): [string, number] => [peer.name, peer.due(start, testCase.minutes)]),
    ];
    for (const [name, answer] of answers) {
      if (answer !== expected) wrong.get(name)?.push(`${testCase.label}: expected ${iso(expected)}, got ${iso(answer)}`);
    }
  }
  return [...wrong.entries()].flatMap(([name, failures]) => [
    `due correctness (${correctnessCases.length} DST, midnight and make-up-day cases): ${name} wrong on ${failures.length}`,
    ...failures.map((failure) => `  ${name}: ${failure}`),
  ]);
};

const CASES = 10_000;

export const run = (): string[] => {
  const { starts, minutes } = generateCases(CASES);
  const plainZone = 'Asia/Shanghai';
  configurePeers({ timeZone: plainZone, weekly: MON_FRI, holidays: [] });
  const plain = compile({ timezone: plainZone, weekly: weeklySpec(MON_FRI) });
  const cn = compile({ timezone: plainZone, weekly: weeklySpec(MON_FRI), holidaySets: ['cn-statutory'] });
  const ours: DueImpl = { name: 'ours', due: (start, m) => plain.due(start, m) };
  const oursCn: DueImpl = { name: 'ours cn-statutory', due: (start, m) => cn.due(start, m) };

  // The peers take seconds per pass, so one timed pass doubles as the agreement check.
  const peerRuns = peers.map((peer) => {
    for (let i = 0; i < 200; i += 1) peer.due(starts[i]!, minutes[i]!);
    const answers = new Float64Array(CASES);
    const began = performance.now();
    for (let i = 0; i < CASES; i += 1) answers[i] = peer.due(starts[i]!, minutes[i]!);
    const ops = (CASES / (performance.now() - began)) * 1000;
    const samples: string[] = [];
    let count = 0;
    for (let i = 0; i < CASES; i += 1) {
      const expected = plain.due(starts[i]!, minutes[i]!);
      if (answers[i] !== expected) {
        count += 1;
        if (samples.length < 3) samples.push(`start ${iso(starts[i]!)} + ${minutes[i]!} min: ours ${iso(expected)}, ${peer.name} ${iso(answers[i]!)}`);
      }
    }
    return { name: peer.name, ops, count, samples };
  });
  const oursOps = throughput(ours, starts, minutes, 1000);
  const oursCnOps = throughput(oursCn, starts, minutes, 1000);
  const peerOps = peerRuns.map((peerRun) => peerRun.ops);
  const [dayjsOps = Number.NaN, momentOps = Number.NaN] = peerOps;
  const fmt = (ops: number): string => Math.round(ops).toString();

  return [
    `due: ours ${fmt(oursOps)} ops/s, dayjs-business-time ${fmt(dayjsOps)} ops/s, moment-business-time ${fmt(momentOps)} ops/s, ratio ${(oursOps / dayjsOps).toFixed(1)}`,
    `due (Asia/Shanghai, holidaySets cn-statutory): ours ${fmt(oursCnOps)} ops/s, ${(oursOps / oursCnOps).toFixed(2)}x the plain calendar's time per call (limit 2x)`,
    ...peerRuns.flatMap(({ name, count, samples }) => [
      `due agreement on ${CASES} plain cases: ${name} differs from ours on ${count}`,
      ...samples.map((sample) => `  ${sample}`),
    ]),
    ...correctnessLines(),
  ];
};
