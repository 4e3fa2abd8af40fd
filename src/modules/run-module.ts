/**
 * Running a Python module synchronously: one exec, the arguments on stdin (the module reads them
 * from /dev/stdin, Ansible's WANT_JSON convention), no temporary file on the host.
 */
import type { ModuleResult } from '../core/index.js';
import { moduleResultLimit, runPython, shellQuote, type BecomeOptions, type Connection } from '../connection/index.js';
import { OUTPUT_LIMIT_ARG, withDerivedLines } from '../async/output-limit.js';
import { builtinModuleFile, libraryModuleBundle, runtimeBundle, type ShippedPayload } from '../target/payloads.js';
import { installRuntime } from '../target/runtime.js';
import { truncationFields } from './exec-result.js';

export interface RunModuleOptions {
  become?: BecomeOptions;
  python?: string;
  asyncDir?: string;
  environment?: Record<string, string>;
  signal?: AbortSignal;
  /** See ExecOptions.timeoutSeconds: the host stops the module by itself. */
  timeoutSeconds?: number;
}

export type ModuleRef = { module: string } | { modulePath: string } | { payload: ShippedPayload };

/** What Ansible reports when a module prints no result, with the streams to see why. */
function ansibleModuleFailure(stdout: string, stderr: string, rc: number | null): ModuleResult {
  const result: ModuleResult = { failed: true, changed: false, msg: 'MODULE FAILURE\nSee stdout/stderr for the exact error', module_stdout: stdout, module_stderr: stderr };
  if (stderr.startsWith('Traceback')) result.exception = stderr;
  else if (stdout.startsWith('Traceback')) result.exception = stdout;
  if (rc !== null) result.rc = rc;
  return result;
}

function parseModuleOutput(stdout: string): { result?: ModuleResult; junkAfter?: string } {
  const start = stdout.indexOf('{');
  if (start < 0) return {};
  // The usual case, one object and a newline, in one parse: trying every closing brace in turn
  // costs a parse per brace, which a large output full of braces would make quadratic.
  const whole = wholeObject(stdout.slice(start));
  if (whole) return { result: whole };
  // Find the end of the first complete JSON object: try successive closing braces.
  for (let end = stdout.indexOf('}', start); end >= 0; end = stdout.indexOf('}', end + 1)) {
    try {
      const value = JSON.parse(stdout.slice(start, end + 1)) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const junk = stdout.slice(end + 1).trim();
        return { result: value as ModuleResult, junkAfter: junk || undefined };
      }
    } catch {
      // not complete yet
    }
  }
  return {};
}

function wholeObject(text: string): ModuleResult | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as ModuleResult) : undefined;
  } catch {
    return undefined;
  }
}

export async function runModule(conn: Connection, ref: ModuleRef, args: Record<string, unknown>, options: RunModuleOptions = {}): Promise<ModuleResult> {
  const install = { become: options.become, python: options.python, asyncDir: options.asyncDir, signal: options.signal };
  let path: string;
  let python: string;
  if ('payload' in ref) {
    // A payload needs nothing of the runtime: it carries its own bootstrap.
    const installed = await installRuntime(conn, ref.payload.bundle, install);
    path = `${installed.dir}/${ref.payload.entry}`;
    python = installed.python;
  } else {
    const runtime = await installRuntime(conn, runtimeBundle(), install);
    python = runtime.python;
    if ('module' in ref) {
      const file = builtinModuleFile(ref.module);
      if (!file) return { failed: true, changed: false, msg: `unknown module '${ref.module}'` };
      path = `${runtime.dir}/${file}`;
    } else {
      const bundle = libraryModuleBundle(ref.modulePath);
      const installed = await installRuntime(conn, bundle, install);
      path = `${installed.dir}/${Object.keys(bundle.files)[0]}`;
    }
  }
  // The module keeps each stream of a command it runs to the limit; its result, holding both, gets
  // room for twice that, and a result beyond it cannot be parsed.
  const resultLimit = moduleResultLimit(conn.outputLimit);
  const execOptions = {
    stdin: JSON.stringify('module' in ref ? { ...args, [OUTPUT_LIMIT_ARG]: conn.outputLimit } : args),
    env: options.environment,
    become: options.become,
    signal: options.signal,
    timeoutSeconds: options.timeoutSeconds,
    outputLimit: resultLimit,
  };
  // A payload entry that is not Python (a binary module) runs as its own command.
  const r = path.endsWith('.py')
    ? await runPython(conn, { python, path, argv: ['/dev/stdin'] }, execOptions)
    : await conn.exec(`cat | ${shellQuote(path)} /dev/stdin`, execOptions);
  const stdout = r.stdout.toString();
  const stderr = r.stderr.toString();
  if (r.truncated?.stdout) {
    return {
      failed: true,
      changed: false,
      msg: `MODULE FAILURE: the module printed ${r.truncated.stdout.total} bytes, more than the ${resultLimit} bytes a module result may take (output_limit ${conn.outputLimit})`,
      module_stdout: stdout,
      module_stderr: stderr,
      rc: r.rc ?? undefined,
      ...truncationFields(r.truncated),
    };
  }
  const { result, junkAfter } = parseModuleOutput(stdout);
  if (!result && 'payload' in ref) return ansibleModuleFailure(stdout, stderr, r.rc);
  if (!result) {
    return {
      failed: true,
      changed: false,
      msg: `MODULE FAILURE: the module printed no JSON object (rc ${r.rc})`,
      module_stdout: stdout,
      module_stderr: stderr,
      rc: r.rc ?? undefined,
    };
  }
  if (junkAfter) {
    const warnings = Array.isArray(result.warnings) ? result.warnings : [];
    result.warnings = [...warnings, `Module invocation had junk after the JSON data: ${junkAfter}`];
  }
  return withDerivedLines(result);
}
