/**
 * A task's `environment:` reaches the command without ever being on a command line, where every
 * user of the host could read it (`ps`, /proc/<pid>/cmdline). The values travel on the command's
 * stdin, ahead of its own input, and shell builtins alone (read, eval, export) turn them into
 * exported variables before the command runs, so no process carries them in its arguments. The
 * reader runs inside the command's own shell, after any become step, since sudo resets the
 * environment.
 */
import { ConfigError } from '../core/errors.js';
import { shellQuote } from './quote.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether `name` can be exported by a POSIX shell: letters, digits and `_`, not starting with a digit. */
export function isEnvironmentName(name: string): boolean {
  return NAME.test(name);
}

export function invalidEnvironmentNameMessage(name: string): string {
  return `invalid environment variable name ${JSON.stringify(name)} in 'environment': a name is letters, digits and underscores, and does not start with a digit`;
}

/**
 * Reads a line count, then that many lines, and evaluates them: the `export` statement the block
 * holds. `read` takes a pipe byte by byte, so the command's own input is left for the command.
 */
const READER = [
  '__castoff_env=',
  `IFS= read -r __castoff_n || { echo 'castoff: the environment did not arrive on stdin' >&2; exit 125; }`,
  'while [ "$__castoff_n" -gt 0 ]; do IFS= read -r __castoff_line || exit 125; __castoff_env="$__castoff_env$__castoff_line',
  // The newline that `read` took off the line, put back inside the double quotes.
  '"; __castoff_n=$((__castoff_n - 1)); done',
  'eval "$__castoff_env"',
  'unset __castoff_env __castoff_n __castoff_line',
  '',
].join('\n');

export interface CommandWithInput {
  command: string;
  stdin?: string | Buffer;
}

/**
 * `command` and `stdin` such that `command` runs with `env` exported, the values on stdin only.
 * Without variables both are returned as they are.
 */
export function environmentOnStdin(command: string, env: Record<string, string> | undefined, stdin: string | Buffer | undefined): CommandWithInput {
  const names = Object.keys(env ?? {});
  if (names.length === 0) return { command, stdin };
  const bad = names.find((name) => !isEnvironmentName(name));
  if (bad !== undefined) throw new ConfigError(invalidEnvironmentNameMessage(bad));
  const block = `export ${names.map((name) => `${name}=${shellQuote(env![name])}`).join(' ')}\n`;
  const lines = block.split('\n').length - 1;
  const input = Buffer.concat([Buffer.from(`${lines}\n${block}`), typeof stdin === 'string' ? Buffer.from(stdin) : (stdin ?? Buffer.alloc(0))]);
  return { command: `${READER}${command}`, stdin: input };
}
