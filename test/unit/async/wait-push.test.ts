/**
 * The poll loop over a connection that pushes a job's end (Connection.watchJob), and the ASYNC POLL
 * cadence with and without one. The host is held in memory (in-memory-host.ts): what is counted is
 * the status reads the loop makes and the callbacks it gives.
 */
import { describe, expect, it } from 'vitest';
import { waitForJob, type WaitOptions } from '../../../src/async/index.js';
import { CancelledError } from '../../../src/core/errors.js';
import { InMemoryHost } from './in-memory-host.js';

/** Waits like a run, and notes when (ms after the launch) each ASYNC POLL callback came. */
async function waitOn(host: InMemoryHost, options: Omit<WaitOptions, 'onPoll'>) {
  const polls: number[] = [];
  const outcome = await waitForJob(host, host.job, { ...options, onPoll: () => polls.push(performance.now() - host.job.launchedAt) });
  return { outcome, polls, elapsed: performance.now() - host.job.launchedAt };
}

describe('a pushed job end', () => {
  it('is read at once, in one status read, without waiting for the next poll', async () => {
    const host = new InMemoryHost({ runSeconds: 0.3, watch: 'push' });
    const { outcome, polls, elapsed } = await waitOn(host, { poll: 15 });
    expect(outcome.state).toBe('ok');
    expect(outcome.result).toMatchObject({ stdout: 'done', finished: 1, ansible_job_id: host.job.jid });
    // With a watch nothing is read before the cadence's first check at 15 s: the only read is the one the push caused.
    expect(host.reads).toBe(1);
    expect(outcome.checks).toBe(1);
    expect(polls).toEqual([]);
    expect(elapsed).toBeLessThan(15_000);
    expect(host.watches).toHaveLength(1);
    expect(host.watches[0].job).toEqual({ jid: host.job.jid, asyncDir: host.job.asyncDir, become: undefined, python: host.job.python });
    expect(host.watches[0].signal.aborted, 'the watch outlived the wait').toBe(true);
    expect(host.commands.at(-1)).toMatch(/^rm -f -- /);
  });

  it('a watch that is lost sends the loop back to its schedule, which still sees the end, with no error', async () => {
    const host = new InMemoryHost({ runSeconds: 0.6, watch: 'manual' });
    setTimeout(() => host.watches[0].reject(new Error('the helper is gone')), 100);
    const { outcome, polls, elapsed } = await waitOn(host, { poll: 15 });
    expect(outcome.state).toBe('ok');
    expect(outcome.result).toMatchObject({ stdout: 'done', finished: 1 });
    // Seen by the detection checks (0.25 s, 0.75 s), not at the 15 s cadence, and none of them printed.
    expect(elapsed).toBeLessThan(15_000);
    expect(host.reads).toBeGreaterThanOrEqual(1);
    expect(polls).toEqual([]);
  });

  it('a push that comes while a check is on its way is read as soon as that check is back', async () => {
    // The check at the 3 s tick reads the job running, and the job ends while the answer travels.
    const host = new InMemoryHost({ runSeconds: 3.1, watch: 'push', readMs: 300 });
    const { outcome, polls, elapsed } = await waitOn(host, { poll: 3 });
    expect(outcome.state).toBe('ok');
    expect(host.reads).toBe(2);
    expect(polls).toHaveLength(1);
    // Not at the next tick, 3 s after the first check came back.
    expect(elapsed).toBeLessThan(5500);
  });

  it('while a watch runs, every read but the one after the push is a cadence check that reports ASYNC POLL', async () => {
    const host = new InMemoryHost({ runSeconds: 1.8, watch: 'push' });
    const { outcome, polls } = await waitOn(host, { poll: 0.5 });
    expect(outcome.state).toBe('ok');
    expect(polls.length).toBeGreaterThanOrEqual(1);
    expect(host.reads).toBe(polls.length + 1);
    polls.forEach((at, k) => expect(at, `ASYNC POLL ${k + 1} came before its tick`).toBeGreaterThanOrEqual((k + 1) * 500 - 50));
  });
});

describe('the watch ends with the wait', () => {
  it('when the job ends and a cadence check finds it (the watch never said anything)', async () => {
    const host = new InMemoryHost({ runSeconds: 0.4, watch: 'manual' });
    const { outcome, polls } = await waitOn(host, { poll: 0.3 });
    expect(outcome.state).toBe('ok');
    // Only cadence checks: the one at 0.3 s found it running, a later one found it done.
    expect(host.reads).toBe(polls.length + 1);
    expect(host.watches[0].signal.aborted).toBe(true);
  });

  it('at the limit: the job is terminated and the wait times out', async () => {
    const host = new InMemoryHost({ watch: 'manual', limit: 1 });
    const { outcome, polls } = await waitOn(host, { poll: 0.3 });
    expect(outcome.state).toBe('timeout');
    // As Ansible's last check, the one at the limit that finds the job running reports ASYNC POLL.
    expect(polls.at(-1)).toBeGreaterThanOrEqual(950);
    expect(outcome.result).toMatchObject({ failed: true, msg: 'async task did not complete within the requested time - 1s', finished: 0 });
    expect(host.commands.some((c) => c.includes('--terminate'))).toBe(true);
    expect(host.watches[0].signal.aborted).toBe(true);
  });

  it('when the wait is cancelled', async () => {
    const host = new InMemoryHost({ watch: 'manual' });
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 300);
    await expect(waitOn(host, { poll: 15, signal: cancel.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(host.watches[0].signal.aborted).toBe(true);
    expect(host.reads).toBe(0);
  });
});

describe('ASYNC POLL without a watch', () => {
  it('comes once per poll while the job runs, not after each of the quicker checks that look for its end', async () => {
    const host = new InMemoryHost({ runSeconds: 3.5 });
    const { outcome, polls } = await waitOn(host, { poll: 1 });
    expect(outcome.state).toBe('ok');
    // Ticks at 1, 2 and 3 s find it running (a loaded machine may see the last one late and finished).
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.length).toBeLessThanOrEqual(3);
    polls.forEach((at, k) => expect(at, `ASYNC POLL ${k + 1} came before its tick`).toBeGreaterThanOrEqual((k + 1) * 1000 - 50));
    // The checks at 0.25 s and 0.75 s looked for the end without printing.
    expect(host.reads).toBeGreaterThanOrEqual(polls.length + 3);
  });

  it('a job shorter than poll is seen by the first checks and prints nothing', async () => {
    const host = new InMemoryHost({ runSeconds: 0.1 });
    const { outcome, polls, elapsed } = await waitOn(host, { poll: 10 });
    expect(outcome.state).toBe('ok');
    expect(polls).toEqual([]);
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('a status check that gets no answer', () => {
  it('is given up after checkAnswerSeconds and the next check sees the end, long before the limit', async () => {
    const host = new InMemoryHost({ runSeconds: 0.2, limit: 300, hangingReads: 1 });
    const { outcome } = await waitOn(host, { poll: 1, checkAnswerSeconds: 1 });
    expect(outcome.state).toBe('ok');
    expect(outcome.result).toMatchObject({ stdout: 'done', finished: 1 });
    // The hung check, then the one that read the end.
    expect(outcome.checks).toBe(2);
    expect(host.reads).toBe(2);
  });

  it('gets twice as long after each one given up, so that a host where every read is slow still answers one', async () => {
    // Every read takes 1.5 s: with a fixed 1 s each would be given up until the limit.
    const host = new InMemoryHost({ runSeconds: 0.2, limit: 300, hangingReads: 1, readMs: 1500 });
    const { outcome } = await waitOn(host, { poll: 1, checkAnswerSeconds: 1 });
    expect(outcome.state).toBe('ok');
    // Given up at 1 s, then answered within 2 s.
    expect(outcome.checks).toBe(2);
  });
});

