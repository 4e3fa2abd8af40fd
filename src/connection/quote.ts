/**
 * The only place that builds shell text. Every argument that reaches a remote shell goes through
 * `shellQuote`, so quotes, `$`, backticks, spaces and newlines arrive unchanged.
 */

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** POSIX single-quote quoting: inside '...' nothing is special except ' itself. */
export function shellQuote(arg: string): string {
  if (arg !== '' && SAFE.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellJoin(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `export A='x' B='y'; ` in front of a command, as sshd's AcceptEnv usually drops `env`. */
export function envPrefix(env: Record<string, string> | undefined): string {
  if (!env) return '';
  const names = Object.keys(env);
  if (names.length === 0) return '';
  for (const name of names) {
    if (!ENV_NAME.test(name)) throw new Error(`invalid environment variable name: ${JSON.stringify(name)}`);
  }
  return `export ${names.map((n) => `${n}=${shellQuote(env[n])}`).join(' ')}; `;
}

/**
 * `exec`s `command` (a complete command line) under the host's own `timeout` when one is given and
 * the host has it; plain `exec` otherwise.
 */
export function execWithin(command: string, timeoutSeconds: number | undefined): string {
  if (timeoutSeconds === undefined) return `exec ${command}`;
  const seconds = Math.max(1, Math.ceil(timeoutSeconds));
  return `if command -v timeout >/dev/null 2>&1; then exec timeout -k 2 ${seconds} ${command}; else exec ${command}; fi`;
}
