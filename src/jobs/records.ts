/**
 * The journal's records of an async job: what a later process needs to find the job again, wait on
 * it or kill it, and nothing more. A run reports the jobs it starts with their full connection
 * (passwords, keys, host-key policy); these records are made from those reports, never the reverse.
 */
import type { AsyncJob, LaunchIntent, StartedJob, StartingJob } from '../async/index.js';
import { typeOfSpec, type BecomeOptions, type ConnectionSpec, type JournalledConnectionSpec } from '../connection/index.js';

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
}

/** An async job about to be launched, as the journal keeps it before the launch exec. */
export interface LaunchingJob {
  host: string;
  job: Omit<LaunchIntent, 'become'> & { become?: JournalBecome };
  connection: JournalConnection;
  poll: number;
}

/** The spec as the journal keeps it: what its connection type lets it keep (no passwords, keys or host-key policy). */
export function journalConnection(spec: ConnectionSpec): JournalConnection {
  return typeOfSpec(spec).redact(spec) as JournalConnection;
}

/** The become method and user, without the password, fit for a file on disk. */
export function withoutPassword(become: BecomeOptions | undefined): JournalBecome | undefined {
  return become ? { method: become.method, user: become.user } : undefined;
}

/** The record of a job about to be launched. */
export function launchingRecord(report: StartingJob): LaunchingJob {
  return { host: report.host, job: { ...report.job, become: withoutPassword(report.job.become) }, connection: journalConnection(report.connection), poll: report.poll };
}

/** The record of a launched job. */
export function launchedRecord(report: StartedJob): LaunchedJob {
  return { host: report.host, job: { ...report.job, become: withoutPassword(report.job.become) }, connection: journalConnection(report.connection), poll: report.poll };
}
