/**
 * Starting an async job: after a host's runtime is installed, one exec writes the arguments file
 * (from stdin, umask 077) and runs the wrapper, which returns as soon as the job is detached.
 */
import { envPrefix, shellQuote, type BecomeOptions, type Connection } from '../connection/index.js';
import { CastoffError } from '../errors.js';
import { newJobIdPrefix, type AsyncJob, type ModuleResult } from './job.js';
import { OUTPUT_LIMIT_ARG } from './output-limit.js';
import { libraryModuleBundle, runtimeBundle } from './payloads.js';
import { installRuntime } from './runtime.js';

/** What the job runs: a built-in module by name, or a custom module file from `library/`. */
export type ModulePayload = { module: string; args: Record<string, unknown> } | { modulePath: string; args: Record<string, unknown> };

export interface LaunchOptions {
  /** Time limit in seconds (`async: N`). */
  limit: number;
  /** `ansible_async_dir`, `~` allowed; default `~/.ansible_async`. */
  asyncDir?: string;
  become?: BecomeOptions;
  /** `ansible_python_interpreter`; default `python3`. */
  python?: string;
  /** The task's `environment`: the detached job inherits it from the launch. */
  environment?: Record<string, string>;
  signal?: AbortSignal;
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

export async function launchAsyncJob(conn: Connection, payload: ModulePayload, options: LaunchOptions): Promise<LaunchResult> {
  const launchedAt = performance.now();
  const launchedAtEpoch = Date.now();
  const install = { become: options.become, python: options.python, asyncDir: options.asyncDir, signal: options.signal };
  const runtime = await installRuntime(conn, runtimeBundle(), install);
  let modulePath: string;
  if ('module' in payload) {
    if (!(`modules/${payload.module}.py` in runtimeBundle().files)) throw new LaunchError(`unknown module '${payload.module}'`, { failed: true, msg: `unknown module '${payload.module}'` });
    modulePath = `${runtime.dir}/modules/${payload.module}.py`;
  } else {
    const library = libraryModuleBundle(payload.modulePath);
    const installed = await installRuntime(conn, library, install);
    modulePath = `${installed.dir}/${Object.keys(library.files)[0]}`;
  }

  const prefix = newJobIdPrefix();
  const argsFile = `${runtime.argsDir}/${prefix}.json`;
  const wrapperPath = `${runtime.dir}/async_wrapper.py`;
  const command =
    `${envPrefix(options.environment)}umask 077; cat > ${shellQuote(argsFile)} && exec ${shellQuote(runtime.python)} ${shellQuote(wrapperPath)} ` +
    `${prefix} ${options.limit} ${shellQuote(runtime.asyncDir)} ${shellQuote(modulePath)} ${shellQuote(argsFile)} ${conn.outputLimit}`;
  // Built-in modules that run commands keep their output to the limit too; a custom module gets
  // exactly the arguments it was given.
  const args = 'module' in payload ? { ...payload.args, [OUTPUT_LIMIT_ARG]: conn.outputLimit } : payload.args;
  const result = await conn.exec(command, {
    stdin: JSON.stringify(args),
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
  const job: AsyncJob = {
    host: conn.host,
    jid: String(reply.ansible_job_id),
    resultsFile: String(reply.results_file),
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
  return { job, result: { ...reply, changed: true } };
}
