/**
 * The only place that builds shell text. Every argument that reaches a remote shell goes through
 * `shellQuote`, so quotes, `$`, backticks, spaces and newlines arrive unchanged.
 */
import { randomBytes } from 'node:crypto';

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** POSIX single-quote quoting: inside '...' nothing is special except ' itself. */
export function shellQuote(arg: string): string {
  if (arg !== '' && SAFE.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellJoin(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

/** The variable every process of one exec carries, so that its whole tree can be found again. */
export const TASK_MARKER = 'CASTOFF_TASK';

/** A fresh value for TASK_MARKER: one per exec. */
export function newTaskMarker(): string {
  return `castoff-${randomBytes(8).toString('hex')}`;
}

/**
 * Shell text printing the pids of the processes whose environment carries `marker`. Processes that
 * called setsid left the process group, but they keep the environment they were started with.
 * Linux /proc only; GNU grep reads all environments in one process, other greps one at a time.
 */
function markedPids(marker: string): string {
  const entry = shellQuote(`${TASK_MARKER}=${marker}`);
  return (
    `{ if printf 'a\\0' | grep -qzx a; then grep -slzxF ${entry} /proc/[0-9]*/environ | cut -d/ -f3; ` +
    `else for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' <"$f" | grep -qxF ${entry} && { p=\${f#/proc/}; echo "\${p%/environ}"; }; done; fi; } 2>/dev/null`
  );
}

/** Shell text sending `signal` to every process carrying `marker`. */
function signalMarked(marker: string, signal: 'TERM' | 'KILL'): string {
  return `p=$(${markedPids(marker)}); [ -z "$p" ] || kill -${signal} $p 2>/dev/null`;
}

/** TERM to every process carrying `marker`, and KILL a second later to those still there, if any were. */
function endMarked(marker: string): string {
  return `p=$(${markedPids(marker)}); [ -z "$p" ] || { kill -TERM $p 2>/dev/null; sleep 1; ${signalMarked(marker, 'KILL')}; }`;
}

/**
 * Ends one exec from outside: TERM to its process group (`pgid`, the login shell's) at once; TERM to
 * every process carrying its marker, and KILL to both a second later, from a background shell, so
 * this returns after the group kill, whatever the scan of /proc costs.
 */
export function killExecCommand(pgid: number | undefined, marker: string): string {
  const group = (signal: string) => (pgid === undefined ? '' : `kill -${signal} -${pgid} 2>/dev/null; `);
  return `${group('TERM')}(${signalMarked(marker, 'TERM')}; sleep 1; ${group('KILL')}${signalMarked(marker, 'KILL')}) >/dev/null 2>&1 </dev/null & true`;
}

// coreutils `timeout` exits 124 when it stopped the command with TERM, 137 when KILL was needed.
const TIMED_OUT = '[ $rc -eq 124 ] || [ $rc -eq 137 ]';

/**
 * `exec`s `command` (a complete command line), under the host's own `timeout` when one is given
 * and the host has it. `timeout` signals only its process group, so when it fires, the processes
 * carrying `marker` (setsid children included) get TERM, then KILL a second later. On a terminal
 * (`onTerminal`, su's password) `timeout` must stay in the terminal's foreground process group, or
 * su could not read the terminal; the sweep by marker covers the children it then leaves alone.
 */
export function execWithin(command: string, timeoutSeconds: number | undefined, marker: string, onTerminal = false): string {
  if (timeoutSeconds === undefined) return `exec ${command}`;
  const seconds = Math.max(1, Math.ceil(timeoutSeconds));
  // busybox's timeout has no --foreground: such a host runs the command without it.
  const [has, timeout] = onTerminal ? ['timeout --foreground 1 true', 'timeout --foreground'] : ['command -v timeout', 'timeout'];
  return (
    `if ${has} >/dev/null 2>&1; then ${timeout} -k 2 ${seconds} ${command}; rc=$?; ` +
    `if ${TIMED_OUT}; then ${endMarked(marker)}; fi; exit $rc; ` +
    `else exec ${command}; fi`
  );
}
