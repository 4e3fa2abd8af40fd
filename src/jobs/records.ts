/**
 * The journal's records of an async job: what a later process needs to find the job again, wait on
 * it or kill it, and nothing more. A run reports the jobs it starts with their full connection
 * (passwords, keys, host-key policy); these records are made from those reports, never the reverse.
 */
import { jobStatusFile, type AsyncJob, type LaunchIntent, type StartedJob, type StartingJob } from '../async/index.js';
import { typeOfSpec, type BecomeMethod, type BecomeOptions, type ConnectionSpec, type JournalledConnectionSpec } from '../connection/index.js';
import { ConfigError } from '../core/errors.js';

/** How the run reached the host, without passwords, key material or host-key policy. */
export type JournalConnection = JournalledConnectionSpec;

/** The become method and user of a job, never its password. */
export type JournalBecome = { method: string; user?: string };

/**
 * An async job as the journal keeps it: enough to reconnect and find it, no secrets, and no
 * host-key policy: whoever acts on the job later checks the host under the policy and known_hosts
 * current then, so a run with checking off never vouches for a host to later commands.
 */
export interface LaunchedJob {
  host: string;
  job: Omit<AsyncJob, 'become'> & { become?: JournalBecome };
  connection: JournalConnection;
  poll: number;
  /** The launch's key in its run (see `resumeJob`); absent in records made by hand. */
  key?: string;
}

/** An async job about to be launched, as the journal keeps it before the launch exec. */
export interface LaunchingJob {
  host: string;
  job: Omit<LaunchIntent, 'become'> & { become?: JournalBecome };
  connection: JournalConnection;
  poll: number;
  key?: string;
}

/** The spec as the journal keeps it: what its connection type lets it keep (no passwords, keys or host-key policy). */
export function journalConnection(spec: ConnectionSpec): JournalConnection {
  return typeOfSpec(spec).redact(spec) as JournalConnection;
}

/** The become method and user, without the password, fit for a file on disk. */
export function withoutPassword(become: BecomeOptions | undefined): JournalBecome | undefined {
  return become ? { method: become.method, user: become.user } : undefined;
}

/** A become method read back from a record. */
export function becomeMethodOf(method: string): BecomeMethod {
  if (method === 'sudo' || method === 'su') return method;
  throw new ConfigError(`the journal names an unknown become method '${method}'`);
}

/** The record of a job about to be launched. */
export function launchingRecord(report: StartingJob): LaunchingJob {
  return { host: report.host, job: { ...report.job, become: withoutPassword(report.job.become) }, connection: journalConnection(report.connection), poll: report.poll, key: report.key };
}

/** The record of a launched job. */
export function launchedRecord(report: StartedJob): LaunchedJob {
  return { host: report.host, job: { ...report.job, become: withoutPassword(report.job.become) }, connection: journalConnection(report.connection), poll: report.poll, key: report.key };
}

/**
 * A launched job as the async engine waits on it, in any process: its limit still counts from the
 * launch (`launchedAtEpoch`), and a become password, never recorded, is the caller's to add.
 */
export function resumableJob(launch: LaunchedJob, becomePassword?: string): AsyncJob {
  const { become, ...job } = launch.job;
  return {
    ...job,
    launchedAt: performance.now() - (Date.now() - job.launchedAtEpoch),
    ...(become ? { become: { method: becomeMethodOf(become.method), user: become.user, ...(becomePassword !== undefined ? { password: becomePassword } : {}) } } : {}),
  };
}

/** The record of a launch found on its host (`findJobOnHost`) after the process that made it died before learning the job id. */
export function launchedFromIntent(intent: LaunchingJob, jid: string): LaunchedJob {
  const { prefix: _prefix, ...job } = intent.job;
  // launchedAt is a clock reading of the process that launched; resumableJob makes it again from launchedAtEpoch.
  return { ...intent, job: { ...job, host: intent.host, jid, resultsFile: jobStatusFile(job.asyncDir, jid), launchedAt: 0 } };
}
