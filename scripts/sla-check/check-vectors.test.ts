import { compileCalendar } from '../../src/domain/calendar';
import { checkVectors } from './check-vectors';
import { dueVector, jsonl, timelineVector } from './vector-fixtures';

describe('checkVectors', () => {
  it('prints PASS per vector and the summary, skipping blank lines', () => {
    const content = `${jsonl([dueVector('a', '2025-06-09T12:30:00+08:00')])}\n   \n${jsonl([timelineVector('b', { response: { state: 'running' } })])}`;
    expect(checkVectors(content, compileCalendar)).toEqual({ lines: ['PASS a', 'PASS b', '2 passed, 0 failed'], passed: 2, failed: 0 });
  });

  it('prints FAIL with expected and got', () => {
    const report = checkVectors(jsonl([timelineVector('wrong', { response: { state: 'met', usedMinutes: 7 } })]), compileCalendar);
    expect(report.lines).toEqual([
      'FAIL wrong: expected response.state="met", response.usedMinutes=7 got response.state="running", response.usedMinutes=120',
      '0 passed, 1 failed',
    ]);
  });

  it('counts an unparsable line as a failure named by its line number', () => {
    const content = `${jsonl([dueVector('a', '2025-06-09T12:30:00+08:00')])}{not json\n${JSON.stringify({ id: 'odd', kind: 'due' })}\n${JSON.stringify({ kind: 'nope' })}\n`;
    const report = checkVectors(content, compileCalendar);
    expect(report.failed).toBe(3);
    expect(report.lines[1]).toMatch(/^FAIL line 2: not JSON/);
    expect(report.lines[2]).toMatch(/^FAIL odd: cannot parse line 3: /);
    expect(report.lines[3]).toMatch(/^FAIL line 4: cannot parse line 4: /);
    expect(report.lines[4]).toBe('1 passed, 3 failed');
  });

  it('refuses instants without an offset, whose meaning would depend on the machine zone', () => {
    const report = checkVectors(jsonl([{ ...dueVector('local', '2025-06-09T12:30:00+08:00'), start: '2025-06-06T17:30:00' }]), compileCalendar);
    expect(report.lines[0]).toMatch(/^FAIL local: cannot parse line 1: start/);
  });
});
