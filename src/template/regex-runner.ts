/**
 * Regular expressions with a time limit. JavaScript's regex engine backtracks, so a pattern such
 * as `(a+)+$` can run for minutes on a short text, and filters are synchronous calls inside the
 * template engine: run on the event loop, one such pattern would stall every host of the run.
 *
 * So matching happens in a worker thread. The filter posts the pattern and text, then blocks on
 * a shared flag (Atomics.wait) for at most the limit; the worker raises the flag once its answer
 * is posted, and the answer is taken off the port synchronously (receiveMessageOnPort). A worker
 * that overruns is terminated and a new one is started for the next call. The worst case is one
 * stall of the limit per catastrophic (pattern, text), not one per backtracking step.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { TemplateError } from '../core/errors.js';

/** Default limit for one match, in seconds; CASTOFF_REGEX_TIMEOUT or `setRegexTimeLimit` change it. */
export const DEFAULT_REGEX_TIMEOUT = 2;
/** How long a new worker may take to start; generous because a loaded machine starts threads slowly. */
const STARTUP_LIMIT_MS = 30_000;
/** Texts up to this size are remembered with a pattern that overran, so repeating it fails at once. */
const REMEMBERED_TEXT = 64 * 1024;
const MAX_REMEMBERED = 100;

/** The worker, as CommonJS source: an inline worker needs no file beside the compiled code. */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, flagBuffer } = workerData;
const flag = new Int32Array(flagBuffer);
const compiled = new Map();
const raise = () => { Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); };
port.on('message', ({ source, flags, text, all }) => {
  let reply;
  try {
    const key = flags + '/' + source;
    let regex = compiled.get(key);
    if (regex === undefined) {
      if (compiled.size >= 1000) compiled.clear();
      regex = new RegExp(source, flags);
      compiled.set(key, regex);
    }
    regex.lastIndex = 0;
    const found = all ? [...text.matchAll(regex)] : [regex.exec(text)].filter((m) => m !== null);
    reply = { matches: found.map((m) => ({ values: [...m], index: m.index, groups: m.groups === undefined ? undefined : { ...m.groups } })) };
  } catch (error) {
    reply = { error: String(error && error.message ? error.message : error) };
  }
  port.postMessage(reply);
  raise();
});
raise();
`;

interface Reply {
  matches?: Array<{ values: Array<string | undefined>; index: number; groups?: Record<string, string | undefined> }>;
  error?: string;
}

function limitFromEnvironment(): number {
  const seconds = Number(process.env.CASTOFF_REGEX_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_REGEX_TIMEOUT;
}

let limitSeconds = limitFromEnvironment();

/** Sets the time one regex match may take, in seconds (CASTOFF_REGEX_TIMEOUT, `regex_timeout`). */
export function setRegexTimeLimit(seconds: number): void {
  if (!Number.isFinite(seconds) || seconds <= 0) throw new RangeError(`the regex time limit must be a positive number of seconds, got ${seconds}`);
  limitSeconds = seconds;
}

export function regexTimeLimit(): number {
  return limitSeconds;
}

class RegexWorker {
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, flagBuffer: this.flag.buffer }, transferList: [port2] });
    // Neither may keep the process alive; a run that is done exits with the worker idle.
    this.worker.unref();
    this.port.unref();
    if (Atomics.wait(this.flag, 0, 0, STARTUP_LIMIT_MS) === 'timed-out') {
      this.stop();
      throw new TemplateError(`the regular expression worker did not start within ${STARTUP_LIMIT_MS / 1000} seconds`);
    }
  }

  /** The worker's reply, or undefined when it overran `limitMs` (the worker is then stopped). */
  run(request: { source: string; flags: string; text: string; all: boolean }, limitMs: number): Reply | undefined {
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(request);
    if (Atomics.wait(this.flag, 0, 0, limitMs) === 'timed-out') {
      this.stop();
      return undefined;
    }
    return receiveMessageOnPort(this.port)?.message as Reply | undefined;
  }

  stop(): void {
    this.port.close();
    this.worker.terminate().catch(() => undefined);
  }
}

let worker: RegexWorker | undefined;
const overran = new Set<string>();

function overrunError(pattern: string): TemplateError {
  return new TemplateError(
    `the regular expression '${pattern}' took longer than ${limitSeconds} second${limitSeconds === 1 ? '' : 's'} and was stopped (castoff's limit for one match; ` +
      `set CASTOFF_REGEX_TIMEOUT or regex_timeout in ansible.cfg to change it)`,
  );
}

/**
 * The matches of `regex` in `text` (all of them for a `g` regex, else the first), computed in
 * the worker within the time limit. `pattern` is the pattern as the user wrote it, for messages.
 */
export function findMatches(regex: RegExp, text: string, pattern: string): RegExpExecArray[] {
  const all = regex.flags.includes('g');
  const key = text.length <= REMEMBERED_TEXT ? `${regex.flags}/${regex.source}\0${text}` : undefined;
  if (key !== undefined && overran.has(key)) throw overrunError(pattern);
  worker ??= new RegexWorker();
  const reply = worker.run({ source: regex.source, flags: regex.flags, text, all }, limitSeconds * 1000);
  if (reply === undefined) {
    worker = undefined;
    if (key !== undefined) {
      if (overran.size >= MAX_REMEMBERED) overran.clear();
      overran.add(key);
    }
    throw overrunError(pattern);
  }
  if (reply.error !== undefined || reply.matches === undefined) throw new TemplateError(`regular expression '${pattern}' failed: ${reply.error ?? 'no reply'}`);
  return reply.matches.map((m) => Object.assign(m.values, { index: m.index, input: text, groups: m.groups }) as RegExpExecArray);
}

/** The first match of `regex` in `text`, or null; see findMatches. */
export function firstMatch(regex: RegExp, text: string, pattern: string): RegExpExecArray | null {
  return findMatches(regex, text, pattern)[0] ?? null;
}
