/**
 * Running a Python file on the host: through the connection's warm interpreter when it has one,
 * else as a command.
 */
import { shellQuote } from './quote.js';
import type { Connection, ExecOptions, ExecResult, PythonRun } from './types.js';

/**
 * `run` as a shell command. `cat |` makes the pipe on the file's stdin belong to the (become) user
 * that runs it, so a file given `/dev/stdin` as an argument can open it.
 */
export function pythonCommand(run: PythonRun): string {
  return `cat | ${[run.python, run.path, ...run.argv].map(shellQuote).join(' ')}`;
}

export function runPython(conn: Connection, run: PythonRun, options: ExecOptions = {}): Promise<ExecResult> {
  return conn.runPython ? conn.runPython(run, options) : conn.exec(pythonCommand(run), options);
}
