/**
 * The job record the controller keeps for one async job, and the job id rules. Ids from users are
 * validated before any path is built from them (Ansible allows `../` traversal; we never do).
 */
import { randomInt } from 'node:crypto';
import { posix } from 'node:path';
import type { BecomeOptions, ConnectionSpec } from '../connection/index.js';
import type { LaunchIntent } from './launch.js';

export const JOB_ID_PATTERN = /^j\d+\.\d+$/;

export interface AsyncJob {
  /** Inventory name of the host the job runs on. */
  host: string;
  /** `j<digits>.<pid>`. */
  jid: string;
  /** Absolute path of the status file on the host. */
  resultsFile: string;
  /** Absolute async dir on the host, as the job's user sees it. */
  asyncDir: string;
  /** The job's time limit in seconds. */
  limit: number;
  /** performance.now() just before the launch: time spent on SSH counts against the limit. */
  launchedAt: number;
  /** Wall-clock epoch ms of the launch, for journals and humans. */
  launchedAtEpoch: number;
  /** The arguments file the job read, removed with the job file. */
  argsFile?: string;
  pid?: number;
  pgid?: number;
  become?: BecomeOptions;
  /** Interpreter and wrapper used, so terminate runs the same code the job was started with. */
  python: string;
  wrapperPath: string;
}

export class InvalidJobIdError extends Error {
  override name = 'InvalidJobIdError';
  constructor(readonly jid: string) {
    super(`invalid job id '${jid}': it must match ^j\\d+\\.\\d+$`);
  }
}

export function assertValidJobId(jid: string): void {
  if (!JOB_ID_PATTERN.test(jid)) throw new InvalidJobIdError(jid);
}

/** `j` + 12 random digits; the wrapper appends `.<its pid>`. */
export function newJobIdPrefix(): string {
  let digits = '';
  for (let i = 0; i < 12; i++) digits += String(randomInt(10));
  return `j${digits.replace(/^0+(?=\d)/, '')}`;
}

/** A pid as the wrapper appends it: digits only, and no longer than any kernel's pid. */
const PID = /^\d{1,10}$/;

/**
 * Whether `name` is the id of the job launched with `prefix`: exactly `<prefix>.<pid>`. Names come
 * from hosts (a launch reply, a directory listing), and the id names files and processes on every
 * later poll, kill and cleanup: nothing else is taken for it.
 */
export function isJobIdOf(prefix: string, name: unknown): name is string {
  return typeof name === 'string' && name.startsWith(`${prefix}.`) && PID.test(name.slice(prefix.length + 1));
}

/** The status file of a job: `<async dir>/<job id>`. */
export function jobStatusFile(asyncDir: string, jid: string): string {
  return posix.join(asyncDir, jid);
}

/**
 * An async job a run starts, as the run reports it: the host, the job, the full connection spec
 * (secrets included: the journal strips them) and the task's poll.
 */
export interface JobStart<Job> {
  host: string;
  job: Job;
  connection: ConnectionSpec;
  poll: number;
  /**
   * Which launch of the run this is (a JSON array): the host, the task's place in its file, the loop
   * item, and how many times that item launched there before (retries). The same launch of another run of the
   * same playbook has the same key, which is how a run taken over finds the jobs it already started.
   */
  key: string;
}

/** A job about to be launched (its id prefix and files known), and a launched job. */
export type StartingJob = JobStart<LaunchIntent>;
export type StartedJob = JobStart<AsyncJob>;
