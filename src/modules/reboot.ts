/**
 * `reboot`: reboots the host and waits until it is back, as Ansible's action plugin, with no module
 * on the host: read the boot id (`boot_time_command`), find and run the shutdown command, then,
 * until `reboot_timeout`, drop the transport and reconnect (each connect bounded by
 * `connect_timeout`) until the boot id has changed, and until `test_command` succeeds. Check mode
 * reports the reboot without doing it; the local connection refuses, as it would reboot the controller.
 */
import type { ModuleResult } from '../core/index.js';
import { CancelledError, CastoffError } from '../core/errors.js';
import { deadline as timeLimit } from '../core/deadline.js';
import { delay, LocalConnection, shellQuote, stdoutText, stderrText } from '../connection/index.js';
import { nonNegativeInt, objectOf, text, type JsonSchema } from '../source/schema-values.js';
import { hostModule } from './define.js';
import type { ActionContext } from './types.js';

/** Ansible's defaults. */
const DEFAULTS = {
  reboot_timeout: 600,
  pre_reboot_delay: 0,
  post_reboot_delay: 0,
  msg: 'Reboot initiated by Ansible',
  test_command: 'whoami',
  boot_time_command: 'cat /proc/sys/kernel/random/boot_id',
  search_paths: ['/sbin', '/bin', '/usr/sbin', '/usr/bin', '/usr/local/sbin'],
};

/** The longest pause between two tries, in seconds, as Ansible's back-off. */
const MAX_BACKOFF = 12;

/** A failure of the reboot that ends the task with Ansible's message. */
class RebootFailure extends CastoffError {
  override name = 'RebootFailure';
}

/** The wait for the host ran out: the task fails with Ansible's message, the host counts as rebooted. */
class TimedOut extends CastoffError {
  override name = 'TimedOut';
}

function seconds(ctx: ActionContext, name: 'reboot_timeout' | 'pre_reboot_delay' | 'post_reboot_delay'): number {
  const value = Number(ctx.args[name] ?? DEFAULTS[name]);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : name === 'reboot_timeout' ? DEFAULTS.reboot_timeout : 0;
}

function textArg(ctx: ActionContext, name: 'msg' | 'test_command' | 'boot_time_command'): string {
  return String(ctx.args[name] ?? DEFAULTS[name]);
}

/** Python's repr of a list of strings, as Ansible prints the search paths. */
function pythonList(items: readonly string[]): string {
  return `[${items.map((item) => `'${item}'`).join(', ')}]`;
}

async function run(ctx: ActionContext, command: string, signal: AbortSignal): Promise<{ rc: number; stdout: string; stderr: string }> {
  const result = await ctx.connection.exec(command, { become: ctx.become, signal });
  return { rc: result.rc ?? -1, stdout: stdoutText(result), stderr: stderrText(result) };
}

async function bootId(ctx: ActionContext, signal: AbortSignal): Promise<string> {
  const result = await run(ctx, textArg(ctx, 'boot_time_command'), signal);
  if (result.rc !== 0) {
    throw new RebootFailure(`${ctx.module}: failed to get host boot time info, rc: ${result.rc}, stdout: ${result.stdout}, stderr: ${result.stderr}`);
  }
  return result.stdout.trim();
}

/** The shutdown command's path: as written when absolute, else the first match in `search_paths`. */
async function shutdownPath(ctx: ActionContext, command: string, signal: AbortSignal): Promise<string> {
  if (command.startsWith('/')) return command;
  const given = ctx.args.search_paths;
  const paths = given === undefined ? DEFAULTS.search_paths : (Array.isArray(given) ? given : [given]).map(String);
  const lookup = paths.map((dir) => `if [ -e ${shellQuote(`${dir}/${command}`)} ]; then echo ${shellQuote(`${dir}/${command}`)}; fi`).join('; ');
  const found = (await run(ctx, `${lookup}; true`, signal)).stdout.split('\n').find((line) => line.startsWith('/'));
  if (found === undefined) throw new RebootFailure(`Unable to find command "${command}" in search paths: ${pythonList(paths)}`);
  return found;
}

/** `reboot_command` split as Ansible splits it (the program, then the rest as written), or shutdown with Ansible's Linux arguments. */
function rebootCommand(ctx: ActionContext): { program: string; args: string } {
  const given = ctx.args.reboot_command;
  if (given !== undefined) {
    const [program, ...rest] = String(given).split(' ');
    return { program, args: rest.join(' ') };
  }
  const delayMinutes = Math.floor(seconds(ctx, 'pre_reboot_delay') / 60);
  return { program: 'shutdown', args: `-r ${delayMinutes} "${textArg(ctx, 'msg')}"` };
}

/** Runs `attempt` until it succeeds or the deadline passes, backing off as Ansible does (1, 2, 4 ... 12 s, plus up to 1 s). */
async function untilSuccess(ctx: ActionContext, what: string, timeout: number, deadline: AbortSignal, attempt: () => Promise<void>): Promise<void> {
  for (let failures = 0; !deadline.aborted; failures++) {
    try {
      await attempt();
      return;
    } catch (error) {
      if (ctx.signal.aborted) throw new CancelledError();
      // A bug is no failed try; a host that is still down is.
      if (!(error instanceof CastoffError)) throw error;
    }
    const pause = Math.min(2 ** failures, MAX_BACKOFF) + Math.random();
    await delay(pause * 1000, deadline).catch(() => undefined);
  }
  if (ctx.signal.aborted) throw new CancelledError();
  throw new TimedOut(`Timed out waiting for ${what} (timeout=${timeout})`);
}

/** `work` given a signal that ends after `seconds` or with `signal`. */
async function within(seconds: number, signal: AbortSignal, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const limit = timeLimit(seconds * 1000, signal);
  try {
    await work(limit.signal);
  } finally {
    limit.clear();
  }
}

/** A fresh transport within connect_timeout (if set), then `work` within the rest of the wait. */
async function onFreshConnection(ctx: ActionContext, deadline: AbortSignal, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const connectTimeout = ctx.args.connect_timeout === undefined ? undefined : Number(ctx.args.connect_timeout);
  const connectLimit = connectTimeout ? timeLimit(connectTimeout * 1000, deadline) : undefined;
  try {
    await ctx.connection.reconnect(connectLimit?.signal ?? deadline);
    await ctx.connection.connect(connectLimit?.signal ?? deadline);
  } finally {
    connectLimit?.clear();
  }
  await work(deadline);
}

async function reboot(ctx: ActionContext): Promise<ModuleResult> {
  let previous: string;
  try {
    previous = await bootId(ctx, ctx.signal);
  } catch (error) {
    if (error instanceof RebootFailure) return { failed: true, changed: false, reboot: false, msg: error.message };
    throw error;
  }
  const { program, args } = rebootCommand(ctx);
  const command = `${await shutdownPath(ctx, program, ctx.signal)} ${args}`;
  const started = performance.now();
  const elapsed = () => Math.floor((performance.now() - started) / 1000);
  try {
    const result = await run(ctx, command, ctx.signal);
    if (result.rc !== 0) {
      return { failed: true, changed: false, rebooted: false, elapsed: elapsed(), msg: `Reboot command failed. Error was: '${result.stdout.trim()}, ${result.stderr.trim()}'` };
    }
  } catch (error) {
    // The host going down may cut the session before the command answers: that is the reboot.
    if (ctx.signal.aborted || !(error instanceof CastoffError) || error instanceof CancelledError) throw error;
  }
  await delay(seconds(ctx, 'post_reboot_delay') * 1000, ctx.signal);
  const timeout = seconds(ctx, 'reboot_timeout');
  try {
    // Each wait has the whole reboot_timeout, as in Ansible.
    await within(timeout, ctx.signal, (bootWait) =>
      untilSuccess(ctx, 'last boot time check', timeout, bootWait, () =>
        onFreshConnection(ctx, bootWait, async (signal) => {
          const current = await bootId(ctx, signal);
          if (current === '' || current === previous) throw new RebootFailure('boot time has not changed');
        }),
      ),
    );
    await within(timeout, ctx.signal, (testWait) =>
      untilSuccess(ctx, 'post-reboot test command', timeout, testWait, async () => {
        const result = await run(ctx, textArg(ctx, 'test_command'), testWait);
        if (result.rc !== 0) {
          // The next try starts on a fresh transport, in case the host rebooted again.
          await ctx.connection.reconnect(testWait);
          throw new RebootFailure(`Test command failed: ${result.stderr} ${result.stdout}`);
        }
      }),
    );
  } catch (error) {
    if (error instanceof TimedOut) return { failed: true, changed: false, rebooted: true, elapsed: elapsed(), msg: error.message };
    throw error;
  }
  return { changed: true, elapsed: elapsed(), rebooted: true };
}

const searchPaths: JsonSchema = {
  description: 'a directory or a list of directories',
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
};

export const rebootModule = hostModule({
  name: 'reboot',
  display: 'default',
  controllerOnly: false,
  supportsCheckMode: true,
  args: objectOf({
    reboot_timeout: nonNegativeInt,
    connect_timeout: nonNegativeInt,
    pre_reboot_delay: nonNegativeInt,
    post_reboot_delay: nonNegativeInt,
    msg: text('the message shown to logged-in users'),
    test_command: text('a command that succeeds once the host is usable'),
    reboot_command: text('the command (and arguments) that reboots the host'),
    boot_time_command: text('a command whose output changes with every boot'),
    search_paths: searchPaths,
  }),
  async run(ctx): Promise<ModuleResult> {
    if (ctx.connection instanceof LocalConnection) {
      return { changed: false, elapsed: 0, rebooted: false, failed: true, msg: `Running ${ctx.module} with local connection would reboot the control node.` };
    }
    if (ctx.checkMode) return { changed: true, elapsed: 0, rebooted: true };
    try {
      return await reboot(ctx);
    } catch (error) {
      if (error instanceof RebootFailure) return { failed: true, changed: false, rebooted: false, msg: error.message };
      throw error;
    }
  },
});
