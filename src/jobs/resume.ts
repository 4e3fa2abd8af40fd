/**
 * Taking over a launch whose process died before it learnt the job id: the launch's record (made
 * just before the launch exec) names the job id prefix, by which the job is found on its host.
 */
import { findJobOnHost, STARTING_WAIT_MS } from '../async/index.js';
import type { BecomeOptions, Connection } from '../connection/index.js';
import { launchedFromIntent, type LaunchedJob, type LaunchingJob } from './records.js';

export interface LookOn {
  /** A connection to the launch's host. */
  connection: Connection;
  /** The launch's become, password included. */
  become?: BecomeOptions;
  signal?: AbortSignal;
}

/**
 * The job the launch started, as a launch record, or undefined when the launch never got as far as
 * starting one (it is then safe to launch again).
 */
export async function findLaunchedJob(intent: LaunchingJob, { connection, become, signal }: LookOn): Promise<LaunchedJob | undefined> {
  const wanted = { prefix: intent.job.prefix, asyncDir: intent.job.asyncDir, python: intent.job.python, become };
  const found = await findJobOnHost(connection, wanted, signal, STARTING_WAIT_MS);
  return found.state === 'found' ? launchedFromIntent(intent, found.jid) : undefined;
}
