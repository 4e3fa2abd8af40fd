/**
 * The job record the controller keeps for one async job, and the job id rules. Ids from users are
 * validated before any path is built from them (Ansible allows `../` traversal; we never do).
 */
import { randomInt } from 'node:crypto';
import type { BecomeOptions } from '../connection/index.js';

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
