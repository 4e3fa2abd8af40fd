/** Database rows to the API's shapes, the same for both databases. */
import type { RemoteJobRecord, RemoteJobState, RunHostRecord, RunRecord, RunStatus, HostState, StoredEvent } from '../types.js';

export interface RunRow {
  id: number | string;
  project: string;
  playbook: string;
  inventory: string;
  limit_pattern: string | null;
  extra_var_names: string;
  check_mode: boolean | number;
  who: string;
  status: string;
  reason: string | null;
  created_at: string;
  started_at: string | null;
  ended_at: string | null;
  exit_code: number | null;
  last_seq: number | string;
}

const optional = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export function runFromRow(row: RunRow): RunRecord {
  return {
    id: Number(row.id),
    project: row.project,
    playbook: row.playbook,
    inventory: JSON.parse(row.inventory) as string[],
    limit: optional(row.limit_pattern),
    extraVarNames: JSON.parse(row.extra_var_names) as string[],
    check: Boolean(row.check_mode),
    who: row.who,
    status: row.status as RunStatus,
    reason: optional(row.reason),
    createdAt: row.created_at,
    startedAt: optional(row.started_at),
    endedAt: optional(row.ended_at),
    exitCode: optional(row.exit_code),
    lastSeq: Number(row.last_seq),
  };
}

export interface HostRow {
  host: string;
  state: string;
  task: string | null;
  ok: number;
  changed: number;
  unreachable: number;
  failed: number;
  skipped: number;
  rescued: number;
  ignored: number;
}

export function hostFromRow(row: HostRow): RunHostRecord {
  const { host, state, task, ...stats } = row;
  return { host, state: state as HostState, task: optional(task), ...stats };
}

export function hostRowValues(runId: number, h: RunHostRecord): unknown[] {
  return [runId, h.host, h.state, h.task ?? null, h.ok, h.changed, h.unreachable, h.failed, h.skipped, h.rescued, h.ignored];
}

export interface JobRow {
  host: string;
  jid: string;
  task: string;
  state: string;
  note: string | null;
}

export function jobFromRow(row: JobRow): RemoteJobRecord {
  return { host: row.host, jid: row.jid, task: row.task, state: row.state as RemoteJobState, note: optional(row.note) };
}

export interface EventRow {
  seq: number | string;
  data: string;
}

export function eventFromRow(row: EventRow): StoredEvent {
  return { seq: Number(row.seq), event: JSON.parse(row.data) as StoredEvent['event'] };
}

/** Column name of each RunUpdate field. */
export const RUN_UPDATE_COLUMNS = {
  status: 'status',
  reason: 'reason',
  startedAt: 'started_at',
  endedAt: 'ended_at',
  exitCode: 'exit_code',
} as const;
