/**
 * Everything castoff knows about a module, in one object per module: how the loader reads and
 * checks its arguments, the flags the executor asks instead of checking names, how outputs show
 * its result, and its controller part. An action gets its arguments already rendered and returns
 * an Ansible-shaped result.
 */
import type { DisplayKind, ModuleResult } from '../core/index.js';
import type { BecomeOptions, Connection } from '../connection/index.js';
import type { JsonSchema } from '../source/schema-values.js';
import type { VaultKeyring } from '../source/vault/index.js';
import type { ShippedPayload } from '../target/index.js';
import type { Vars } from '../template/index.js';
import type { AnsibleModuleRef } from './ansible/types.js';

/** How the loader reads a module's arguments and how it checks them. */
export interface ModuleSpec {
  /** Canonical short name, e.g. `shell`; `ansible.builtin.shell` and `ansible.legacy.shell` map to it. */
  name: string;
  /**
   * Whether a string value is a command line (`shell: echo hi`), kept as `_raw_params`, rather
   * than `key=value` pairs (`copy: src=a dest=b`).
   */
  freeForm: boolean;
  /** `key=value` words that Ansible takes out of a free-form command line as options (`chdir=/tmp`). */
  freeFormOptions: readonly string[];
  /** JSON Schema of the arguments, after free-form text and `args:` have been folded in. */
  args: JsonSchema;
  /** Groups of arguments of which at least one must be given. */
  requiredOneOf: readonly (readonly string[])[];
  /** Groups of arguments of which at most one may be given. */
  mutuallyExclusive: readonly (readonly string[])[];
  /**
   * The module of the user's Ansible installation this one runs on the host (`unarchive`, which
   * castoff drives from the controller). The loader finds it with the run's Ansible settings.
   */
  runsInstalled?: string;
}

export interface ActionContext {
  /** Inventory name of the host the task runs for. */
  host: string;
  /** Canonical name of the module the task runs (for messages). */
  module: string;
  /** The host's connection (the delegate's, with delegate_to); opened on first use. */
  connection: Connection;
  /** Arguments after templating, `omit` removed. */
  args: Record<string, unknown>;
  /** Every variable visible to the task on this host (for `debug: var=`, `set_fact`, `assert`). */
  vars: Vars;
  become?: BecomeOptions;
  /** `ansible_python_interpreter`, default `auto` (discovered when a module first needs it). */
  python: string;
  /** `ansible_async_dir`, default `~/.ansible_async`. */
  asyncDir: string;
  /** Task `environment`, rendered. */
  environment: Record<string, string>;
  checkMode: boolean;
  diff: boolean;
  /** The task's `no_log`: modules that take it (Ansible's) keep the values out of their own logs too. */
  noLog?: boolean;
  /** The installed Ansible module the task's module runs on the host (see ModuleSpec.runsInstalled). */
  installed?: AnsibleModuleRef;
  /** Directory of the playbook file that holds the task, for relative `src:` and `script:` paths. */
  baseDir: string;
  /** The run's vault secrets, for controller files the action reads (include_vars, copy src). */
  vault?: VaultKeyring;
  /**
   * Where relative `src:`, `script:` and template paths are searched, nearest first (the task's
   * role, its file's folder, the playbook's folder); unset = `baseDir` alone.
   */
  searchDirs?: readonly string[];
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

/** What an async job of the module runs on the host: a built-in module, a `library/` file or a shipped payload. */
export type AsyncPayload =
  | { module: string; args: Record<string, unknown> }
  | { modulePath: string; args: Record<string, unknown> }
  | { payload: ShippedPayload; args: Record<string, unknown> };

/** A module the executor runs once per host through its controller part. */
export interface HostModule extends ModuleSpec {
  level: 'host';
  display: DisplayKind;
  /** Runs on the controller alone (debug, set_fact, ...): never opens a connection. */
  controllerOnly: boolean;
  /** May run with `async:`; such a module names the payload the job runs. */
  asyncPayload?: (ctx: ActionContext) => AsyncPayload;
  /** Without it, check mode skips the task with a message. */
  supportsCheckMode: boolean;
  /**
   * Its arguments become host variables (`set_fact`): it gets them with unsafe text still marked,
   * and the `ansible_facts` it returns are stored as they are. Any other module's `ansible_facts`
   * came from a host and are stored as unsafe.
   */
  setsVariables: boolean;
  /**
   * Runs once for the batch, on its first host, as Ansible's BYPASS_HOST_LOOP actions (`add_host`):
   * unlike `run_once`, its result is that host's alone.
   */
  bypassHostLoop?: boolean;
  run(ctx: ActionContext): Promise<ModuleResult>;
}

/**
 * A module that steers the play rather than running per host (`meta`): the play runner carries it
 * out over the whole batch, so it has no controller part and never produces a host result.
 */
export interface PlayModule extends ModuleSpec {
  level: 'play';
  display: DisplayKind;
}

export type ModuleDefinition = HostModule | PlayModule;

/**
 * Results that change executor state besides being registered: `set_fact` adds host variables.
 * Carried in a reserved key that never reaches output.
 */
export const FACTS_KEY = 'ansible_facts';

/**
 * Marks a `set_fact ... cacheable: true` result: its variables are facts too (`ansible_facts.x`,
 * `hostvars[h].ansible_facts`), as Ansible's fact cache makes them. A symbol, so the mark is in no
 * output and no registered value, as Ansible's internal `_ansible_facts_cacheable` is not.
 */
export const CACHEABLE_FACTS: unique symbol = Symbol('castoff.cacheableFacts');

export function isCacheableFacts(result: object): boolean {
  return (result as { [CACHEABLE_FACTS]?: boolean })[CACHEABLE_FACTS] === true;
}
