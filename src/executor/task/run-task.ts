/**
 * One task on one host: `when`, `loop`, `until`/`retries`, the action (sync or async) on the
 * task's Target, then `failed_when`/`changed_when`, and every failure turned into an
 * Ansible-shaped result.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { displayKindOf, FACTS_KEY, hostModuleForTask, type ActionContext, type HostModule } from '../../modules/index.js';
import type { ModuleResult } from '../../core/index.js';
import { deadline, type Deadline } from '../../core/deadline.js';
import { CancelledError, TemplateError } from '../../core/errors.js';
import type { RunEventInput } from '../../events/index.js';
import type { Task } from '../../playbook/index.js';
import { abortable, environmentProblem, resolveTarget, type Connection, type Target, type TargetConnections } from '../../target/index.js';
import { renderValue, taint, toPlain, type Vars } from '../../template/index.js';
import type { RunContext } from '../run-context.js';
import type { EffectiveKeywords } from '../scope.js';
import { delegateVars } from '../vars.js';
import { runAsyncJob } from './async-job.js';
import { reportDiscoveries, withDiscoveredFacts } from './discovered-interpreter.js';
import { applyInventoryChange } from './inventory-changes.js';
import { checkConditions, skippedResult, templateFailure } from './conditions.js';
import { runLoop, type EmitEvent } from './loop.js';
import { applyOverrides, fromError, statusOf, withDefaults, type TaskOutcome } from './outcome.js';
import { withRetries } from './retries.js';
import { bool, num, renderKeyword, withoutOmit } from './values.js';

/** Where a host-task's events belong. */
export interface TaskWhere {
  play: string;
  task: string;
  host: string;
}

export interface TaskRun {
  task: Task;
  keywords: EffectiveKeywords;
  where: TaskWhere;
  /** The task's variables on the host. */
  vars: Vars;
  /** Directory of the file that holds the task, for relative paths. */
  baseDir: string;
  /** Where the task's relative file names are searched, nearest first (see taskSearchDirs). */
  searchDirs?: readonly string[];
  ctx: RunContext;
  connections: TargetConnections;
  /** The task's `no_log` on this host: outputs censor its results, and modules that take it are told. */
  noLog?: boolean;
  /** The host-task's events out; results in them are shown as no_log allows. */
  emit(event: RunEventInput): void;
}

function unusedConnection(module: string): Connection {
  return new Proxy({} as Connection, {
    get() {
      throw new Error(`the '${module}' action runs on the controller and has no connection`);
    },
  });
}

class TaskRunner {
  private readonly timeoutSeconds: number | undefined;
  private readonly timeout: Deadline | undefined;
  private readonly deadline: number | undefined;
  private readonly signal: AbortSignal;
  private readonly action: HostModule | undefined;

  constructor(private readonly run: TaskRun) {
    const { task, keywords, ctx } = run;
    const timeout = keywords.timeout !== undefined ? num(keywords.timeout, run.vars, 0) : (ctx.taskTimeout ?? 0);
    this.timeoutSeconds = timeout > 0 ? timeout : undefined;
    this.timeout = this.timeoutSeconds ? deadline(this.timeoutSeconds * 1000, ctx.signal) : undefined;
    this.deadline = this.timeoutSeconds ? performance.now() + this.timeoutSeconds * 1000 : undefined;
    this.signal = this.timeout?.signal ?? ctx.signal;
    this.action = hostModuleForTask(task);
  }

  execute(): Promise<ModuleResult> {
    const { task, vars, where } = this.run;
    if (task.loop === undefined) return this.whenThenRetries(vars, this.run.emit);
    return runLoop(task, vars, {
      runItem: (itemVars, emit) => this.whenThenRetries(itemVars, emit),
      onItem: (result, item, emit) => emit({ type: 'host_result', ...where, action: task.module, display: displayKindOf(task), status: statusOf(result), ignored: false, item, result }),
      emit: this.run.emit,
      sleep: (ms) => this.sleep(ms),
      defaultPoll: this.run.ctx.pollInterval,
      itemsSetVariables: this.action?.setsVariables === true,
    });
  }

  /** The task with `vars` (one loop item's, or the task's), its events out through `emit`. */
  private async whenThenRetries(vars: Vars, emit: EmitEvent): Promise<ModuleResult> {
    const when = checkConditions(this.run.keywords.when, vars, this.run.task.position);
    if (!when.ok) return when.result;
    if (!when.value) return skippedResult(when.falseCondition);
    return withRetries(this.run.task, vars, {
      attempt: (attemptVars) => this.once(attemptVars, emit),
      // An until-loop's attempts are results too: no_log hides them as it hides the last one.
      onRetry: (retriesLeft, attempt, result) => emit({ type: 'retry', ...this.run.where, retriesLeft, attempt, result }),
      sleep: (ms) => this.sleep(ms),
    });
  }

  private async sleep(ms: number): Promise<void> {
    try {
      await sleep(ms, undefined, { signal: this.signal });
    } catch {
      throw new CancelledError();
    }
  }

  private targetFor(vars: Vars): Target {
    const { keywords, where, ctx } = this.run;
    return resolveTarget({ host: where.host, vars, keywords, render: renderKeyword, varsOf: (name) => delegateVars(ctx.inventory, name, ctx.runMagic) }, ctx);
  }

  private async once(vars: Vars, emit: EmitEvent): Promise<ModuleResult> {
    const { task, keywords, ctx } = this.run;
    const action = this.action;
    if (!action) return { failed: true, changed: false, msg: `castoff has no action for module '${task.module}'` };
    if (task.argProblems) return { failed: true, changed: false, msg: task.argProblems.join('; ') };
    let args: Record<string, unknown>;
    try {
      const rendered = withoutOmit(renderValue(task.args, vars)) as Record<string, unknown>;
      if (task.argsTemplate !== undefined) {
        const templated = renderValue(task.argsTemplate, vars);
        if (typeof templated !== 'object' || templated === null || Array.isArray(templated)) {
          return { failed: true, changed: false, msg: `the task's 'args' must be a mapping, got ${JSON.stringify(toPlain(templated))}` };
        }
        // The module's own arguments win over those of `args:`, as at load.
        Object.assign(rendered, { ...(withoutOmit(templated) as Record<string, unknown>), ...rendered });
      }
      args = action.setsVariables ? rendered : toPlain(rendered);
    } catch (err) {
      if (err instanceof TemplateError) return templateFailure(err, 'args', undefined, task.position);
      throw err;
    }
    const checkMode = keywords.check_mode !== undefined ? bool(keywords.check_mode, vars) : ctx.check;
    const asyncLimit = num(task.async, vars, 0);
    const asyncPayload = action.asyncPayload;
    // Ansible's order: async the action cannot do fails, then async in check mode fails (whatever
    // the module's check-mode support, and with poll: 0 too), and only then is a module skipped.
    if (asyncLimit > 0 && !asyncPayload) return { failed: true, changed: false, msg: 'async is not supported for this task.' };
    if (asyncLimit > 0 && checkMode) return { failed: true, changed: false, msg: 'check mode and async cannot be used on same task.' };
    if (checkMode && !action.supportsCheckMode) {
      return { changed: false, skipped: true, msg: `check mode is not supported by the '${task.module}' module` };
    }
    const target = this.targetFor(vars);
    // An action that runs on the controller alone never uses the environment, as in Ansible.
    const problem = action.controllerOnly ? undefined : environmentProblem(target);
    if (problem !== undefined) return { failed: true, changed: false, msg: problem };
    const actionCtx: ActionContext = {
      host: target.host,
      connection: action.controllerOnly ? unusedConnection(task.module) : this.run.connections.to(target),
      args,
      vars,
      module: task.module,
      become: target.become,
      python: target.python,
      asyncDir: target.asyncDir,
      environment: target.environment,
      checkMode,
      noLog: this.run.noLog === true,
      diff: keywords.diff !== undefined ? bool(keywords.diff, vars) : ctx.diff,
      baseDir: this.run.baseDir,
      vault: ctx.vault,
      ...(this.run.searchDirs && { searchDirs: this.run.searchDirs }),
      ...(task.installed && { installed: task.installed }),
      signal: this.signal,
      deadline: this.deadline,
    };

    let result: ModuleResult;
    let discovered: Record<string, string> | undefined;
    try {
      if (asyncLimit > 0 && asyncPayload) {
        const poll = num(task.poll, vars, ctx.pollInterval);
        result = await runAsyncJob({ run: { ...this.run, emit }, target, actionCtx, payload: asyncPayload(actionCtx), limit: asyncLimit, poll, signal: this.signal });
      } else {
        result = await action.run(actionCtx);
      }
      if (action.controllerOnly) result = applyInventoryChange(ctx.inventory, target.host, result, ctx.inventoryChanges);
    } finally {
      // Also when the action failed for want of the Python that discovery looked for.
      if (!action.controllerOnly) discovered = reportDiscoveries(actionCtx.connection, target, emit);
    }
    result = withDiscoveredFacts(result, discovered);
    const facts = result[FACTS_KEY];
    if (!action.setsVariables && facts !== undefined) result = { ...result, [FACTS_KEY]: taint(facts) };
    return applyOverrides(task, withDefaults(result), vars);
  }

  /**
   * The task's result no later than its signal: whatever the action still waits on (a frozen host
   * answers nothing) goes on unobserved, and the connection's close bounds it.
   */
  bounded(work: Promise<ModuleResult>): Promise<ModuleResult> {
    return abortable(work, this.signal);
  }

  failure(err: unknown): ModuleResult {
    return fromError(err, { seconds: this.timeoutSeconds, expired: this.timeout?.signal.aborted === true && !this.run.ctx.signal.aborted }, this.run.task.position);
  }

  /** The task is over: its timeout's timer goes. */
  release(): void {
    this.timeout?.clear();
  }
}

/** Runs the task and returns its final result; the caller registers it with `registeredValue`. */
export async function runTask(run: TaskRun): Promise<TaskOutcome> {
  const runner = new TaskRunner(run);
  let result: ModuleResult;
  try {
    result = await runner.bounded(runner.execute());
  } catch (err) {
    result = runner.failure(err);
  } finally {
    runner.release();
  }
  const status = statusOf(result);
  const ignoreErrors = status === 'failed' && !result.cancelled && bool(run.keywords.ignore_errors, run.vars);
  return { status, result, ignored: ignoreErrors, unreachable: status === 'unreachable' };
}
