/**
 * Wrapping a command to run as another user. The become program gets a random prompt (sudo) and
 * the become user's shell prints a random success marker before the command starts, so the
 * controller can tell the become dialogue apart from the command's own input and output: the
 * password is written only in answer to that prompt, the command's stdin only after the marker
 * (see BecomeDialogue).
 */
import { randomBytes } from 'node:crypto';
import { shellQuote, TASK_MARKER } from './quote.js';
import type { BecomeMethod, BecomeOptions } from './types.js';

/** What the controller must know to hold the become dialogue of one exec. */
export interface BecomePlan {
  method: BecomeMethod;
  password: string | undefined;
  /** The exact prompt sudo was told to print (`sudo -p`); su prints its own. */
  sudoPrompt?: string;
  /** Printed on a line of its own by the become user's shell right before the command starts. */
  successMarker: string;
}

export interface WrappedCommand {
  command: string;
  /** Absent without become: the command's stdin goes at once. */
  become?: BecomePlan;
  /** `su` reads its password from a terminal only. */
  needsPty: boolean;
}

/**
 * Every command runs under /bin/sh, as the login user or (with become) as another user, with
 * `marker` in the environment of the shell and of everything it starts (see signalMarked). The
 * marker is set inside the become step, since sudo resets the environment. `stdinLength` is the
 * length of the command's stdin, which a terminal cannot end by closing (see ptyStart).
 */
export function wrapCommand(command: string, become: BecomeOptions | undefined, marker: string, stdinLength: number): WrappedCommand {
  return become ? wrapBecome(command, become, marker, stdinLength) : { command: markedShell(command, marker, RUN_COMMAND), needsPty: false };
}

const RUN_COMMAND = 'exec /bin/sh -c "$1"';

/** `/bin/sh -c command`, started by `start` (shell text running "$1") once the marker is exported. */
function markedShell(command: string, marker: string, start: string): string {
  return `/bin/sh -c ${shellQuote(`${TASK_MARKER}=${marker}; export ${TASK_MARKER}; ${start}`)} sh ${shellQuote(command)}`;
}

/**
 * Through a terminal every byte would be cooked (lines cut at 4 KiB, ^C and ^D acted upon) and
 * the command could read the terminal forever: the terminal goes raw, and the command reads
 * exactly the `stdinLength` sent after the marker, or nothing.
 */
function ptyStart(successMarker: string, stdinLength: number): string {
  const run = stdinLength > 0 ? `head -c ${stdinLength} | /bin/sh -c "$1"` : `${RUN_COMMAND} </dev/null`;
  return `stty raw -echo 2>/dev/null; echo ${successMarker}; ${run}`;
}

function wrapBecome(command: string, become: BecomeOptions, marker: string, stdinLength: number): WrappedCommand {
  const user = become.user ?? 'root';
  const successMarker = `BECOME-SUCCESS-${randomBytes(16).toString('hex')}`;
  if (become.method === 'su') {
    const needsPty = become.password !== undefined;
    const start = needsPty ? ptyStart(successMarker, stdinLength) : `echo ${successMarker}; ${RUN_COMMAND}`;
    return {
      command: `su ${shellQuote(user)} -s /bin/sh -c ${shellQuote(markedShell(command, marker, start))}`,
      become: { method: 'su', password: become.password, successMarker },
      needsPty,
    };
  }
  const inner = markedShell(command, marker, `echo ${successMarker}; ${RUN_COMMAND}`);
  if (become.password === undefined) {
    // -n: fail at once with "a password is required" instead of waiting for an answer.
    return { command: `sudo -H -S -n -u ${shellQuote(user)} ${inner}`, become: { method: 'sudo', password: undefined, successMarker }, needsPty: false };
  }
  const sudoPrompt = `[sudo via castoff, key=${randomBytes(16).toString('hex')}] password:`;
  return {
    command: `sudo -H -S -p ${shellQuote(sudoPrompt)} -u ${shellQuote(user)} ${inner}`,
    become: { method: 'sudo', password: become.password, sudoPrompt, successMarker },
    needsPty: false,
  };
}
