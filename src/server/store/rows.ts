/** Database rows to the API's shapes, the same for both databases. */
import type { HostStats } from '../../index.js';
import type { RemoteJobRecord, RemoteJobState, RunHostRecord, RunRecord, RunStatus, HostState, SliceRecord, StopKind, StoredEvent } from '../types.js';
import type { StoredJob } from './store.js';

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
  slice_size: number | null;
  stop_request: string | null;
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
    sliceSize: optional(row.slice_size),
    stopRequest: optional(row.stop_request) as StopKind | undefined,
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
  launch_key: string | null;
}

export function jobFromRow(row: JobRow): RemoteJobRecord {
  return { host: row.host, jid: row.jid, task: row.task, state: row.state as RemoteJobState, note: optional(row.note), key: optional(row.launch_key) };
}

export const JOB_COLUMNS = 'host, jid, task, state, note, launch_key';

export function jobRowValues(runId: number, job: StoredJob): unknown[] {
  return [runId, job.host, job.jid, job.task, job.state, job.note ?? null, job.key ?? null, job.launch ? JSON.stringify(job.launch) : null];
}

export interface SliceRow {
  idx: number;
  hosts: string;
  status: string;
  owner: string | null;
  attempts: number;
  exit_code: number | null;
  cancelled: boolean | number | null;
  stats: string | null;
}

export const SLICE_COLUMNS = 'idx, hosts, status, owner, attempts, exit_code, cancelled, stats';

export function sliceFromRow(row: SliceRow): SliceRecord {
  return {
    idx: row.idx,
    hosts: JSON.parse(row.hosts) as string[],
    status: row.status as SliceRecord['status'],
    owner: optional(row.owner),
    attempts: row.attempts,
    exitCode: optional(row.exit_code),
    cancelled: row.cancelled === null ? undefined : Boolean(row.cancelled),
    stats: row.stats === null ? undefined : (JSON.parse(row.stats) as Record<string, HostStats>),
  };
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
  stopRequest: 'stop_request',
} as const;
