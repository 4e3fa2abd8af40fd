/** When the poll loop checks a job: the poll cadence, and the detection checks before it. */
import { describe, expect, it } from 'vitest';
import { CheckSchedule } from '../../../src/async/check-schedule.js';

/** The checks made until `untilMs` when each takes `checkMs`; launched at 0, the wait begun at `waitFrom`. */
function checksOver(poll: number, untilMs: number, detect: boolean, checkMs = 0, waitFrom = 0): Array<[number, boolean]> {
  const schedule = new CheckSchedule(0, waitFrom, poll * 1000);
  const made: Array<[number, boolean]> = [];
  for (;;) {
    const due = schedule.next(detect);
    if (due.at > untilMs) return made;
    made.push([Math.round(due.at), schedule.checked(due, due.at + checkMs)]);
  }
}

describe('the check schedule', () => {
  it('poll 2: detection checks at 0.25, 0.75 and 1.75 s, then the cadence every 2 s', () => {
    expect(checksOver(2, 8000, true)).toEqual([
      [250, false],
      [750, false],
      [1750, false],
      [2000, true],
      [4000, true],
      [6000, true],
      [8000, true],
    ]);
  });

  it('poll 15: detection gaps double up to 8 s, counted from the last check, cadence checks included', () => {
    expect(checksOver(15, 30_000, true).map(([at]) => at)).toEqual([250, 750, 1750, 3750, 7750, 15_000, 23_000, 30_000]);
  });

  it('with the end pushed (no detection), only the cadence', () => {
    expect(checksOver(2, 6000, false)).toEqual([
      [2000, true],
      [4000, true],
      [6000, true],
    ]);
  });

  it('as in Ansible, the cadence counts from the start of the wait, and each check comes poll seconds after the last one ended', () => {
    expect(checksOver(2, 7000, false, 100, 300)).toEqual([
      [2300, true],
      [4400, true],
      [6500, true],
    ]);
  });

  it('a job launched long ago (reattached by castoff wait) is checked at once, then with doubling gaps', () => {
    const schedule = new CheckSchedule(-3_600_000, 0, 10_000);
    const first = schedule.next(true);
    expect(first.at).toBeLessThan(0);
    schedule.checked(first, 5);
    expect(schedule.next(true)).toEqual({ at: 505, cadence: false });
  });

  it('a poll shorter than the first gap is the cadence from the start', () => {
    expect(checksOver(0.1, 300, true)).toEqual([
      [100, true],
      [200, true],
      [300, true],
    ]);
  });

  it('a check that hung is followed by the next one poll seconds later, not by a burst of the ones it outlasted', () => {
    const schedule = new CheckSchedule(0, 0, 1000);
    expect(schedule.checked(schedule.next(false), 3500)).toBe(true);
    expect(schedule.next(false)).toEqual({ at: 4500, cadence: true });
  });

  it('a detection check that ends after a cadence check was due counts as that one', () => {
    const schedule = new CheckSchedule(0, 0, 1000);
    const detection = schedule.next(true);
    expect(detection).toEqual({ at: 250, cadence: false });
    expect(schedule.checked(detection, 1200)).toBe(true);
    expect(schedule.next(false)).toEqual({ at: 2200, cadence: true });
    // The next detection check comes the doubled gap after the one that ended.
    expect(schedule.next(true)).toEqual({ at: 1700, cadence: false });
  });

  it('a detection check that ends before the cadence is due does not count as it', () => {
    const schedule = new CheckSchedule(0, 0, 1000);
    expect(schedule.checked(schedule.next(true), 300)).toBe(false);
    expect(schedule.next(true)).toEqual({ at: 800, cadence: false });
  });
});
