/**
 * Wrapping a command to run as another user. The prompt carries a random marker so we can tell
 * sudo's question apart from the command's own output and fail fast when nobody can answer it.
 */
import { randomBytes } from 'node:crypto';
import { shellQuote, TASK_MARKER } from './quote.js';
import type { BecomeOptions } from './types.js';

export interface WrappedCommand {
  command: string;
  /** Sent before the command's own stdin (the password line for `sudo -S`). */
  stdinPrefix?: string;
  /** A marker that appears on stderr when a password is asked for. */
  promptMarker?: string;
  /** `su` reads its password from a terminal only. */
  needsPty: boolean;
}

/**
 * Every command runs under /bin/sh, as the login user or (with become) as another user, with
 * `marker` in the environment of the shell and of everything it starts (see signalMarked). The
 * marker is set inside the become step, since sudo resets the environment.
 */
export function wrapCommand(command: string, become: BecomeOptions | undefined, marker: string): WrappedCommand {
  return become ? wrapBecome(command, become, marker) : { command: markedShell(command, marker), needsPty: false };
}

/** `/bin/sh -c command`, re-executed once the marker is exported so that the shell itself carries it. */
function markedShell(command: string, marker: string): string {
  return `/bin/sh -c ${shellQuote(`${TASK_MARKER}=${marker}; export ${TASK_MARKER}; exec /bin/sh -c "$1"`)} sh ${shellQuote(command)}`;
}

/** What the command reads on stdin: become's password line first, then the caller's input. */
export function commandStdin(wrapped: WrappedCommand, stdin: string | Buffer | undefined): Buffer {
  return Buffer.concat([Buffer.from(wrapped.stdinPrefix ?? ''), typeof stdin === 'string' ? Buffer.from(stdin) : (stdin ?? Buffer.alloc(0))]);
}

function wrapBecome(command: string, become: BecomeOptions, marker: string): WrappedCommand {
  const user = become.user ?? 'root';
  const inner = markedShell(command, marker);
  if (become.method === 'su') {
    const prompt = `castoff-su-${randomBytes(6).toString('hex')}`;
    return {
      // `su` prints its own prompt ("Password:"); we answer it through the pty.
      command: `su ${shellQuote(user)} -s /bin/sh -c ${shellQuote(`echo ${prompt}; exec ${inner}`)}`,
      promptMarker: prompt,
      needsPty: become.password !== undefined,
    };
  }
  if (become.password === undefined) {
    // -n: fail at once with "a password is required" instead of waiting for an answer.
    return { command: `sudo -H -n -u ${shellQuote(user)} ${inner}`, needsPty: false };
  }
  const prompt = `[castoff-sudo-${randomBytes(6).toString('hex')}] password:`;
  return {
    command: `sudo -H -S -p ${shellQuote(prompt)} -u ${shellQuote(user)} ${inner}`,
    stdinPrefix: `${become.password}\n`,
    promptMarker: prompt,
    needsPty: false,
  };
}

const SUDO_NEEDS_PASSWORD = /sudo: (a password is required|a terminal is required)/;
const SUDO_WRONG_PASSWORD = /(incorrect password attempt|Sorry, try again)/;

/** Turns sudo's own complaint on stderr into the message Ansible users know, or undefined. */
export function becomeFailure(stderr: string, become: BecomeOptions, promptMarker?: string): string | undefined {
  if (become.method === 'sudo') {
    if (SUDO_NEEDS_PASSWORD.test(stderr)) return 'Missing sudo password';
    if (SUDO_WRONG_PASSWORD.test(stderr)) return 'Incorrect sudo password';
    if (promptMarker && stderr.split(promptMarker).length > 2) return 'Incorrect sudo password';
  } else if (/su: Authentication failure/.test(stderr)) {
    return 'Incorrect su password';
  } else if (/su: must be run from a terminal/.test(stderr)) {
    return 'Missing su password';
  }
  return undefined;
}

/** Removes sudo's prompt echo from stderr so results show only the command's own output. */
export function stripPrompt(stderr: string, promptMarker?: string): string {
  return promptMarker ? stderr.split(promptMarker).join('') : stderr;
}
