/** `until` with `retries` and `delay`: the action again until its result meets the conditions. */
import type { ModuleResult } from '../../core/index.js';
import type { Task } from '../../playbook/index.js';
import { withVars, type Vars } from '../../template/index.js';
import { checkConditions } from './conditions.js';
import { registeredValue } from './outcome.js';
import { num } from './values.js';

export interface RetryHooks {
  /** One run of the action with these variables. */
  attempt(vars: Vars): Promise<ModuleResult>;
  /** An attempt that did not meet `until` and will be retried. */
  onRetry(retriesLeft: number, attempt: number, result: ModuleResult): void;
  /** Waits, or throws CancelledError when the task is stopped. */
  sleep(ms: number): Promise<void>;
}

export async function withRetries(task: Pick<Task, 'until' | 'retries' | 'delay' | 'register' | 'position'>, vars: Vars, hooks: RetryHooks): Promise<ModuleResult> {
  const until = task.until;
  if (!until || until.length === 0) return hooks.attempt(vars);
  const retries = num(task.retries, vars, 3);
  // Ansible runs an `until` task retries + 1 times at most.
  const attemptsAllowed = retries <= 0 ? 1 : retries + 1;
  const delay = num(task.delay, vars, 5);
  for (let attempt = 1; ; attempt++) {
    const result = await hooks.attempt(vars);
    result.attempts = attempt;
    if (result.unreachable) return result;
    const withResult = task.register ? withVars(vars, { [task.register]: registeredValue(result) }) : vars;
    const done = checkConditions(until, withResult, task.position);
    if (!done.ok) return { ...done.result, attempts: attempt };
    if (done.value) return result;
    if (attempt >= attemptsAllowed) return { ...result, failed: true, attempts: attempt };
    hooks.onRetry(attemptsAllowed - attempt, attempt, result);
    await hooks.sleep(delay * 1000);
  }
}
