/**
 * The shapes of Ansible's `json` and `ansible.posix.jsonl` stdout callbacks, built from castoff's
 * play records, so a tool written for `ANSIBLE_STDOUT_CALLBACK=json` reads castoff's output
 * unchanged: a play or task is `{name, id, path, duration: {start, end}}`, a host's result is the
 * registered result plus the task's `action`, and the stats use Ansible's `failures`.
 */
import type { ModuleResult } from '../core/index.js';
import type { Duration, HostStats, PlayRecord, TaskRecord } from '../events/index.js';

export interface CallbackHeading {
  name: string;
  id: string;
  path: string;
  duration: Duration;
}

export interface CallbackStats {
  changed: number;
  failures: number;
  ignored: number;
  ok: number;
  rescued: number;
  skipped: number;
  unreachable: number;
}

/** Ansible writes `datetime.utcnow().isoformat() + 'Z'`: microseconds, where JavaScript has milliseconds. */
export function callbackTime(iso: string): string {
  return iso.replace(/\.(\d{3})Z$/, '.$1000Z');
}

function heading(name: string, record: PlayRecord | TaskRecord): CallbackHeading {
  const duration: Duration = { start: callbackTime(record.duration.start) };
  if (record.duration.end !== undefined) duration.end = callbackTime(record.duration.end);
  return { name, id: record.id, path: record.path, duration };
}

export const playHeading = (record: PlayRecord): CallbackHeading => heading(record.play, record);
export const taskHeading = (record: TaskRecord): CallbackHeading => heading(record.task, record);

/**
 * A result as Ansible's callback shows it: with the task's `action`; `failed` only when it failed
 * (loop items keep their `failed: false`); and `_ansible_no_log: false` where Ansible keeps that
 * flag: on a result the task did not censor, and on each loop item, but not on a loop's aggregate
 * nor on an unreachable host's result.
 */
export function callbackResult(result: ModuleResult, action: string): ModuleResult {
  const shown: ModuleResult = { ...result, action };
  if (shown.failed === false) delete shown.failed;
  const items = loopItems(result);
  if (items) shown.results = items.map(withNoLogFlag);
  else if (result.unreachable !== true) return withNoLogFlag(shown);
  return shown;
}

/** A loop's per-item results; a module's own `results` field (a list of strings, say) is not one. */
function loopItems(result: ModuleResult): ModuleResult[] | undefined {
  const items: unknown = result.results;
  return Array.isArray(items) && items.length > 0 && items.every((i) => isRecord(i) && 'ansible_loop_var' in i) ? (items as ModuleResult[]) : undefined;
}

function withNoLogFlag(result: ModuleResult): ModuleResult {
  return 'censored' in result || '_ansible_no_log' in result ? result : { _ansible_no_log: false, ...result };
}

function isRecord(value: unknown): value is ModuleResult {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ansible's per-host summary: `failures` where castoff says `failed`. */
export function callbackStats(stats: Record<string, HostStats>): Record<string, CallbackStats> {
  return Object.fromEntries(
    Object.entries(stats).map(([host, s]) => [host, { changed: s.changed, failures: s.failed, ignored: s.ignored, ok: s.ok, rescued: s.rescued, skipped: s.skipped, unreachable: s.unreachable }]),
  );
}
