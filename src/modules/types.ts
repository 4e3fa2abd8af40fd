/**
 * What the executor knows of a module: one `Action` per module, found in a registry by name.
 * An action gets its arguments already rendered and returns an Ansible-shaped result.
 */
import type { ModuleResult } from '../core/index.js';
import type { BecomeOptions, Connection } from '../connection/index.js';
import type { Task } from '../playbook/index.js';
import type { Vars } from '../template/index.js';

export interface ActionContext {
  /** Inventory name of the host the task runs for. */
  host: string;
  /** The host's connection (the delegate's, with delegate_to); opened on first use. */
  connection: Connection;
  /** Arguments after templating, `omit` removed. */
  args: Record<string, unknown>;
  /** Every variable visible to the task on this host (for `debug: var=`, `set_fact`, `assert`). */
  vars: Vars;
  task: Task;
  become?: BecomeOptions;
  /** `ansible_python_interpreter`, default `python3`. */
  python: string;
  /** `ansible_async_dir`, default `~/.ansible_async`. */
  asyncDir: string;
  /** Task `environment`, rendered. */
  environment: Record<string, string>;
  checkMode: boolean;
  diff: boolean;
  /** Directory of the playbook file that holds the task, for relative `src:` and `script:` paths. */
  baseDir: string;
  signal: AbortSignal;
  /** performance.now() by which the task must end (`timeout:`), if it has a hard limit. */
  deadline?: number;
}

/**
 * The options every remote command of an action runs with: the task's become user, its abort
 * signal, and what is left of its timeout, which the host then enforces by itself.
 */
export function execOptions(ctx: ActionContext): { become?: BecomeOptions; signal: AbortSignal; timeoutSeconds?: number } {
  const timeoutSeconds = ctx.deadline === undefined ? undefined : Math.max(1, (ctx.deadline - performance.now()) / 1000);
  return { become: ctx.become, signal: ctx.signal, ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}) };
}

export interface Action {
  name: string;
  /** Runs on the controller alone (debug, set_fact, ...): never opens a connection. */
  controllerOnly: boolean;
  /** May run with `async:`; such an action names the module payload the job runs. */
  asyncPayload?: (ctx: ActionContext) => { module: string; args: Record<string, unknown> } | { modulePath: string; args: Record<string, unknown> };
  /** Without it, check mode skips the task with a message. */
  supportsCheckMode: boolean;
  /**
   * Its arguments become host variables (`set_fact`): it gets them with unsafe text still marked,
   * and the `ansible_facts` it returns are stored as they are. Any other action's `ansible_facts`
   * came from a host and are stored as unsafe.
   */
  setsVariables?: boolean;
  run(ctx: ActionContext): Promise<ModuleResult>;
}

/**
 * Results that change executor state besides being registered: `set_fact` adds host variables,
 * `meta` steers the play. Carried in reserved keys that never reach output.
 */
export const FACTS_KEY = 'ansible_facts';
