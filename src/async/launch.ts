/**
 * Starting an async job: after a host's runtime is installed, one exec writes the arguments file
 * (from stdin, umask 077) and runs the wrapper, which returns as soon as the job is detached.
 */
import { pythonCommand, type BecomeOptions, type Connection } from '../connection/index.js';
import { CastoffError } from '../core/errors.js';
import { isJobIdOf, jobStatusFile, newJobIdPrefix, type AsyncJob } from './job.js';
import type { ModuleResult } from '../core/index.js';
import { OUTPUT_LIMIT_ARG } from './output-limit.js';
import { builtinModuleFile, installRuntime, libraryModuleBundle, runtimeBundle, type RunsAs, type ShippedPayload } from '../target/index.js';

/** What the job runs: a built-in module by name, a custom module file from `library/`, or a shipped payload. */
export type ModulePayload =
  | { module: string; args: Record<string, unknown> }
  | { modulePath: string; args: Record<string, unknown> }
  | { payload: ShippedPayload; args: Record<string, unknown> };

export interface LaunchOptions extends RunsAs {
  /** Time limit in seconds (`async: N`). */
  limit: number;
  /** The task's `environment`: the detached job inherits it from the launch, which reads it from stdin. */
  environment?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Called just before the launch exec, once the job's id prefix and files are known. A job may run
   * on the host from this moment even if the launch reply never arrives, so this is where it is
   * journalled; throwing stops the launch (the job is not started).
   */
  onLaunching?: (intent: LaunchIntent) => void;
}

/** A job about to be launched: its id will be `<prefix>.<pid of the wrapper>`. */
export interface LaunchIntent {
  prefix: string;
  argsFile: string;
  /** Absolute async dir on the host; the status file will be `<asyncDir>/<prefix>.<pid>`. */
  asyncDir: string;
  wrapperPath: string;
  python: string;
  limit: number;
  launchedAtEpoch: number;
  become?: BecomeOptions;
}

/** The start reply, as the launch task's result: `started: 1, finished: 0, changed: true, ...`. */
export interface LaunchResult {
  job: AsyncJob;
  result: ModuleResult;
}

/** The wrapper refused to start the job (bad arguments, async dir not writable, ...). */
export class LaunchError extends CastoffError {
  override name = 'LaunchError';
  constructor(
    message: string,
    readonly result: ModuleResult,
  ) {
    super(message);
  }
}

/** What a launch answers for `job` (a `poll: 0` task's result). */
export function launchReply(job: AsyncJob): ModuleResult {
  return { started: 1, finished: 0, ansible_job_id: job.jid, results_file: job.resultsFile, changed: true };
}

export async function launchAsyncJob(conn: Connection, payload: ModulePayload, options: LaunchOptions): Promise<LaunchResult> {
  const launchedAt = performance.now();
  const launchedAtEpoch = Date.now();
  const runtime = await installRuntime(conn, runtimeBundle(), options);
  let modulePath: string;
  if ('module' in payload) {
    const file = builtinModuleFile(payload.module);
    if (!file) throw new LaunchError(`unknown module '${payload.module}'`, { failed: true, msg: `unknown module '${payload.module}'` });
    modulePath = `${runtime.dir}/${file}`;
  } else if ('payload' in payload) {
    const installed = await installRuntime(conn, payload.payload.bundle, options);
    modulePath = `${installed.dir}/${payload.payload.entry}`;
  } else {
    const library = libraryModuleBundle(payload.modulePath);
    const installed = await installRuntime(conn, library, options);
    modulePath = `${installed.dir}/${Object.keys(library.files)[0]}`;
  }

  const prefix = newJobIdPrefix();
  const argsFile = `${runtime.argsDir}/${prefix}.json`;
  const wrapperPath = `${runtime.dir}/async_wrapper.py`;
  // Built-in modules that run commands keep their output to the limit too; a custom module gets
  // exactly the arguments it was given.
  const args = JSON.stringify('module' in payload ? { ...payload.args, [OUTPUT_LIMIT_ARG]: conn.outputLimit } : payload.args);
  // The wrapper writes the arguments from stdin to the args file (private to the job's user) and
  // starts the job only once every byte announced has arrived, so a controller that dies mid-transfer
  // leaves no half-launched job. The wrapper is a Python of its own, never a fork of the warm helper:
  // the job's watchdog is recognised by the job id prefix on its command line.
  const command = pythonCommand({
    python: runtime.python,
    path: wrapperPath,
    argv: ['--stdin-args', String(Buffer.byteLength(args)), prefix, String(options.limit), runtime.asyncDir, modulePath, argsFile, String(conn.outputLimit)],
  });
  options.onLaunching?.({ prefix, argsFile, asyncDir: runtime.asyncDir, wrapperPath, python: runtime.python, limit: options.limit, launchedAtEpoch, become: options.become });
  const result = await conn.exec(`exec ${command}`, {
    stdin: args,
    detaches: true,
    env: options.environment,
    become: options.become,
    signal: options.signal,
  });
  const lastLine = result.stdout.toString().trim().split('\n').pop() ?? '';
  let reply: ModuleResult;
  try {
    reply = JSON.parse(lastLine) as ModuleResult;
  } catch {
    const msg = `${conn.host}: the async wrapper did not start the job (rc ${result.rc}): ${result.stderr.toString().trim() || lastLine}`;
    throw new LaunchError(msg, { failed: true, msg, rc: result.rc ?? undefined });
  }
  if (result.rc !== 0 || reply.failed) {
    const msg = `${conn.host}: the async wrapper did not start the job: ${String(reply.msg ?? `rc ${result.rc}`)}`;
    throw new LaunchError(msg, { ...reply, failed: true, msg });
  }
  const jid = launchedJobId(conn.host, reply, prefix, runtime.asyncDir);
  const job: AsyncJob = {
    host: conn.host,
    jid,
    resultsFile: jobStatusFile(runtime.asyncDir, jid),
    asyncDir: runtime.asyncDir,
    limit: options.limit,
    launchedAt,
    launchedAtEpoch,
    argsFile,
    pid: typeof reply.pid === 'number' ? reply.pid : undefined,
    pgid: typeof reply.pgid === 'number' ? reply.pgid : undefined,
    become: options.become,
    python: runtime.python,
    wrapperPath,
  };
  // The task's result is what Ansible registers for a launch; `pid`, `pgid` and the wrapper's
  // `failed: 0` are for castoff's controller only.
  return { job, result: launchReply(job) };
}

/**
 * The job id the host reports, accepted only as the prefix castoff chose plus a pid, with its
 * status file in the async dir castoff named: the reply is host data, and the id names files and
 * processes on every later poll, kill and cleanup, and in the journal.
 */
function launchedJobId(host: string, reply: ModuleResult, prefix: string, asyncDir: string): string {
  const jid = reply.ansible_job_id;
  if (isJobIdOf(prefix, jid) && reply.results_file === jobStatusFile(asyncDir, jid)) return jid;
  const shown = JSON.stringify({ ansible_job_id: reply.ansible_job_id, results_file: reply.results_file });
  const msg = `${host}: the async wrapper's reply does not name the job castoff started (expected ${prefix}.<pid> in ${asyncDir}): ${shown.slice(0, 300)}`;
  throw new LaunchError(msg, { failed: true, msg });
}
