/**
 * The result every layer speaks: what a module returned, whether it ran on the host, on the
 * controller or as an async job, and how events, outputs and the journal read it.
 */

/** A module's JSON result: Ansible's field names, any other keys the module chose. */
export interface ModuleResult {
  [key: string]: unknown;
  failed?: boolean | number;
  changed?: boolean;
  /** Usually a string, but `debug` passes any value (`msg: [1, 2]`). */
  msg?: unknown;
}

/** What a task did on a host, as events, outputs and the recap count it. */
export type HostStatus = 'ok' | 'changed' | 'failed' | 'skipped' | 'unreachable' | 'cancelled';

export function isFailed(result: ModuleResult): boolean {
  return result.failed === true || result.failed === 1;
}

/**
 * How outputs show a module's result, as Ansible's callbacks do: `command` for command-like
 * modules (rc, stdout and stderr shown as a command's), `debug` for a message printed as it is,
 * `default` for the result as JSON. The module registry sets it; outputs never check names.
 */
export type DisplayKind = 'command' | 'debug' | 'default';
