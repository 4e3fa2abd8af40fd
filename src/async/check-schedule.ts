/**
 * When the poll loop checks a job's status (docs/async-protocol.md section 6). Two kinds of check:
 * - the poll cadence, as Ansible's: `poll` seconds after the wait began, then `poll` seconds after
 *   the previous one ended. Each of these that finds the job running is an `ASYNC POLL` line, so a
 *   run prints the lines Ansible prints;
 * - detection checks, 0.25 s after the launch and then with a gap after the last check that
 *   doubles with each of them while it is shorter than `poll`, so a short job is seen soon (and a
 *   job of an earlier run, reattached, at once). They print nothing, and they are needed only while
 *   nobody pushes the job's end (no watch on the host, or the watch was lost: then they resume).
 * Times are performance.now() milliseconds.
 */

/** The first detection check, after the launch. */
export const FIRST_CHECK_MS = 250;

export interface DueCheck {
  /** When the check is due. */
  at: number;
  /** A check of the poll cadence, whose finding the job running is reported. */
  cadence: boolean;
}

export class CheckSchedule {
  private nextTick: number;
  private nextDetection: number | undefined;
  private gap: number;

  /** `launchedAt`: just before the launch; `waitFrom`: when the wait began, after the launch returned. */
  constructor(launchedAt: number, waitFrom: number, private readonly pollMs: number) {
    this.nextTick = waitFrom + pollMs;
    this.gap = Math.min(FIRST_CHECK_MS, pollMs);
    // A poll shorter than the first gap is the cadence from the start.
    this.nextDetection = this.gap < pollMs ? launchedAt + this.gap : undefined;
  }

  /** The next check: the next of the cadence, or a detection check before it when `detect`. */
  next(detect: boolean): DueCheck {
    if (detect && this.nextDetection !== undefined && this.nextDetection < this.nextTick) return { at: this.nextDetection, cadence: false };
    return { at: this.nextTick, cadence: true };
  }

  /**
   * A check was made (`due` is what it was due as; it ended at `now`): the times it covered are
   * spent. Returns whether it is the cadence's check: due as one, or ended when one was due by then
   * (a detection check that hung past it). A check that hung on a lost connection is followed by
   * the next of the cadence `poll` seconds later, not by the ones it outlasted in a burst.
   */
  checked(due: DueCheck, now: number): boolean {
    const cadence = due.cadence || now >= this.nextTick;
    if (cadence) this.nextTick = now + this.pollMs;
    if (this.nextDetection !== undefined) {
      // The gap doubles after each detection check, and runs from the last check of any kind.
      if (this.nextDetection <= now) this.gap *= 2;
      this.nextDetection = this.gap < this.pollMs ? now + this.gap : undefined;
    }
    return cadence;
  }
}
