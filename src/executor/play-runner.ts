/**
 * One play on one batch of hosts: sections, blocks with rescue/always, handlers and meta. The
 * play's strategy (strategies/) decides which hosts walk the play together and when; a group's
 * handlers run at the end of each section it walked. Every host-task goes through the run's fork queue.
 */
import { dirname } from 'node:path';
import type PQueue from 'p-queue';
import type { HostStatus, ModuleResult } from '../core/index.js';
import type { EventEmitter, RunEventInput } from '../events/index.js';
import type { Host } from '../inventory/index.js';
import { displayKindOf, hostModuleForTask, isCacheableFacts, runsOnPlay } from '../modules/index.js';
import {
  taskSearchDirs,
  type Block,
  type Handler,
  type HandlerEntry,
  type Include,
  type IncludedContent,
  type Play,
  type RoleRef,
  type Task,
  type TaskEntry,
} from '../playbook/index.js';
import { evaluateCondition, renderValue, taint, toPlain, withVars, type Vars } from '../template/index.js';
import { includedGroups, inclusionBlock, inclusionKey, lockstepOrder, type Inclusion } from './inclusions.js';
import { loopItems, loopItemVars } from './task/loop.js';
import type { CustomStatsKeeper } from './custom-stats.js';
import { isActive, type HostState } from './host-state.js';
import { effectiveKeywords, selectedByTags, type EffectiveKeywords } from './scope.js';
import { playStrategy } from './strategies/play-strategy.js';
import type { TargetConnections } from '../target/index.js';
import type { RunContext } from './run-context.js';
import { censor, registeredValue, statusOf, type TaskOutcome } from './task/outcome.js';
import { runTask } from './task/run-task.js';
import { applyInventoryChange } from './task/inventory-changes.js';
import { copyInventory } from '../inventory/index.js';
import { gatheringTask, needsFacts } from './gathering.js';
import { addHostFacts } from './facts.js';
import { hostvarsOf, magicVars, tagMagic, taskVars, type PlayMembers } from './vars.js';
import { playTagVars, renderTags } from './tag-selection.js';
import { roleLayers, roleMagic } from './role-vars.js';

type HostResultInput = Extract<RunEventInput, { type: 'host_result' }>;

export interface RunShared {
  ctx: RunContext;
  connections: TargetConnections;
  emitter: EventEmitter;
  queue: PQueue;
  states: Map<string, HostState>;
  /** `--start-at-task`, shared by every play: reached once, it stays reached. */
  startAt: { reached: boolean };
  /** What `set_stats` tasks set, shown at the recap. */
  customStats: CustomStatsKeeper;
}

/** A task's name as headings show it: a role's tasks as `role : task`, as Ansible does. */
function taskName(task: Task): string {
  const name = task.name ?? task.action;
  return task.role ? `${task.role.name} : ${name}` : name;
}

/** An include's heading: its name, else `include_tasks` or `include_role : <name>` as Ansible shows them. */
function includeName(include: Include): string {
  if (include.name !== undefined) return include.name;
  return include.keyword === 'include_role' ? `include_role : ${String(include.args.name)}` : include.keyword;
}

function isTrue(value: unknown, vars: Vars): boolean {
  if (value === undefined) return false;
  const v = renderValue(value, vars);
  return v === true || ['yes', 'true', 'on', '1'].includes(String(v).toLowerCase());
}

export class PlayRunner {
  /** any_errors_fatal, max_fail_percentage or `meta: end_play` stopped the play for everyone. */
  stopped = false;
  private readonly startedTasks = new Set<Task>();
  /** Handlers that included roles brought. */
  private readonly includedHandlers: HandlerEntry[] = [];
  /** Roles included with `public: true`. */
  private readonly publicRoles: RoleRef[] = [];
  private readonly varsFiles: Record<string, unknown>;
  /** What templated tags are rendered with: the play's variables, no host's. */
  private readonly tagVars: Vars;

  constructor(
    private readonly shared: RunShared,
    private readonly play: Play,
    private readonly playHosts: readonly Host[],
    private readonly batch: readonly Host[],
  ) {
    this.varsFiles = Object.assign({}, ...play.vars_files.map((entry) => entry.loaded?.vars ?? {}));
    this.tagVars = playTagVars(play, shared.ctx.extraVars);
  }

  private get playName(): string {
    return this.play.name ?? this.play.hosts;
  }

  private state(host: Host): HostState {
    return this.shared.states.get(host.name)!;
  }

  async run(): Promise<void> {
    const { extraVars, strategy: fallback } = this.shared.ctx;
    const strategy = playStrategy(this.play, { varsFiles: this.varsFiles, extraVars }, fallback);
    await strategy.run({ hosts: this.batch, forks: this.shared.queue.concurrency, walk: (hosts) => this.walkPlay(hosts) });
  }

  /** The play's sections on `hosts` in step, each followed by the handlers those hosts notified. */
  private async walkPlay(hosts: readonly Host[]): Promise<void> {
    await this.gatherFacts(hosts);
    for (const section of [this.play.pre_tasks, this.play.tasks, this.play.post_tasks]) {
      if (this.halted()) return;
      await this.runEntries(section, hosts, []);
      await this.flushHandlers(hosts);
    }
  }

  /**
   * `TASK [Gathering Facts]` on the hosts that need facts, before the play's first task and with
   * the play's keywords (become, environment, ...), as Ansible's implicit setup task. A host that
   * fails or is unreachable there is out of the play, as after any task.
   */
  private async gatherFacts(hosts: readonly Host[]): Promise<void> {
    const { ctx } = this.shared;
    const wanted = hosts.filter((h) => isActive(this.state(h)) && needsFacts(this.play, ctx.gathering, this.state(h), ctx.extraVars));
    if (wanted.length === 0 || this.halted()) return;
    const task = gatheringTask(this.play, ctx);
    await this.runTaskOn(task, wanted, [], false, true);
    for (const h of wanted) {
      const state = this.state(h);
      if (!state.failed && !state.unreachable) state.factsGathered = true;
    }
  }

  private halted(): boolean {
    return this.stopped || this.shared.ctx.signal.aborted;
  }

  private async runEntries(entries: ReadonlyArray<TaskEntry>, hosts: readonly Host[], blocks: Block[]): Promise<void> {
    for (const entry of entries) {
      if (this.halted()) return;
      const active = hosts.filter((h) => isActive(this.state(h)));
      if (active.length === 0) return;
      if (entry.kind === 'block') await this.runBlock(entry, active, blocks);
      else if (entry.kind === 'include') await this.runInclude(entry, active, blocks);
      else await this.runTaskOn(entry, active, blocks, false);
    }
  }

  private async runBlock(block: Block, hosts: readonly Host[], blocks: Block[]): Promise<void> {
    const chain = [...blocks, block];
    await this.runEntries(block.block, hosts, chain);
    const failed = hosts.filter((h) => this.state(h).failed && !this.state(h).unreachable);
    if (block.rescue.length > 0 && failed.length > 0 && !this.halted()) {
      for (const h of failed) {
        const s = this.state(h);
        if (s.lastFailure) {
          s.facts.ansible_failed_task = s.lastFailure.task;
          s.facts.ansible_failed_result = s.lastFailure.result;
        }
        s.failed = false;
        s.stats.failed--;
        s.stats.rescued++;
      }
      await this.runEntries(block.rescue, failed, chain);
    }
    if (block.always.length > 0 && !this.shared.ctx.signal.aborted) {
      // `always` runs for hosts that failed in the block too; they stay failed afterwards.
      const wasFailed = new Map(hosts.map((h) => [h, this.state(h).failed]));
      for (const h of hosts) this.state(h).failed = false;
      await this.runEntries(block.always, hosts, chain);
      for (const h of hosts) if (wasFailed.get(h)) this.state(h).failed = true;
    }
  }

  /**
   * `include_tasks`/`include_role`: each host renders the include with its own variables (and
   * each loop item), then the included tasks run as a block, hosts with the same content together.
   * Only an included file shows (`included: ...`) and counts as ok, as in Ansible.
   */
  private async runInclude(include: Include, hosts: readonly Host[], blocks: Block[]): Promise<void> {
    const keywords = effectiveKeywords(this.scopeOf(blocks), include);
    const { ctx } = this.shared;
    if (!selectedByTags(keywords.tags, ctx.tags, ctx.skipTags)) return;
    const name = includeName(include);
    this.shared.emitter.emit({ type: 'task_start', play: this.playName, task: name, action: include.keyword, handler: false, position: include.position });
    const pending = new Map<Host, Inclusion[]>();
    for (const host of hosts) {
      const inclusions = await this.includeOn(include, host, keywords);
      if (inclusions) pending.set(host, inclusions);
    }
    // The hosts came in active: one failed now failed at the include (any_errors_fatal, max_fail_percentage).
    if (hosts.some((h) => this.state(h).failed)) this.applyFailureRules([{ status: 'failed', result: {}, ignored: false, unreachable: false }], keywords);
    if (this.halted()) return;
    if (include.keyword === 'include_tasks') {
      for (const { inclusion, hosts: group } of includedGroups(pending)) {
        for (const host of group) this.count(this.state(host), 'ok', false, false, false);
        const item = inclusion.label !== undefined ? { item: inclusion.label } : {};
        this.shared.emitter.emit({ type: 'included', play: this.playName, task: name, file: inclusion.content.file, hosts: group.map((h) => h.name), ...item });
      }
    }
    for (const { inclusion, hosts: group } of lockstepOrder(pending)) {
      if (this.halted()) return;
      const active = group.filter((h) => isActive(this.state(h)));
      if (active.length === 0) continue;
      this.adopt(inclusion.content);
      await this.runBlock(inclusionBlock(include, inclusion), active, blocks);
    }
  }

  /** What `host` includes, one inclusion per loop item; undefined when skipped or failed (already reported). */
  private async includeOn(include: Include, host: Host, keywords: EffectiveKeywords): Promise<Inclusion[] | undefined> {
    let vars: Vars = {};
    try {
      vars = this.varsFor(host, keywords, include);
      if (!evaluateCondition(keywords.when, vars)) {
        this.includeResult(include, host, 'skipped', { changed: false, skipped: true, skip_reason: 'Conditional result was False' });
        return undefined;
      }
      const control = include.loop_control ?? {};
      const items = include.loop === undefined ? [undefined] : loopItems(include, vars);
      const inclusions: Inclusion[] = [];
      for (let i = 0; i < items.length; i++) {
        const itemVars = include.loop === undefined ? {} : loopItemVars(control, items, i, vars);
        const itemScope = withVars(vars, itemVars);
        const content = await include.load(toPlain(renderValue(include.args, itemScope)) as Record<string, unknown>);
        if ('error' in content) {
          this.includeResult(include, host, 'failed', { failed: true, reason: content.error }, isTrue(keywords.ignore_errors, vars));
          return undefined;
        }
        const label = include.loop === undefined ? undefined : toPlain(control.label !== undefined ? renderValue(control.label, itemScope) : items[i]);
        inclusions.push({
          key: inclusionKey(content, itemVars),
          content,
          itemVars,
          ...(label !== undefined ? { label: typeof label === 'string' ? label : JSON.stringify(label) } : {}),
        });
        if (include.keyword === 'include_role' && isTrue(include.args.public, itemScope)) this.publish(content);
      }
      return inclusions;
    } catch (err) {
      this.includeResult(include, host, 'failed', { failed: true, changed: false, msg: (err as Error).message }, isTrue(keywords.ignore_errors, vars));
      return undefined;
    }
  }

  /** A skipped or failed include on `host`: shown and counted as a task's result; a failure is what a rescue sees. */
  private includeResult(include: Include, host: Host, status: 'skipped' | 'failed', result: ModuleResult, ignored = false): void {
    const state = this.state(host);
    const task = includeName(include);
    if (status === 'failed' && !ignored) state.lastFailure = { task: taint({ name: task, action: include.keyword, args: include.args }), result };
    this.count(state, status, ignored, false, false);
    this.shared.emitter.emit({ type: 'host_result', play: this.playName, task, action: include.keyword, display: 'default', host: host.name, status, ignored, result });
  }

  /** The handlers of included roles (and files' imported roles) join the play's, once. */
  private adopt(content: IncludedContent): void {
    for (const handler of content.handlers) if (!this.includedHandlers.includes(handler)) this.includedHandlers.push(handler);
  }

  /** `public: true`: the included role's defaults and vars become the play's for the tasks after it. */
  private publish(content: IncludedContent): void {
    for (const role of content.roles) if (!this.publicRoles.includes(role)) this.publicRoles.push(role);
  }

  private scopeOf(blocks: Block[]): { play: Play; blocks: Block[] } {
    return { play: this.play, blocks };
  }

  /** `implicit`: the play's own fact gathering, which `--start-at-task` does not skip. */
  private async runTaskOn(task: Task, hosts: readonly Host[], blocks: Block[], handler: boolean, implicit = false): Promise<void> {
    const keywords = effectiveKeywords(this.scopeOf(blocks), task);
    const { ctx, startAt } = this.shared;
    if (!handler && !selectedByTags(renderTags(keywords.tags, this.tagVars), ctx.tags, ctx.skipTags)) return;
    if (ctx.startAtTask !== undefined && !startAt.reached && !implicit) {
      if (handler || (taskName(task) !== ctx.startAtTask && task.name !== ctx.startAtTask)) return;
      startAt.reached = true;
    }
    if (runsOnPlay(task)) return this.runMeta(task, hosts, keywords);
    if (!this.startedTasks.has(task)) {
      this.startedTasks.add(task);
      this.shared.emitter.emit({ type: 'task_start', play: this.playName, task: taskName(task), action: task.module, handler, position: task.position });
    }
    const runOnce = keywords.run_once !== undefined && isTrue(keywords.run_once, ctx.extraVars);
    const bypass = hostModuleForTask(task)?.bypassHostLoop === true;
    const targets = runOnce || bypass ? hosts.slice(0, 1) : hosts;
    const outcomes = await Promise.all(
      targets.map((host) => this.shared.queue.add(() => this.runOnHost(task, host, keywords))),
    );
    // Ansible gives a run_once task's registered result and facts to every host of the batch.
    const first = outcomes[0];
    if (runOnce && first) {
      for (const host of hosts.slice(1)) this.keepFacts(this.state(host), task, first.result);
    }
    this.applyFailureRules(outcomes, keywords);
  }

  private applyFailureRules(outcomes: TaskOutcome[], keywords: EffectiveKeywords): void {
    const failedNow = outcomes.some((o) => o.status === 'failed' && !o.ignored);
    if (failedNow && (keywords.any_errors_fatal !== undefined ? isTrue(keywords.any_errors_fatal, {}) : false)) {
      this.stopped = true;
      return;
    }
    const pct = this.play.max_fail_percentage;
    if (pct !== undefined) {
      const failed = this.batch.filter((h) => this.state(h).failed || this.state(h).unreachable).length;
      if ((failed / this.batch.length) * 100 > Number(pct)) this.stopped = true;
    }
  }

  /** The play's hosts for `ansible_play_hosts` and its kin: those failed or unreachable drop out, as in Ansible. */
  private members(): PlayMembers {
    const active = (hosts: readonly Host[]) => hosts.filter((h) => !this.state(h).failed && !this.state(h).unreachable).map((h) => h.name);
    return { all: this.playHosts.map((h) => h.name), active: active(this.playHosts), batchActive: active(this.batch) };
  }

  private varsFor(host: Host, keywords: EffectiveKeywords, task: Pick<Task, 'role' | 'position'>): Vars {
    const { ctx } = this.shared;
    const play = this.publicRoles.length > 0 ? { ...this.play, roles: [...this.play.roles, ...this.publicRoles] } : this.play;
    const magic = magicVars(ctx.inventory, host, this.members(), ctx.runMagic);
    magic.ansible_search_path = taskSearchDirs(task, ctx.playbookDir);
    Object.assign(magic, tagMagic(ctx.tags, ctx.skipTags));
    Object.assign(magic, roleMagic(play, task));
    magic.hostvars = hostvarsOf({ inventory: ctx.inventory, states: this.shared.states, extraVars: ctx.extraVars, injectFacts: ctx.injectFactsAsVars, run: ctx.runMagic });
    return taskVars({
      inventory: ctx.inventory,
      host,
      state: this.state(host),
      injectFacts: ctx.injectFactsAsVars,
      playVars: this.play.vars,
      varsFiles: this.varsFiles,
      roles: roleLayers(play, task),
      scopeVars: keywords.vars,
      extraVars: ctx.extraVars,
      magic,
    });
  }

  /**
   * The events of one host-task: every result in them (items, retries, the final one) is shown
   * under the same no_log decision. Events carry plain strings: unsafe marks are for the
   * variables, not for output.
   */
  private emitFor(noLog: boolean): (event: RunEventInput) => void {
    return (event) => {
      if (event.type === 'host_result' || event.type === 'retry') {
        this.shared.emitter.emit({ ...event, result: noLog ? censor(event.result) : toPlain(event.result) });
      } else {
        this.shared.emitter.emit(event);
      }
    };
  }

  private async runOnHost(task: Task, host: Host, keywords: EffectiveKeywords): Promise<TaskOutcome> {
    let vars: Vars;
    let noLog = false;
    let outcome: TaskOutcome;
    try {
      vars = this.varsFor(host, keywords, task);
      noLog = isTrue(keywords.no_log, vars);
      outcome = await runTask({
        task,
        keywords,
        where: { play: this.playName, task: taskName(task), host: host.name },
        vars,
        baseDir: dirname(task.position.file),
        searchDirs: taskSearchDirs(task, this.shared.ctx.playbookDir),
        ctx: this.shared.ctx,
        connections: this.shared.connections,
        noLog,
        emit: this.emitFor(noLog),
      });
    } catch (err) {
      // The variables or no_log could not be rendered: the task never ran, and this message is its only result.
      vars = {};
      outcome = { status: 'failed', result: { failed: true, changed: false, msg: (err as Error).message }, ignored: false, unreachable: false };
    }
    this.record(task, host, keywords, vars, outcome, this.emitFor(noLog));
    return outcome;
  }

  private record(task: Task, host: Host, keywords: EffectiveKeywords, vars: Vars, outcome: TaskOutcome, emit: (event: RunEventInput) => void): void {
    const state = this.state(host);
    const { result, status } = outcome;
    this.keepFacts(state, task, result);
    if (status !== 'failed') this.shared.customStats.add(host.name, result);
    if (result.changed === true && status !== 'failed') {
      for (const name of keywords.notify) state.notified.add(String(renderValue(name, vars)));
    }
    const ignoreUnreachable = outcome.unreachable && isTrue(keywords.ignore_unreachable, vars);
    if (status === 'failed' && !outcome.ignored) {
      // The task as written: its templates are text here, never rendered again (Ansible marks it unsafe too).
      // `name` is the task's own name, without the `role : ` of its heading, as in Ansible's serialised task.
      state.lastFailure = { task: taint({ name: task.name ?? task.action, action: task.module, args: task.args }), result: registeredValue(result) };
    }
    this.count(state, status, outcome.ignored, result.changed === true, ignoreUnreachable);
    emit(this.taskResultEvent(task, host, {
      ...(keywords.delegate_to !== undefined ? { delegatedTo: String(renderValue(keywords.delegate_to, vars)) } : {}),
      status,
      ignored: outcome.ignored,
      result,
    }));
  }

  /** A task's `host_result` event: the play, the task's name, action and display, and what happened on `host`. */
  private taskResultEvent(task: Task, host: Host, outcome: Pick<HostResultInput, 'status' | 'ignored' | 'result'> & { delegatedTo?: string }): HostResultInput {
    return { type: 'host_result', play: this.playName, task: taskName(task), action: task.module, display: displayKindOf(task), host: host.name, ...outcome };
  }

  /**
   * The registered result and the facts a task set, kept for the host's later tasks: set_fact's
   * as variables (with their unsafe marks), any other module's as the host's facts (already unsafe:
   * they came from the host, see the task runner).
   */
  private keepFacts(state: HostState, task: Task, result: ModuleResult): void {
    if (task.register) state.facts[task.register] = registeredValue(result);
    const setsVariables = hostModuleForTask(task)?.setsVariables === true;
    // A loop sets each item's facts in turn, as Ansible does, so the last item's value wins.
    const items = Array.isArray(result.results) ? (result.results as ModuleResult[]) : [result];
    for (const item of items) {
      const facts = item.ansible_facts;
      if (!facts || typeof facts !== 'object' || Array.isArray(facts) || isFailed(statusOf(item))) continue;
      if (setsVariables) {
        Object.assign(state.facts, facts);
        if (isCacheableFacts(item)) state.hostFacts = { ...state.hostFacts, ...(facts as Record<string, unknown>) };
      } else addHostFacts(state, facts as Record<string, unknown>, (message) => this.shared.emitter.emit({ type: 'warning', message }));
    }
  }

  private count(state: HostState, status: HostStatus, ignored: boolean, changed: boolean, ignoreUnreachable: boolean): void {
    const s = state.stats;
    switch (status) {
      case 'unreachable':
        s.unreachable++;
        if (!ignoreUnreachable) state.unreachable = true;
        break;
      case 'failed':
        if (ignored) {
          s.ok++;
          s.ignored++;
          if (changed) s.changed++;
        } else {
          s.failed++;
          state.failed = true;
        }
        break;
      case 'skipped':
        s.skipped++;
        break;
      case 'cancelled':
        break;
      default:
        s.ok++;
        if (status === 'changed') s.changed++;
    }
  }

  /**
   * `meta`, carried out over the hosts walking the play as Ansible's strategy does: `noop`,
   * `flush_handlers`, `reset_connection` and `end_host` for each host, the others once, their
   * `when` read on the first host. A false `when` shows the host as skipped, counted nowhere.
   */
  private async runMeta(task: Task, hosts: readonly Host[], keywords: EffectiveKeywords): Promise<void> {
    const action = String(task.args._raw_params ?? task.args.free_form ?? '').trim();
    const { emitter, ctx } = this.shared;
    if (!this.startedTasks.has(task)) {
      this.startedTasks.add(task);
      emitter.emit({ type: 'task_start', play: this.playName, task: taskName(task), action: task.module, handler: false, position: task.position });
    }
    if (META_WITHOUT_WHEN.has(action) && keywords.when.length > 0) emitter.emit({ type: 'warning', message: `${action} task does not support when conditional` });
    const holds = (host: Host): boolean => {
      const ok = META_WITHOUT_WHEN.has(action) || evaluateCondition(keywords.when, this.varsFor(host, keywords, task));
      if (!ok) this.metaSkipped(task, host, action);
      return ok;
    };
    const first = hosts[0];
    switch (action) {
      case 'noop':
        return;
      case 'flush_handlers':
        return this.flushHandlers(hosts.filter(holds));
      case 'end_play':
        if (holds(first)) this.stopped = true;
        return;
      case 'end_batch':
        if (holds(first)) for (const host of this.batch) this.state(host).ended = true;
        return;
      case 'end_host':
        for (const host of hosts) if (holds(host)) this.state(host).ended = true;
        return;
      case 'clear_facts':
        if (holds(first)) for (const host of this.playHosts) clearFacts(this.state(host));
        return;
      case 'clear_host_errors':
        if (holds(first)) for (const host of this.playHosts) clearErrors(this.state(host));
        return;
      case 'reset_connection':
        for (const host of hosts) await this.shared.connections.closeHost(host.name);
        return;
      case 'refresh_inventory':
        try {
          await refreshInventory(ctx);
        } catch (err) {
          // As Ansible, a source that no longer reads is a warning; the run goes on with the inventory it had.
          emitter.emit({ type: 'warning', message: `refresh_inventory: ${(err as Error).message}` });
        }
        return;
    }
  }

  /** Ansible's `skipping:` line for a meta whose `when` is false on the host. */
  private metaSkipped(task: Task, host: Host, action: string): void {
    const result = { changed: false, skipped: true, skip_reason: `${action} conditional evaluated to False`, msg: action };
    this.shared.emitter.emit(this.taskResultEvent(task, host, { status: 'skipped', ignored: false, result }));
  }

  private handlerList(): Handler[] {
    const out: Handler[] = [];
    const walk = (entries: ReadonlyArray<Handler | Block<Handler> | Include>) => {
      for (const e of entries) {
        if (e.kind === 'block') walk([...e.block, ...e.rescue, ...e.always]);
        else if (e.kind !== 'include') out.push(e);
      }
    };
    walk([...this.play.handlers, ...this.includedHandlers]);
    return out;
  }

  /**
   * Handlers run in the order they are defined, each once per notifying host; they may notify others.
   * A name notifies only the last handler defined with it (as in Ansible, where a role imported twice
   * loads its handlers twice); a `listen` topic notifies every handler listening to it.
   */
  private async flushHandlers(walking: readonly Host[]): Promise<void> {
    const handlers = this.handlerList();
    const lastByName = new Map(handlers.filter((h) => h.name !== undefined).map((h) => [h.name, h]));
    for (let round = 0; round < handlers.length + 1; round++) {
      let ran = false;
      for (const handler of handlers) {
        if (this.halted()) return;
        const ownName = handler.name !== undefined && lastByName.get(handler.name) === handler ? [handler.name] : [];
        const names = [...ownName, ...handler.listen];
        const hosts = walking.filter((h) => isActive(this.state(h)) && names.some((n) => this.state(h).notified.has(n)));
        if (hosts.length === 0) continue;
        for (const h of hosts) for (const n of names) this.state(h).notified.delete(n);
        ran = true;
        await this.runTaskOn(handler, hosts, [], true);
      }
      if (!ran) return;
    }
  }
}

/** Meta actions Ansible carries out whatever their `when` says (it warns that they ignore it). */
const META_WITHOUT_WHEN = new Set(['noop', 'refresh_inventory', 'reset_connection']);

/** `meta: clear_facts`: the facts modules returned are forgotten (set_fact and register stay, as in Ansible). */
function clearFacts(state: HostState): void {
  state.hostFacts = {};
  state.factsGathered = false;
}

/**
 * `meta: clear_host_errors`: a failed or unreachable host takes part again from the next play (in
 * this one it stays out, as in Ansible's linear strategy); its failures no longer fail the run.
 */
function clearErrors(state: HostState): void {
  if (!state.failed && !state.unreachable) return;
  state.failed = false;
  state.unreachable = false;
  state.ended = true;
  state.cleared = { failed: state.stats.failed, unreachable: state.stats.unreachable };
}

/**
 * `meta: refresh_inventory`: the inventory sources read again and the run's add_host/group_by
 * changes made again on them; later plays pick their hosts from it.
 */
async function refreshInventory(ctx: RunContext): Promise<void> {
  if (!ctx.reloadInventory) return;
  const inventory = copyInventory(await ctx.reloadInventory());
  for (const change of ctx.inventoryChanges) applyInventoryChange(inventory, change.host, change.result);
  ctx.inventory = inventory;
}

function isFailed(status: HostStatus): boolean {
  return status === 'failed' || status === 'unreachable';
}
