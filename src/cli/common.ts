/**
 * What castoff-playbook and castoff share once their options are parsed (options.ts): extra vars,
 * vault secrets, output selection, running with Ctrl-C handling and the job journal, and turning
 * errors into one line and an exit code.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import YAML from 'yaml';
import {
  CastoffError,
  ConfigError,
  LiveStatus,
  loadVarsFile,
  outputFormat,
  parseKeyValueArgs,
  printable,
  ParseError,
  ParseErrors,
  RunJournal,
  VaultParseError,
  timedEvent,
  type RunEvent,
  loadSettings,
  loadVaultKeyring,
  setRegexTimeLimit,
  vaultIdSpecs,
  type RunPlaybookOptions,
  type Settings,
  type VaultKeyring,
} from '../index.js';
import { EXIT } from './exit-codes.js';
import { outputName, type Command, type OutputRequest } from './output-choice.js';
import { handleInterrupts } from './interrupts.js';
import type { CommonOptions } from './options.js';

/** `-e` values: `k=v k2=v2`, `@file.yml`, or an inline JSON/YAML mapping; later ones win. */
export async function parseExtraVars(values: string[], vault?: VaultKeyring): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const value of values) {
    const text = value.trim();
    if (text.startsWith('@')) Object.assign(out, await loadVarsFile(resolve(text.slice(1)), { vault }));
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

/**
 * The vault secrets of the command line and the settings, asked for on the terminal where a
 * source is `prompt`; undefined when none is named anywhere.
 */
export async function cliVaultKeyring(opts: CommonOptions, settings: Settings): Promise<VaultKeyring | undefined> {
  if (opts.askVaultPass && opts.vaultPasswordFile?.length) {
    throw new ConfigError('argument --vault-password-file: not allowed with argument --ask-vault-pass');
  }
  const specs = vaultIdSpecs({ vaultIds: opts.vaultId, vaultPasswordFiles: opts.vaultPasswordFile, askVaultPass: opts.askVaultPass }, settings);
  return specs.length === 0 ? undefined : loadVaultKeyring(specs, { prompt: askSecret });
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
  return (message) => output.onEvent(timedEvent({ type: 'warning', message }));
}

/**
 * What both commands do first: read the settings, choose the output, say the settings' warnings
 * through it and apply the regex time limit.
 */
export function startCommand(command: Command, opts: OutputRequest & { verbose: number }): { settings: Settings; output: OutputSink; warn: (message: string) => void } {
  const settings = loadSettings();
  const output = outputFor(outputName(command, opts, settings), opts.verbose);
  const warn = warnThrough(output);
  settings.warnings.forEach(warn);
  if (settings.regexTimeout !== undefined) setRegexTimeLimit(settings.regexTimeout);
  return { settings, output, warn };
}

/**
 * Every failure becomes `ERROR! ...` on stderr and an exit code; a stack only with -vvv. Messages
 * may quote what a host sent (a status file, a banner, a module's output): shown `printable`.
 */
export function exitCodeForError(err: unknown, verbosity: number): number {
  const say = (text: string) => process.stderr.write(`${printable(text)}\n`);
  if (err instanceof ParseErrors || err instanceof ParseError) {
    say(`ERROR! ${err.message.split('\n').join('\nERROR! ')}`);
    // Ansible stops at its first error; a vault one is a general error there, not a parse error.
    const first = err instanceof ParseErrors ? err.errors[0] : err;
    return first instanceof VaultParseError ? EXIT.error : EXIT.parseError;
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

type SharedRunOptions = Pick<
  RunPlaybookOptions,
  'extraVars' | 'limit' | 'forks' | 'check' | 'diff' | 'taskTimeout' | 'becomePassword' | 'becomeDefaults' | 'connection' | 'config' | 'vault'
>;

/**
 * The run options both commands build the same way: from the command line, with the settings
 * (ansible.cfg, environment) under them, which the library applies as for any caller.
 */
export async function sharedRunOptions(opts: CommonOptions, settings: Settings, vault: VaultKeyring | undefined): Promise<SharedRunOptions> {
  const password = opts.askPass ? await askSecret('SSH password: ') : undefined;
  const becomePassword = opts.askBecomePass ? await askSecret('BECOME password: ') : undefined;
  return {
    extraVars: await parseExtraVars(opts.extraVars, vault),
    vault,
    limit: opts.limit,
    forks: opts.forks,
    check: opts.check,
    diff: opts.diff,
    taskTimeout: opts.taskTimeout,
    becomePassword,
    becomeDefaults: { become: opts.become, user: opts.becomeUser, method: opts.becomeMethod },
    connection: {
      user: opts.user,
      privateKeyFile: opts.privateKey,
      password,
      connectTimeoutMs: opts.timeout === undefined ? undefined : opts.timeout * 1000,
    },
    config: settings,
  };
}

export type RunHooks = Pick<RunPlaybookOptions, 'signal' | 'onEvent' | 'journal'>;

/**
 * Runs with Ctrl-C handling and one job journal for every run of the command; what the journal
 * cannot write is a warning of the output.
 */
export async function interruptibleRun<T>(output: OutputSink, work: (hooks: RunHooks) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const journal = new RunJournal({ onWarning: warnThrough(output) });
  const release = handleInterrupts({ kind: 'run', controller, stillRunning: () => journal.stillRunning() });
  try {
    return await work({ signal: controller.signal, onEvent: output.onEvent, journal });
  } finally {
    release();
  }
}

