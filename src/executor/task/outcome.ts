/** A task's result as the play sees it: its status, the defaults Ansible fills in, errors as results. */
import { LaunchError } from '../../async/index.js';
import { isFailed, type HostStatus, type ModuleResult } from '../../core/index.js';
import { BecomeError, CancelledError, CastoffError, TemplateError, UnreachableError, type SourcePosition } from '../../core/errors.js';
import { RemoteRuntimeError } from '../../target/index.js';
import type { Task } from '../../playbook/index.js';
import { taint, withVars, type Vars } from '../../template/index.js';
import { checkConditions, templateFailure } from './conditions.js';

export interface TaskOutcome {
  status: HostStatus;
  result: ModuleResult;
  ignored: boolean;
  /** The host could not be reached: it leaves the play (unless ignore_unreachable). */
  unreachable: boolean;
}

const CENSORED = "the output has been hidden due to the fact that 'no_log: true' was specified for this result";

export function censor(result: ModuleResult): ModuleResult {
  const out: ModuleResult = { censored: CENSORED, changed: Boolean(result.changed) };
  if (isFailed(result)) out.failed = true;
  if (result.skipped) out.skipped = true;
  return out;
}

export function statusOf(result: ModuleResult): HostStatus {
  if (result.unreachable) return 'unreachable';
  if (result.cancelled) return 'cancelled';
  if (isFailed(result)) return 'failed';
  if (result.skipped) return 'skipped';
  return result.changed ? 'changed' : 'ok';
}

/** Ansible gives every result `failed` (from `rc` when the module did not say) and `changed`. */
export function withDefaults(result: ModuleResult): ModuleResult {
  const out = { ...result };
  if (!('failed' in out)) out.failed = 'rc' in out && out.rc !== 0 && out.rc !== '0';
  if (!('changed' in out)) out.changed = false;
  return out;
}

/** What `register:` stores: a copy whose every string is unsafe, so host data is never rendered as a template. */
export function registeredValue(result: ModuleResult): ModuleResult {
  return taint(result);
}

/** How the task's hard limit stands when an error ends it. */
export interface TimeoutState {
  seconds?: number;
  /** The limit, not the run's cancellation, stopped the task. */
  expired: boolean;
}

/** Maps an error thrown anywhere in the task to its result (never a stack trace). */
export function fromError(err: unknown, timeout: TimeoutState, position?: SourcePosition): ModuleResult {
  if (err instanceof CancelledError) {
    if (timeout.expired) {
      return { failed: true, changed: false, timedout: true, msg: `The task timed out after ${timeout.seconds} seconds` };
    }
    return { failed: true, changed: false, cancelled: true, msg: 'cancelled: the run was interrupted' };
  }
  if (err instanceof UnreachableError) return { unreachable: true, changed: false, msg: err.message };
  if (err instanceof TemplateError) return templateFailure(err, 'args', undefined, position);
  if (err instanceof LaunchError) return { ...err.result, failed: true, changed: false, msg: err.message };
  if (err instanceof BecomeError || err instanceof RemoteRuntimeError || err instanceof CastoffError) {
    return { failed: true, changed: false, msg: err.message };
  }
  const e = err as Error;
  return { failed: true, changed: false, msg: `castoff internal error: ${e?.message ?? String(err)}`, exception: e?.stack };
}

/**
 * `changed_when` and `failed_when`, which see the result's keys as variables. A condition that
 * cannot be evaluated fails the task but keeps the module's result, the error under
 * `changed_when_result` / `failed_when_result`, as Ansible does.
 */
export function applyOverrides(task: Pick<Task, 'register' | 'changed_when' | 'failed_when' | 'position'>, result: ModuleResult, vars: Vars): ModuleResult {
  const out = { ...result };
  if (!task.changed_when?.length && !task.failed_when?.length) return out;
  // The result's keys are variables here too (`failed_when: rc != 0`), all host data.
  const registered = registeredValue(result);
  const withResult = withVars(vars, { ...(task.register ? { [task.register]: registered } : {}), ...registered });
  if (task.changed_when && task.changed_when.length > 0) {
    const changed = checkConditions(task.changed_when, withResult, task.position);
    if (!changed.ok) return { ...out, failed: true, changed_when_result: changed.result.msg };
    out.changed = changed.value;
  }
  if (task.failed_when && task.failed_when.length > 0) {
    const failed = checkConditions(task.failed_when, withResult, task.position);
    if (!failed.ok) return { ...out, failed: true, failed_when_result: failed.result.msg };
    out.failed_when_result = failed.value;
    out.failed = failed.value;
  }
  return out;
}
