/**
 * Running a Python file on the host: through the connection's warm interpreter when it has one,
 * else as a command.
 */
import { shellQuote } from './quote.js';
import type { Connection, ExecOptions, ExecResult, PythonRun } from './types.js';

/**
 * `run` as a shell command. A file given `/dev/stdin` to read gets it through `cat |`, which makes
 * the pipe belong to the (become) user that runs the file, so that it can open it.
 */
export function pythonCommand(run: PythonRun): string {
  const command = [run.python, run.path, ...run.argv].map(shellQuote).join(' ');
  return run.argv.includes('/dev/stdin') ? `cat | ${command}` : command;
}

export function runPython(conn: Connection, run: PythonRun, options: ExecOptions = {}): Promise<ExecResult> {
  return conn.runPython ? conn.runPython(run, options) : conn.exec(pythonCommand(run), options);
}
