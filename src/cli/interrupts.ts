/**
 * The CLI's one handler of SIGINT (Ctrl-C) and SIGTERM. A run: the first signal aborts it, which
 * stops scheduling, terminates this run's remote jobs and prints the recap (exit 99); a second one
 * leaves at once, naming the jobs that may still run (not those the first already terminated) so
 * the user can reattach to them or kill them later. `castoff wait`: Ctrl-C stops waiting, and a
 * second is the signal's own default (the process ends).
 */
import { printable, type RunningJobs } from '../index.js';
import { EXIT } from './exit-codes.js';

/** On a terminal, return to the start of the row and erase it: the echoed `^C` and the live status line go. */
function freshLine(): string {
  return process.stderr.isTTY ? '\r\u001b[K' : '';
}

function leavingMessage({ waited, leftRunning }: RunningJobs): string {
  const lines = waited.map(({ host, jid }) => `[castoff] still running: ${host} ${jid} (castoff wait ${jid} / castoff kill ${jid})`);
  if (waited.length === 0) lines.push('[castoff] leaving at once');
  if (leftRunning > 0) lines.push(`[castoff] ${leftRunning} poll: 0 job${leftRunning === 1 ? '' : 's'} of this run left running on purpose ('castoff jobs' lists them)`);
  // Job ids come from the hosts' launch replies.
  return `${freshLine()}${printable(lines.join('\n'))}\n`;
}

export type Interruptible =
  /** A run: SIGINT and SIGTERM abort it; a second signal leaves at once, listing what still runs. */
  | { kind: 'run'; controller: AbortController; stillRunning: () => RunningJobs }
  /** A wait: SIGINT aborts it once; a second one ends the process as it would without a handler. */
  | { kind: 'wait'; controller: AbortController };

/** Handles the signals until the returned function is called. */
export function handleInterrupts(work: Interruptible): () => void {
  const signals: NodeJS.Signals[] = work.kind === 'run' ? ['SIGINT', 'SIGTERM'] : ['SIGINT'];
  let count = 0;
  const release = () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
  function onSignal(): void {
    count++;
    if (work.kind === 'wait') {
      release();
      work.controller.abort();
    } else if (count === 1) {
      process.stderr.write(`${freshLine()}[castoff] interrupted: stopping, terminating this run's remote jobs (Ctrl-C again to leave at once)\n`);
      work.controller.abort();
    } else {
      process.stderr.write(leavingMessage(work.stillRunning()));
      process.exit(EXIT.interrupted);
    }
  }
  for (const signal of signals) process.on(signal, onSignal);
  return release;
}
