/**
 * What castoff-playbook and castoff share: connection and privilege options, extra vars, output
 * selection, Ctrl-C handling, the job journal, and turning errors into one line and an exit code.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import YAML from 'yaml';
import {
  CastoffError,
  ConfigError,
  EXIT,
  LiveStatus,
  loadVarsFile,
  outputFormat,
  outputFormatNames,
  parseKeyValueArgs,
  printable,
  ParseError,
  ParseErrors,
  JournalError,
  recordJobEvent,
  recordLaunch,
  recordLaunching,
  recordWaitOutcome,
  type LaunchedJob,
  type LaunchingJob,
  type RunEvent,
  type RunPlaybookOptions,
} from '../index.js';
import type { Settings } from './config.js';
import { versionText } from './version.js';

export interface CommonOptions {
  inventory?: string[];
  limit?: string;
  forks?: number;
  timeout?: number;
  user?: string;
  privateKey?: string;
  extraVars: string[];
  become?: boolean;
  becomeUser?: string;
  becomeMethod?: string;
  askBecomePass?: boolean;
  askPass?: boolean;
  check?: boolean;
  diff?: boolean;
  verbose: number;
  /** `--output NAME`; unset, the command's default or `stdout_callback` decides. */
  output?: string;
  taskTimeout?: number;
}

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer, got '${value}'`);
  return n;
};
export const nonNegative = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative number, got '${value}'`);
  return n;
};
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The options both commands take, with Ansible's letters. */
export function addCommonOptions(program: Command): Command {
  return program
    .option('-i, --inventory <source>', 'inventory file, directory, script or host list (h1,h2,); repeatable', collect)
    .option('-l, --limit <pattern>', 'further limit the selected hosts to a pattern')
    .option('-f, --forks <n>', 'hosts worked on in parallel (default 5)', positiveInt('--forks'))
    .option('-T, --timeout <seconds>', 'SSH connect timeout (default 10)', nonNegative('--timeout'))
    .option('-u, --user <user>', 'connect as this user')
    .option('--private-key <file>', 'SSH private key file')
    .option('-e, --extra-vars <vars>', 'k=v pairs, @file.yml, or JSON/YAML; repeatable', collect, [])
    .option('-b, --become', 'run operations with become')
    .option('--become-user <user>', 'run operations as this user (default root)')
    .option('--become-method <method>', 'sudo (default) or su')
    .option('-K, --ask-become-pass', 'ask for the privilege escalation password')
    .option('-k, --ask-pass', 'ask for the connection password')
    .option('-C, --check', 'do not make changes; predict them')
    .option('-D, --diff', 'show the differences in changed files')
    .option('-v, --verbose', 'more output (-vvv for more)', (_v: string, prev: number) => prev + 1, 0)
    .option('--output <format>', `output format (as Ansible's stdout_callback): ${outputFormatNames().join(', ')}`)
    .option('--task-timeout <seconds>', 'hard limit for every task on each host (castoff)', nonNegative('--task-timeout'))
    .version(versionText(program.name()), '--version');
}

/** `-e` values: `k=v k2=v2`, `@file.yml`, or an inline JSON/YAML mapping; later ones win. */
export async function parseExtraVars(values: string[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const value of values) {
    const text = value.trim();
    if (text.startsWith('@')) Object.assign(out, await loadVarsFile(resolve(text.slice(1))));
    else if (text.startsWith('{') || text.startsWith('[')) {
      const parsed = YAML.parse(text) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError(`extra vars must be a mapping, got ${text}`);
      Object.assign(out, parsed);
    } else {
      const { params, rawParams } = parseKeyValueArgs(text);
      if (rawParams) throw new ConfigError(`invalid extra vars '${value}': use key=value, @file or a JSON/YAML mapping`);
      Object.assign(out, params);
    }
  }
  return out;
}

/** Reads a secret from the terminal without echo (or a line from a pipe). */
export async function askSecret(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY === true });
  const muted = rl as unknown as { _writeToOutput?: (s: string) => void };
  process.stderr.write(prompt);
  if (process.stdin.isTTY) muted._writeToOutput = () => undefined;
  const answer = await new Promise<string>((resolveAnswer) => rl.question('', resolveAnswer));
  rl.close();
  if (process.stdin.isTTY) process.stderr.write('\n');
  return answer;
}

export interface OutputSink {
  onEvent: (event: RunEvent) => void;
}

/**
 * The CLI's output in the format of that name (an unknown name is a ConfigError). A warning is
 * shown once per process, as Ansible's Display does, however often it is emitted (the inventory's
 * warnings come once before the run and again in each run).
 */
export function outputFor(name: string, verbosity: number): OutputSink {
  const format = outputFormat(name);
  const write = (text: string) => process.stdout.write(text);
  const tty = process.stdout.isTTY === true && process.env.TERM !== 'dumb';
  const output = format.create({
    write,
    writeWarning: (text) => process.stderr.write(text),
    verbosity,
    color: tty && !process.env.NO_COLOR,
    live: tty ? new LiveStatus(write, () => process.stdout.columns ?? 80) : undefined,
  });
  const shown = new Set<string>();
  return {
    onEvent: (event) => {
      if (event.type === 'warning') {
        const key = `${event.host ?? ''}\0${event.message}`;
        if (shown.has(key)) return;
        shown.add(key);
      }
      output.onEvent(event);
    },
  };
}

/** Shows warnings raised before a run starts (settings, inventory) through the run's output. */
export function warnThrough(output: OutputSink): (message: string) => void {
  return (message) => output.onEvent({ type: 'warning', message, time: new Date().toISOString() });
}

/** What a second Ctrl-C names: the jobs this run still waits on or is terminating. */
export interface RunningJobs {
  /** Jobs with `poll > 0` whose task has not ended on their host: they may still run. */
  waited: Array<{ host: string; jid: string }>;
  /** `poll: 0` jobs of this run: left to run on purpose, listed by `castoff jobs`. */
  leftRunning: number;
}

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

/**
 * Ctrl-C once (or SIGTERM): abort the run, which terminates this run's remote jobs, cleans up and
 * prints the recap (exit 99). Twice: leave at once, naming the jobs that may still run (not those
 * the first press already terminated) so the user can reattach to them or kill them later.
 */
export function interruptOnSignals(controller: AbortController, stillRunning: () => RunningJobs = () => ({ waited: [], leftRunning: 0 })): () => void {
  let count = 0;
  const onSignal = () => {
    count++;
    if (count === 1) {
      process.stderr.write(`${freshLine()}[castoff] interrupted: stopping, terminating this run's remote jobs (Ctrl-C again to leave at once)\n`);
      controller.abort();
    } else {
      process.stderr.write(leavingMessage(stillRunning()));
      process.exit(EXIT.interrupted);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

export interface RunJobs {
  onJobLaunching: (launch: LaunchingJob) => void;
  onJobLaunched: (launch: LaunchedJob) => void;
  onEvent: (event: RunEvent) => void;
  stillRunning: () => RunningJobs;
}

interface RunJob {
  host: string;
  /** The id prefix until the launch returns. */
  jid: string;
  poll: number;
}

/** What an `async_status` result in a playbook did to a job: the journal records cleanups and kills. */
function asyncStatusEffect(event: RunEvent): { event: 'cleaned' | 'killed'; jid: string; host: string } | undefined {
  if (event.type !== 'host_result' || event.action !== 'async_status' || typeof event.result.ansible_job_id !== 'string') return undefined;
  const { result } = event;
  const jid = String(result.ansible_job_id);
  if (typeof result.erased === 'string') return { event: 'cleaned', jid, host: event.host };
  if (result.killed === true) return { event: 'killed', jid, host: event.host };
  return undefined;
}

/**
 * Journals every async job of this run before its launch exec and again when the launch returns,
 * its collection when a poll ends, and cleanups and kills done by `async_status`, so
 * `castoff jobs`/`wait`/`kill` find the jobs even after this process dies. A journal that cannot be
 * written stops `poll: 0` launches (nothing else would ever find those jobs); a job the run waits
 * on is launched anyway, with a warning.
 */
export function journalRunJobs(onEvent: (event: RunEvent) => void): RunJobs {
  const running = new Map<string, RunJob>();
  const keyOf = (host: string, jid: string) => `${host} ${jid.split('.')[0]}`;
  let warned = false;
  const warn = (err: unknown) => {
    if (!warned) process.stderr.write(`${freshLine()}[WARNING]: the job journal cannot be written, jobs of this run will not be listed by 'castoff jobs': ${printable((err as Error).message)}\n`);
    warned = true;
  };
  const guarded = (write: () => void) => {
    try {
      write();
    } catch (err) {
      warn(err);
    }
  };
  return {
    onJobLaunching: (launch) => {
      try {
        recordLaunching(launch);
      } catch (err) {
        if (launch.poll === 0 && err instanceof JournalError) {
          throw new JournalError(`${err.message}; a poll: 0 job would be lost to 'castoff jobs', so it was not started`);
        }
        warn(err);
      }
      running.set(keyOf(launch.host, launch.job.prefix), { host: launch.host, jid: launch.job.prefix, poll: launch.poll });
    },
    onJobLaunched: (launch) => {
      running.set(keyOf(launch.host, launch.job.jid), { host: launch.host, jid: launch.job.jid, poll: launch.poll });
      guarded(() => recordLaunch(launch));
    },
    onEvent: (event) => {
      if (event.type === 'async_done') {
        running.delete(keyOf(event.host, event.jid));
        guarded(() => recordWaitOutcome(event, event.ok ? 'ok' : 'failed'));
      }
      // A waited job stops running when its result is collected, or when a timeout or Ctrl-C
      // terminated it, which the task's result does not wait for (the host may be frozen).
      if (event.type === 'async_terminated' && event.killed) {
        running.delete(keyOf(event.host, event.jid));
        guarded(() => recordJobEvent('killed', event));
      }
      // A launch that never returned a job id is over with its task's result.
      if (event.type === 'host_result' && event.item === undefined) {
        for (const [key, job] of running) if (job.host === event.host && !job.jid.includes('.')) running.delete(key);
      }
      const effect = asyncStatusEffect(event);
      if (effect) guarded(() => recordJobEvent(effect.event, effect));
      onEvent(event);
    },
    stillRunning: () => {
      const jobs = [...running.values()];
      return { waited: jobs.filter((j) => j.poll > 0).map(({ host, jid }) => ({ host, jid })), leftRunning: jobs.filter((j) => j.poll === 0).length };
    },
  };
}

/**
 * Every failure becomes `ERROR! ...` on stderr and an exit code; a stack only with -vvv. Messages
 * may quote what a host sent (a status file, a banner, a module's output): shown `printable`.
 */
export function exitCodeForError(err: unknown, verbosity: number): number {
  const say = (text: string) => process.stderr.write(`${printable(text)}\n`);
  if (err instanceof ParseErrors || err instanceof ParseError) {
    say(`ERROR! ${err.message.split('\n').join('\nERROR! ')}`);
    return EXIT.parseError;
  }
  if (err instanceof CastoffError) {
    say(`ERROR! ${err.message}`);
    return EXIT.error;
  }
  const e = err as Error;
  say(`ERROR! Unexpected Exception, this is probably a bug: ${e?.message ?? String(err)}`);
  if (verbosity >= 3 && e?.stack) say(e.stack);
  return EXIT.internal;
}

/**
 * `CASTOFF_SSH_KEEPALIVE`: seconds between SSH keepalives (3 unanswered ones drop the host);
 * default 15, 0 disables them. A shorter interval notices a frozen host sooner.
 */
function keepaliveIntervalMs(): number | undefined {
  const text = process.env.CASTOFF_SSH_KEEPALIVE;
  if (text === undefined || text.trim() === '') return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0) throw new ConfigError(`CASTOFF_SSH_KEEPALIVE must be a number of seconds (0 disables keepalives), got '${text}'`);
  return seconds * 1000;
}

function connectionDefaults(opts: CommonOptions, settings: Settings, password?: string): RunPlaybookOptions['connection'] {
  return {
    keepaliveIntervalMs: keepaliveIntervalMs(),
    user: opts.user ?? settings.remoteUser,
    privateKeyFile: opts.privateKey ?? settings.privateKeyFile,
    password,
    connectTimeoutMs: (opts.timeout ?? settings.timeout ?? 10) * 1000,
    hostKeyChecking: settings.hostKeyChecking,
    knownHostsFile: settings.knownHostsFile,
    outputLimit: settings.outputLimit,
  };
}

/** Parses the command line; an exit code when commander stopped (help, version, a bad option). */
export function parseArgs(cmd: Command, argv: string[]): number | undefined {
  try {
    cmd.parse(argv);
    return undefined;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.badOptions;
    throw err;
  }
}

type SharedRunOptions = Pick<
  RunPlaybookOptions,
  'extraVars' | 'limit' | 'forks' | 'check' | 'diff' | 'pollInterval' | 'taskTimeout' | 'becomePassword' | 'becomeDefaults' | 'asyncDir' | 'connection' | 'strategy'
>;

/** The run options both commands build the same way: the command line first, then ansible.cfg/env. */
export async function sharedRunOptions(opts: CommonOptions, settings: Settings): Promise<SharedRunOptions> {
  const password = opts.askPass ? await askSecret('SSH password: ') : undefined;
  const becomePassword = opts.askBecomePass ? await askSecret('BECOME password: ') : undefined;
  return {
    extraVars: await parseExtraVars(opts.extraVars),
    limit: opts.limit,
    forks: opts.forks ?? settings.forks,
    check: opts.check,
    diff: opts.diff,
    pollInterval: settings.pollInterval,
    taskTimeout: opts.taskTimeout ?? settings.taskTimeout,
    becomePassword,
    becomeDefaults: { become: opts.become ?? settings.become, user: opts.becomeUser ?? settings.becomeUser, method: opts.becomeMethod ?? settings.becomeMethod },
    asyncDir: settings.asyncDir,
    connection: connectionDefaults(opts, settings, password),
    strategy: settings.strategy,
  };
}

export type RunHooks = Pick<RunPlaybookOptions, 'signal' | 'onEvent' | 'onJobLaunched' | 'onJobLaunching'>;

/** Runs with Ctrl-C handling and the jobs journal between the executor and the output. */
export async function interruptibleRun<T>(onEvent: (event: RunEvent) => void, work: (hooks: RunHooks) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const jobs = journalRunJobs(onEvent);
  const release = interruptOnSignals(controller, jobs.stillRunning);
  try {
    return await work({ signal: controller.signal, onEvent: jobs.onEvent, onJobLaunched: jobs.onJobLaunched, onJobLaunching: jobs.onJobLaunching });
  } finally {
    release();
  }
}

/**
 * A command's work closes every socket and clears its timers, so the process ends on its own;
 * should anything still hold the event loop, the command leaves anyway shortly after: an unattended
 * run (cron, CI) must never hang once its result is printed.
 */
const EXIT_GRACE_MS = 1000;

/** The process entry of a command: its exit code, never an unhandled rejection. */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  const leave = (code: number) => {
    process.exitCode = code;
    setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  };
  main(process.argv).then(leave, (err: unknown) => leave(exitCodeForError(err, 0)));
}
