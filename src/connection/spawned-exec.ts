/**
 * An exec run as a child process of the controller: the local shell, or a `docker exec` client.
 * The program gets an argv array (no shell on the controller reads it); its streams and its end go
 * through SettlingExec like an SSH channel's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { WrappedCommand } from './become.js';
import type { PidProbe } from './pid-probe.js';
import { SettlingExec } from './settling-exec.js';
import type { ExecResult } from './types.js';

export interface SpawnedExec {
  /** The inventory name, for messages. */
  host: string;
  /** The program and its arguments. */
  argv: readonly [string, ...string[]];
  wrapped: WrappedCommand;
  /** The command's own stdin. */
  stdin: Buffer;
  /** Bytes kept of each stream. */
  limit: number;
  signal: AbortSignal | undefined;
  /** In a process group of its own, so one kill reaches everything it started (the local shell). */
  detached?: boolean;
  /** Takes the pid line the remote shell prints out of stderr (see pid-probe.ts). */
  probe?: PidProbe;
  /** Ends what the exec started: called when the caller aborts and when the become step fails. */
  kill(child: ChildProcess): void;
}

export function spawnExec(how: SpawnedExec): Promise<ExecResult> {
  const child = spawn(how.argv[0], how.argv.slice(1), { detached: how.detached ?? false, stdio: ['pipe', 'pipe', 'pipe'] });
  const run = new SettlingExec(
    how.host,
    how.wrapped,
    { limit: how.limit, signal: how.signal },
    {
      write: (text) => child.stdin.write(text),
      start: () => child.stdin.end(how.stdin),
      stop: () => how.kill(child),
    },
  );
  const { probe } = how;
  child.stdout.on('data', (chunk: Buffer) => run.stdout(chunk));
  child.stderr.on('data', (chunk: Buffer) => run.stderr(probe ? probe.push(chunk) : chunk));
  child.on('error', (err) => run.failed(err));
  child.on('close', (code, signal) => {
    if (run.isSettled) return;
    if (probe) run.stderr(probe.flush());
    run.exited(code, signal);
  });
  // A command that exits without reading its stdin closes the pipe under our write.
  child.stdin.on('error', () => undefined);
  run.begin();
  return run.result;
}
