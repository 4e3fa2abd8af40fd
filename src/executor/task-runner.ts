/**
 * One task on one host: `when`, `loop`, `until`/`retries`, the action (sync or async), then
 * `failed_when`/`changed_when`, and every failure turned into an Ansible-shaped result.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { FACTS_KEY, hostModuleForTask, type ActionContext, type HostModule } from '../modules/index.js';
import { LaunchError, launchAsyncJob, RemoteRuntimeError, terminateJob, waitForJob, type AsyncJob, type LaunchIntent } from '../async/index.js';
import { isFailed, type HostStatus, type ModuleResult } from '../core/index.js';
import { abortable, invalidEnvironmentNameMessage, isEnvironmentName, type BecomeMethod, type BecomeOptions, type Connection } from '../connection/index.js';
import { BecomeError, CancelledError, CastoffError, TemplateError, UnreachableError } from '../core/errors.js';
import type { Task } from '../playbook/index.js';
import { evaluateCondition, isOmit, isUnsafe, renderValue, taint, toPlain, withVars, type Vars } from '../template/index.js';
import type { EffectiveKeywords } from './scope.js';

export interface TaskServices {
  /** The connection for a host (the delegate's with delegate_to), from the run's pool. */
  connectionFor(hostName: string, vars: Vars): Connection;
  /** Vars of another inventory host, for delegate_to. */
  delegateVars(delegate: string, vars: Vars): Vars;
  emitItem(result: ModuleResult, status: HostStatus, item: string): void;
  emitRetry(retriesLeft: number, attempt: number, result: ModuleResult): void;
  emitAsyncPoll(job: AsyncJob, status: ModuleResult): void;
  emitAsyncDone(job: AsyncJob, ok: boolean): void;
  emitAsyncTerminated(job: AsyncJob, killed: boolean): void;
  /** Every async job this run starts, so it can be found again after the controller is gone. */
  jobLaunched(job: AsyncJob, connection: Connection, poll: number): void;
  /** Before the launch exec, so a job whose launch reply is lost is still found; throwing stops the launch. */
  jobLaunching(intent: LaunchIntent, connection: Connection, poll: number): void;
  /** Poll interval when the task sets none (`poll_interval`, default 15 s as Ansible). */
  defaultPoll: number;
  /** `--task-timeout`: hard limit for tasks that set no `timeout`. */
  defaultTimeout?: number;
  check: boolean;
  diff: boolean;
  becomePassword?: string;
  /** `-b`, `--become-user`, `--become-method` and their config: below keywords and host vars. */
  becomeDefaults?: { become?: boolean; user?: string; method?: string };
  /** `async_dir` from config; `ansible_async_dir` wins. */
  asyncDir?: string;
  signal: AbortSignal;
}

export interface TaskRun {
  task: Task;
  keywords: EffectiveKeywords;
  host: string;
  vars: Vars;
  baseDir: string;
  services: TaskServices;
}

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

function bool(value: unknown, vars: Vars, fallback = false): boolean {
  if (value === undefined || value === null) return fallback;
  const rendered = renderValue(value, vars);
  if (typeof rendered === 'boolean') return rendered;
  if (typeof rendered === 'number') return rendered !== 0;
  return ['yes', 'true', 'on', '1', 'y'].includes(String(rendered).trim().toLowerCase());
}

function num(value: unknown, vars: Vars, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const n = Number(renderValue(value, vars));
  return Number.isFinite(n) ? n : fallback;
}

function withoutOmit(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isOmit(v)).map(withoutOmit);
  if (value && typeof value === 'object' && !isUnsafe(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!isOmit(v)) out[k] = withoutOmit(v);
    return out;
  }
  return value;
}

function environmentOf(keywords: EffectiveKeywords, vars: Vars): Record<string, string> {
  const env: Record<string, string> = {};
  for (const layer of keywords.environment) {
    const rendered = renderValue(layer, vars);
    if (rendered && typeof rendered === 'object') {
      for (const [k, v] of Object.entries(rendered)) if (!isOmit(v)) env[k] = String(v);
    }
  }
  return env;
}

function becomeOf(keywords: EffectiveKeywords, vars: Vars, services: TaskServices): BecomeOptions | undefined {
  // Ansible's order: host variables, then playbook keywords, then the command line.
  const defaults = services.becomeDefaults ?? {};
  const pick = (variable: unknown, keyword: unknown, fallback: unknown) => variable ?? keyword ?? fallback;
  const enabled = pick(vars.ansible_become, keywords.become, defaults.become);
  if (!bool(enabled, vars)) return undefined;
  const method = String(pick(vars.ansible_become_method, keywords.become_method, defaults.method) ?? 'sudo') as BecomeMethod;
  const user = String(pick(vars.ansible_become_user, keywords.become_user, defaults.user) ?? 'root');
  const password = vars.ansible_become_password ?? vars.ansible_become_pass ?? services.becomePassword;
  return { method, user, ...(password !== undefined ? { password: String(renderValue(password, vars)) } : {}) };
}

/** Ansible's wording for template errors, by where they happened. */
function templateFailure(err: TemplateError, where: 'args' | 'conditional', condition?: string): ModuleResult {
  const msg =
    where === 'conditional'
      ? `The conditional check '${condition}' failed. The error was: ${err.message}`
      : /is undefined|has no attribute/.test(err.message)
        ? `The task includes an option with an undefined variable. The error was: ${err.message}`
        : err.message;
  return { failed: true, changed: false, msg };
}

type ConditionCheck =
  | { ok: true; value: true }
  | { ok: true; value: false; falseCondition: string | boolean }
  | { ok: false; result: ModuleResult };

/** All conditions must hold; on the first that does not, says which (for `false_condition`). */
function checkConditions(conditions: ReadonlyArray<string | boolean>, vars: Vars): ConditionCheck {
  for (const condition of conditions) {
    try {
      if (!evaluateCondition(condition, vars)) return { ok: true, value: false, falseCondition: condition };
    } catch (err) {
      if (err instanceof TemplateError) return { ok: false, result: templateFailure(err, 'conditional', String(condition)) };
      throw err;
    }
  }
  return { ok: true, value: true };
}

function skippedResult(condition: string | boolean): ModuleResult {
  return { changed: false, skipped: true, skip_reason: 'Conditional result was False', false_condition: condition };
}

class TaskRunner {
  private readonly timeoutSeconds: number | undefined;
  private readonly timeoutSignal: AbortSignal | undefined;
  private readonly deadline: number | undefined;
  private readonly signal: AbortSignal;
  private readonly action: HostModule | undefined;

  constructor(private readonly run: TaskRun) {
    const { task, keywords, services } = run;
    const timeout = keywords.timeout !== undefined ? num(keywords.timeout, run.vars, 0) : (services.defaultTimeout ?? 0);
    this.timeoutSeconds = timeout > 0 ? timeout : undefined;
    this.timeoutSignal = this.timeoutSeconds ? AbortSignal.timeout(this.timeoutSeconds * 1000) : undefined;
    this.deadline = this.timeoutSeconds ? performance.now() + this.timeoutSeconds * 1000 : undefined;
    this.signal = this.timeoutSignal ? AbortSignal.any([services.signal, this.timeoutSignal]) : services.signal;
    this.action = hostModuleForTask(task);
  }

  async execute(): Promise<ModuleResult> {
    const { task, vars } = this.run;
    if (task.loop !== undefined) return this.loop();
    const when = checkConditions(this.run.keywords.when, vars);
    if (!when.ok) return when.result;
    if (!when.value) return skippedResult(when.falseCondition);
    return this.withRetries(vars);
  }

  private loopItems(): unknown[] {
    const { task, vars } = this.run;
    const rendered = renderValue(task.loop, vars);
    if (!Array.isArray(rendered)) {
      throw new TemplateError(`Invalid data passed to 'loop', it requires a list, got this instead: ${JSON.stringify(rendered)}.`);
    }
    // with_items flattens one level, as Ansible does.
    return task.loop_keyword === 'with_items' ? rendered.flatMap((i) => (Array.isArray(i) ? i : [i])) : rendered;
  }

  private async loop(): Promise<ModuleResult> {
    const { task, vars, services } = this.run;
    const control = task.loop_control ?? {};
    const loopVar = control.loop_var ?? 'item';
    const items = this.loopItems();
    const runItem = async (item: unknown, index: number): Promise<ModuleResult> => {
      const itemVars = withVars(vars, {
        [loopVar]: item,
        ansible_loop_var: loopVar,
        ...(control.index_var ? { [control.index_var]: index } : {}),
        ansible_loop: { index: index + 1, index0: index, first: index === 0, last: index === items.length - 1, length: items.length },
      });
      const when = checkConditions(this.run.keywords.when, itemVars);
      let result: ModuleResult;
      if (!when.ok) result = when.result;
      else if (!when.value) result = skippedResult(when.falseCondition);
      else result = await this.withRetries(itemVars);
      const label = toPlain(control.label !== undefined ? renderValue(control.label, itemVars) : item);
      result = {
        ...result,
        [loopVar]: item,
        ansible_loop_var: loopVar,
        _ansible_item_label: label,
        ...(control.index_var ? { [control.index_var]: index } : {}),
      };
      services.emitItem(result, statusOf(result), typeof label === 'string' ? label : JSON.stringify(label));
      return result;
    };

    let results: ModuleResult[];
    const asyncLimit = num(task.async, vars, 0);
    const poll = num(task.poll, vars, services.defaultPoll);
    if (asyncLimit > 0 && poll > 0) {
      // Every item's job is launched at once and then all are waited on (Ansible: one by one).
      results = await Promise.all(items.map((item, i) => runItem(item, i)));
    } else {
      results = [];
      const pause = num(control.pause, vars, 0);
      for (let i = 0; i < items.length; i++) {
        if (i > 0 && pause > 0) await this.sleep(pause * 1000);
        results.push(await runItem(items[i], i));
      }
    }
    const aggregate: ModuleResult = {
      results,
      changed: results.some((r) => r.changed === true),
      msg: 'All items completed',
    };
    if (results.some((r) => isFailed(r))) {
      aggregate.failed = true;
      aggregate.msg = 'One or more items failed';
    }
    if (results.some((r) => r.unreachable)) aggregate.unreachable = true;
    if (results.length > 0 && results.every((r) => r.skipped)) aggregate.skipped = true;
    if (results.length === 0) {
      aggregate.skipped = true;
      aggregate.skipped_reason = 'No items in the list';
    }
    return aggregate;
  }

  private async withRetries(vars: Vars): Promise<ModuleResult> {
    const { task, services } = this.run;
    const until = task.until;
    if (!until || until.length === 0) return this.once(vars);
    const retries = num(task.retries, vars, 3);
    // Ansible runs an `until` task retries + 1 times at most.
    const attemptsAllowed = retries <= 0 ? 1 : retries + 1;
    const delay = num(task.delay, vars, 5);
    for (let attempt = 1; ; attempt++) {
      const result = await this.once(vars);
      result.attempts = attempt;
      if (result.unreachable) return result;
      const withResult = task.register ? withVars(vars, { [task.register]: registeredValue(result) }) : vars;
      const done = checkConditions(until, withResult);
      if (!done.ok) return { ...done.result, attempts: attempt };
      if (done.value) return result;
      if (attempt >= attemptsAllowed) return { ...result, failed: true, attempts: attempt };
      services.emitRetry(attemptsAllowed - attempt, attempt, result);
      await this.sleep(delay * 1000);
    }
  }

  private async sleep(ms: number): Promise<void> {
    try {
      await sleep(ms, undefined, { signal: this.signal });
    } catch {
      throw new CancelledError();
    }
  }

  private async once(vars: Vars): Promise<ModuleResult> {
    const { task, keywords, services } = this.run;
    const action = this.action;
    if (!action) return { failed: true, changed: false, msg: `castoff has no action for module '${task.module}'` };
    let args: Record<string, unknown>;
    try {
      const rendered = withoutOmit(renderValue(task.args, vars)) as Record<string, unknown>;
      args = action.setsVariables ? rendered : toPlain(rendered);
    } catch (err) {
      if (err instanceof TemplateError) return templateFailure(err, 'args');
      throw err;
    }
    const checkMode = keywords.check_mode !== undefined ? bool(keywords.check_mode, vars) : services.check;
    if (checkMode && !action.supportsCheckMode) {
      return { changed: false, skipped: true, msg: `check mode is not supported by the '${task.module}' module` };
    }
    const delegate = keywords.delegate_to !== undefined ? String(renderValue(keywords.delegate_to, vars)) : undefined;
    const targetVars = delegate ? services.delegateVars(delegate, vars) : vars;
    const become = becomeOf(keywords, vars, services);
    const environment = environmentOf(keywords, vars);
    // Ansible hands such a name to the host's shell, which fails the task; castoff says why up front.
    // An action that runs on the controller alone never uses the environment, as in Ansible.
    const badName = Object.keys(environment).find((name) => !isEnvironmentName(name));
    if (badName !== undefined && !action.controllerOnly) return { failed: true, changed: false, msg: invalidEnvironmentNameMessage(badName) };
    const ctx: ActionContext = {
      host: this.run.host,
      connection: action.controllerOnly ? unusedConnection(task.module) : services.connectionFor(delegate ?? this.run.host, targetVars),
      args,
      vars,
      module: task.module,
      become,
      python: String(targetVars.ansible_python_interpreter ?? 'python3'),
      asyncDir: String(targetVars.ansible_async_dir ?? services.asyncDir ?? '~/.ansible_async'),
      environment,
      checkMode,
      diff: keywords.diff !== undefined ? bool(keywords.diff, vars) : services.diff,
      baseDir: this.run.baseDir,
      signal: this.signal,
      deadline: this.deadline,
    };

    let result: ModuleResult;
    const asyncLimit = num(task.async, vars, 0);
    if (asyncLimit > 0) {
      if (!action.asyncPayload) return { failed: true, changed: false, msg: `async mode is not supported with the ${task.module} module` };
      result = await this.runAsync(ctx, action, asyncLimit, num(task.poll, vars, services.defaultPoll));
    } else {
      result = await action.run(ctx);
    }
    const facts = result[FACTS_KEY];
    if (!action.setsVariables && facts !== undefined) result = { ...result, [FACTS_KEY]: taint(facts) };
    return this.applyOverrides(withDefaults(result), vars);
  }

  private async runAsync(ctx: ActionContext, action: HostModule, limit: number, poll: number): Promise<ModuleResult> {
    const { services } = this.run;
    // The async limit bounds the launch too, so a host frozen before its job starts still fails
    // at the limit when the task has no `timeout:`. It starts once connected: reaching the host is
    // ConnectTimeout's business, and a slow connect must not eat the job's time.
    await ctx.connection.connect(this.signal);
    const launchLimit = AbortSignal.timeout(limit * 1000);
    let launched: Awaited<ReturnType<typeof launchAsyncJob>>;
    try {
      launched = await launchAsyncJob(ctx.connection, action.asyncPayload!(ctx), {
        limit,
        asyncDir: ctx.asyncDir,
        become: ctx.become,
        python: ctx.python,
        environment: ctx.environment,
        signal: AbortSignal.any([this.signal, launchLimit]),
        onLaunching: (intent) => services.jobLaunching(intent, ctx.connection, poll),
      });
    } catch (err) {
      if (err instanceof CancelledError && launchLimit.aborted && !this.signal.aborted) {
        return { failed: true, changed: false, msg: `async task did not complete within the requested time - ${limit}s`, finished: 0 };
      }
      throw err;
    }
    const { job, result: started } = launched;
    services.jobLaunched(job, ctx.connection, poll);
    if (poll === 0) return started;
    try {
      const outcome = await waitForJob(ctx.connection, job, {
        poll,
        signal: this.signal,
        onPoll: (j, status) => services.emitAsyncPoll(j, status),
      });
      services.emitAsyncDone(job, outcome.state === 'ok');
      return outcome.result;
    } catch (err) {
      // The task's timeout or the run's cancellation: the job must not outlive the wait. The result
      // does not wait for the terminate (the host may be frozen); the connection keeps it going.
      if (err instanceof CancelledError) {
        const terminated = terminateJob(ctx.connection, job).then(
          (final) => services.emitAsyncTerminated(job, final.killed === true || final.finished === 1),
          () => services.emitAsyncTerminated(job, false),
        );
        ctx.connection.linger(terminated);
      }
      throw err;
    }
  }

  private applyOverrides(result: ModuleResult, vars: Vars): ModuleResult {
    const { task } = this.run;
    const out = { ...result };
    if (!task.changed_when?.length && !task.failed_when?.length) return out;
    // The result's keys are variables here too (`failed_when: rc != 0`), all host data.
    const registered = registeredValue(result);
    const withResult = withVars(vars, { ...(task.register ? { [task.register]: registered } : {}), ...registered });
    if (task.changed_when && task.changed_when.length > 0) {
      const changed = checkConditions(task.changed_when, withResult);
      if (!changed.ok) return changed.result;
      out.changed = changed.value;
    }
    if (task.failed_when && task.failed_when.length > 0) {
      const failed = checkConditions(task.failed_when, withResult);
      if (!failed.ok) return failed.result;
      out.failed_when_result = failed.value;
      out.failed = failed.value;
    }
    return out;
  }

  /**
   * The task's result no later than its signal: whatever the action still waits on (a frozen host
   * answers nothing) goes on unobserved, and the connection's close bounds it.
   */
  bounded(work: Promise<ModuleResult>): Promise<ModuleResult> {
    return abortable(work, this.signal);
  }

  /** Maps an error thrown anywhere in the task to its result (never a stack trace). */
  fromError(err: unknown): ModuleResult {
    if (err instanceof CancelledError) {
      if (this.timeoutSignal?.aborted && !this.run.services.signal.aborted) {
        return { failed: true, changed: false, timedout: true, msg: `The task timed out after ${this.timeoutSeconds} seconds` };
      }
      return { failed: true, changed: false, cancelled: true, msg: 'cancelled: the run was interrupted' };
    }
    if (err instanceof UnreachableError) return { unreachable: true, changed: false, msg: err.message };
    if (err instanceof TemplateError) return templateFailure(err, 'args');
    if (err instanceof LaunchError) return { ...err.result, failed: true, changed: false, msg: err.message };
    if (err instanceof BecomeError || err instanceof RemoteRuntimeError || err instanceof CastoffError) {
      return { failed: true, changed: false, msg: err.message };
    }
    const e = err as Error;
    return { failed: true, changed: false, msg: `castoff internal error: ${e?.message ?? String(err)}`, exception: e?.stack };
  }
}

/** Ansible gives every result `failed` (from `rc` when the module did not say) and `changed`. */
function withDefaults(result: ModuleResult): ModuleResult {
  const out = { ...result };
  if (!('failed' in out)) out.failed = 'rc' in out && out.rc !== 0 && out.rc !== '0';
  if (!('changed' in out)) out.changed = false;
  return out;
}

function unusedConnection(module: string): Connection {
  return new Proxy({} as Connection, {
    get() {
      throw new Error(`the '${module}' action runs on the controller and has no connection`);
    },
  });
}

/** Runs the task and returns its final result; the caller registers it with `registeredValue`. */
export async function runTask(run: TaskRun): Promise<TaskOutcome> {
  const runner = new TaskRunner(run);
  let result: ModuleResult;
  try {
    result = await runner.bounded(runner.execute());
  } catch (err) {
    result = runner.fromError(err);
  }
  const status = statusOf(result);
  const ignoreErrors = status === 'failed' && !result.cancelled && bool(run.keywords.ignore_errors, run.vars);
  return { status, result, ignored: ignoreErrors, unreachable: status === 'unreachable' };
}

/** What `register:` stores: a copy whose every string is unsafe, so host data is never rendered as a template. */
export function registeredValue(result: ModuleResult): ModuleResult {
  return taint(result);
}
