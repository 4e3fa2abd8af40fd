/**
 * `wait_for_connection`: waits until the host is reachable and usable again (a machine still
 * booting, or one just rebooted). On the controller, as Ansible's action plugin: every `sleep`
 * seconds it drops the transport, reconnects (each connect bounded by `connect_timeout`) and runs
 * `ping`, until one try answers `pong` or `timeout` seconds have passed. Check mode skips it.
 */
import type { ModuleResult } from '../core/index.js';
import { CancelledError, CastoffError } from '../core/errors.js';
import { deadline } from '../core/deadline.js';
import { delay } from '../connection/index.js';
import { nonNegativeInt, objectOf } from '../source/schema-values.js';
import { hostModule } from './define.js';
import { runModuleFor } from './module-action.js';
import type { ActionContext } from './types.js';

/** Ansible's defaults, in seconds. */
const DEFAULTS = { connect_timeout: 5, delay: 0, sleep: 1, timeout: 600 };

type Setting = keyof typeof DEFAULTS;

/** A setting in seconds; the loader has checked its type, a template rendered to junk gets the default. */
function seconds(ctx: ActionContext, name: Setting): number {
  const value = Number(ctx.args[name] ?? DEFAULTS[name]);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULTS[name];
}

/**
 * One try: a fresh transport within connect_timeout, then `ping` within what is left of the wait.
 * Says why it failed; a try cut short by the end of the wait has nothing new to say.
 */
async function tryPing(ctx: ActionContext, connectTimeout: number, waitSignal: AbortSignal): Promise<{ ok: boolean; reason?: string }> {
  const connectLimit = deadline(connectTimeout * 1000, waitSignal);
  try {
    await ctx.connection.reconnect(connectLimit.signal);
    const result = await runModuleFor({ ...ctx, signal: waitSignal }, { module: 'ping' }, {});
    if (result.ping === 'pong') return { ok: true };
    return { ok: false, reason: typeof result.msg === 'string' && result.msg ? result.msg : 'ping test failed' };
  } catch (error) {
    // Anything but a typed error (a bug) or the task's own end is one more failed try.
    if (ctx.signal.aborted || !(error instanceof CastoffError)) throw error;
    if (!(error instanceof CancelledError)) return { ok: false, reason: error.message };
    return { ok: false, reason: waitSignal.aborted ? undefined : `no connection within connect_timeout (${connectTimeout} s)` };
  } finally {
    connectLimit.clear();
  }
}

/** Tries until one answers `pong` or the wait ends. */
async function waitForPong(ctx: ActionContext, waitSignal: AbortSignal, elapsed: () => number, timeout: number): Promise<ModuleResult> {
  let lastError = `the host did not answer within ${timeout} s`;
  while (!waitSignal.aborted) {
    const attempt = await tryPing(ctx, seconds(ctx, 'connect_timeout'), waitSignal);
    if (attempt.ok) return { changed: false, elapsed: elapsed() };
    if (attempt.reason) lastError = attempt.reason;
    await delay(seconds(ctx, 'sleep') * 1000, waitSignal).catch((error: unknown) => {
      if (ctx.signal.aborted) throw error;
    });
  }
  if (ctx.signal.aborted) throw new CancelledError();
  return { failed: true, changed: false, elapsed: elapsed(), msg: `timed out waiting for ping module test: ${lastError}` };
}

export const waitForConnectionModule = hostModule({
  name: 'wait_for_connection',
  display: 'default',
  controllerOnly: false,
  supportsCheckMode: true,
  args: objectOf({ connect_timeout: nonNegativeInt, delay: nonNegativeInt, sleep: nonNegativeInt, timeout: nonNegativeInt }),
  async run(ctx): Promise<ModuleResult> {
    if (ctx.checkMode) return { changed: false, skipped: true };
    const started = performance.now();
    const elapsed = () => Math.floor((performance.now() - started) / 1000);
    await delay(seconds(ctx, 'delay') * 1000, ctx.signal);
    // The timeout counts from the first try, after the delay, as in Ansible.
    const timeout = seconds(ctx, 'timeout');
    const wait = deadline(timeout * 1000, ctx.signal);
    try {
      return await waitForPong(ctx, wait.signal, elapsed, timeout);
    } finally {
      wait.clear();
    }
  },
});
