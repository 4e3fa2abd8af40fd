/**
 * Journalling one run: every async job is journalled before its launch exec and again when the
 * launch returns, its collection when a poll ends, and cleanups and kills done by `async_status`,
 * so `castoff jobs`/`wait`/`kill` find the jobs even after the process that ran them died. A
 * journal that cannot be written stops `poll: 0` launches (nothing else would ever find those
 * jobs); a job the run waits on is launched anyway, with one warning.
 */
import type { RunEvent } from '../events/index.js';
import { jidPrefix } from './entries.js';
import { recordJobEvent, recordLaunch, recordLaunching, type JournalOptions } from './journal.js';
import { JournalError } from './lock.js';
import { recordWaitOutcome } from './control.js';
import type { LaunchedJob, LaunchingJob } from './records.js';

/** The jobs of a run that may still run on their hosts. */
export interface RunningJobs {
  /** Jobs with `poll > 0` whose task has not ended on their host: they may still run. */
  waited: Array<{ host: string; jid: string }>;
  /** `poll: 0` jobs of this run: left to run on purpose, listed by `castoff jobs`. */
  leftRunning: number;
}

export interface RunJournalOptions extends JournalOptions {
  /** Told once, the first time the journal cannot be written. */
  onWarning?: (message: string) => void;
}

interface RunJob {
  host: string;
  /** The id prefix until the launch returns. */
  jid: string;
  poll: number;
}

/** What an `async_status` result in a playbook did to a job: the journal records cleanups and kills. */
function asyncStatusEffect(event: RunEvent): { event: 'cleaned' | 'killed'; jid: string; host: string } | undefined {
  if (event.type !== 'host_result' || event.action !== 'async_status' || typeof event.result.ansible_job_id !== 'string') return undefined;
  const { result } = event;
  const jid = String(result.ansible_job_id);
  if (typeof result.erased === 'string') return { event: 'cleaned', jid, host: event.host };
  if (result.killed === true) return { event: 'killed', jid, host: event.host };
  return undefined;
}

const keyOf = (host: string, jid: string) => `${host} ${jidPrefix(jid)}`;

/** The journal of one run (or of several runs of one command), and the jobs it still has running. */
export class RunJournal {
  private readonly running = new Map<string, RunJob>();
  private warned = false;

  constructor(private readonly options: RunJournalOptions = {}) {}

  private warn(err: unknown): void {
    if (!this.warned) this.options.onWarning?.(`the job journal cannot be written, jobs of this run will not be listed by 'castoff jobs': ${(err as Error).message}`);
    this.warned = true;
  }

  private guarded(write: () => void): void {
    try {
      write();
    } catch (err) {
      this.warn(err);
    }
  }

  /** Before the launch exec; throws JournalError when a `poll: 0` job could not be journalled. */
  launching(launch: LaunchingJob): void {
    try {
      recordLaunching(launch, this.options);
    } catch (err) {
      if (launch.poll === 0 && err instanceof JournalError) {
        throw new JournalError(`${err.message}; a poll: 0 job would be lost to 'castoff jobs', so it was not started`);
      }
      this.warn(err);
    }
    this.running.set(keyOf(launch.host, launch.job.prefix), { host: launch.host, jid: launch.job.prefix, poll: launch.poll });
  }

  /** Once the launch returned the job id. */
  launched(launch: LaunchedJob): void {
    this.running.set(keyOf(launch.host, launch.job.jid), { host: launch.host, jid: launch.job.jid, poll: launch.poll });
    this.guarded(() => recordLaunch(launch, this.options));
  }

  /** Every event of the run: collections, kills and cleanups are journalled, ended jobs forgotten. */
  observe(event: RunEvent): void {
    if (event.type === 'async_done') {
      this.running.delete(keyOf(event.host, event.jid));
      this.guarded(() => recordWaitOutcome(event, event.ok ? 'ok' : 'failed', this.options));
    }
    // A waited job stops running when its result is collected, or when a timeout or Ctrl-C
    // terminated it, which the task's result does not wait for (the host may be frozen).
    if (event.type === 'async_terminated' && event.killed) {
      this.running.delete(keyOf(event.host, event.jid));
      this.guarded(() => recordJobEvent('killed', event, this.options));
    }
    // A launch that never returned a job id is over with its task's result.
    if (event.type === 'host_result' && event.item === undefined) {
      for (const [key, job] of this.running) if (job.host === event.host && !job.jid.includes('.')) this.running.delete(key);
    }
    const effect = asyncStatusEffect(event);
    if (effect) this.guarded(() => recordJobEvent(effect.event, effect, this.options));
  }

  /** The jobs that may still run: those waited on whose task has not ended, and the `poll: 0` ones. */
  stillRunning(): RunningJobs {
    const jobs = [...this.running.values()];
    return { waited: jobs.filter((j) => j.poll > 0).map(({ host, jid }) => ({ host, jid })), leftRunning: jobs.filter((j) => j.poll === 0).length };
  }
}
