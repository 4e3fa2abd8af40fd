/**
 * A Target is everything about where and as whom a task runs on one host, resolved once from the
 * host's variables, the task's keywords and the run's defaults: the functions below it take this
 * object instead of re-reading `ansible_*` variables.
 */
import type { BecomeOptions, ConnectionSpec } from '../connection/index.js';

/** `ansible_async_dir` when neither the host nor the configuration sets one, as in Ansible. */
export const DEFAULT_ASYNC_DIR = '~/.ansible_async';

/** `ansible_python_interpreter` when the host sets none: discover the host's Python, as Ansible does. */
export const DEFAULT_PYTHON = 'auto';

/** A host's variables (rendered on read): what target/ takes the `ansible_*` settings from. */
export type HostVars = Readonly<Record<string, unknown>>;

/** The task keywords a Target depends on, as written (templates are rendered by the caller's `render`). */
export interface TargetKeywords {
  become?: unknown;
  become_user?: unknown;
  become_method?: unknown;
  remote_user?: unknown;
  delegate_to?: unknown;
  /** `environment` layers, outermost first; later layers win. */
  environment: ReadonlyArray<unknown>;
}

/** `-b`, `--become-user`, `--become-method` and their configuration. */
export interface BecomeDefaults {
  become?: boolean;
  user?: string;
  method?: string;
}

/** What resolveTarget needs to know about one host-task. */
export interface TargetRequest {
  /** Inventory name of the host the task runs for. */
  host: string;
  /** The task's variables on that host. */
  vars: HostVars;
  keywords: TargetKeywords;
  /** Renders a keyword's value with the given variables (target/ itself knows no templates). */
  render(value: unknown, vars: HostVars): unknown;
  /** Variables of another inventory host, for `delegate_to`. */
  varsOf(host: string): HostVars;
}

export interface Target {
  /** Inventory name of the host the task runs for. */
  host: string;
  /** The host the task runs on instead (`delegate_to`), whose connection, interpreter and async dir it uses. */
  delegatedTo?: string;
  become?: BecomeOptions;
  /** `ansible_python_interpreter` of the host the task runs on: a path or command, or a discovery mode (`auto`). */
  python: string;
  /** `ansible_async_dir` of the host the task runs on, else the run's. */
  asyncDir: string;
  /** The task's `environment`, rendered and merged. */
  environment: Record<string, string>;
  /**
   * How to reach the host. Resolved on first call, so a task that runs on the controller alone
   * never trips over a host's connection variables.
   */
  connectionSpec(): ConnectionSpec;
}

/**
 * As whom and with what a remote command runs: the part of a Target the runtime installer and the
 * async engine take. Unset parts fall back to DEFAULT_PYTHON and DEFAULT_ASYNC_DIR.
 */
export type RunsAs = Partial<Pick<Target, 'become' | 'python' | 'asyncDir'>>;
