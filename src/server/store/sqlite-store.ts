/**
 * The embedded store: one SQLite file (`$CASTOFF_HOME/castoff.db` by default) through better-sqlite3,
 * in WAL mode so the page's readers never wait for the run's writer.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { LaunchedJob, LaunchingJob } from '../../index.js';
import type { RemoteJobRecord, RunHostRecord, RunRecord, RunStatus, SliceRecord, StoredEvent } from '../types.js';
import { MIGRATIONS } from './migrations.js';
import {
  eventFromRow,
  hostFromRow,
  hostRowValues,
  JOB_COLUMNS,
  jobFromRow,
  jobRowValues,
  RUN_UPDATE_COLUMNS,
  runFromRow,
  SLICE_COLUMNS,
  sliceFromRow,
  type EventRow,
  type HostRow,
  type JobRow,
  type RunRow,
  type SliceRow,
} from './rows.js';
import type { NewRun, RecordBatch, Retention, RunEnding, RunUpdate, SliceEnd, Store, StoredJob } from './store.js';

export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    // A second process on the same file (a CLI reading runs) waits its turn instead of failing.
    this.db.pragma('busy_timeout = 5000');
  }

  async migrate(): Promise<number[]> {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
    const applied: number[] = [];
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      this.db.transaction(() => {
        this.db.exec(step.sqlite);
        this.db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(step.version, new Date().toISOString());
      })();
      applied.push(step.version);
    }
    return applied;
  }

  async createRun(run: NewRun): Promise<RunRecord> {
    const row = this.db
      .prepare(
        `INSERT INTO runs (project, playbook, inventory, limit_pattern, extra_var_names, check_mode, who, status, created_at, slice_size, extra_vars)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?) RETURNING *`,
      )
      .get(
        run.project,
        run.playbook,
        JSON.stringify(run.inventory),
        run.limit ?? null,
        JSON.stringify(run.extraVarNames),
        run.check ? 1 : 0,
        run.who,
        run.createdAt,
        run.sliceSize ?? null,
        run.extraVars ? JSON.stringify(run.extraVars) : null,
      ) as RunRow;
    return runFromRow(row);
  }

  async getRun(id: number): Promise<RunRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM runs WHERE id = ?').get(id) as RunRow | undefined;
    return row && runFromRow(row);
  }

  async listRuns(limit: number): Promise<RunRecord[]> {
    return (this.db.prepare('SELECT * FROM runs ORDER BY id DESC LIMIT ?').all(limit) as RunRow[]).map(runFromRow);
  }

  async updateRun(id: number, update: RunUpdate): Promise<void> {
    this.applyUpdate(id, update);
  }

  private applyUpdate(id: number, update: RunUpdate): void {
    const fields = (Object.keys(update) as Array<keyof RunUpdate>).filter((k) => update[k] !== undefined);
    if (fields.length === 0) return;
    const sets = fields.map((k) => `${RUN_UPDATE_COLUMNS[k]} = ?`).join(', ');
    this.db.prepare(`UPDATE runs SET ${sets} WHERE id = ?`).run(...fields.map((k) => update[k]), id);
  }

  async runsIn(statuses: readonly RunStatus[]): Promise<RunRecord[]> {
    if (statuses.length === 0) return [];
    const rows = this.db.prepare(`SELECT * FROM runs WHERE status IN (${statuses.map(() => '?').join(', ')}) ORDER BY id`).all(...statuses) as RunRow[];
    return rows.map(runFromRow);
  }

  async lease(runId: number, owner: string, until: string, now: string): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE runs SET owner = ?, lease_until = ? WHERE id = ? AND (owner IS NULL OR owner = ? OR lease_until < ?)')
      .run(owner, until, runId, owner, now);
    return result.changes === 1;
  }

  async heartbeat(owner: string, until: string): Promise<void> {
    this.db.prepare('UPDATE runs SET lease_until = ? WHERE owner = ?').run(until, owner);
  }

  async leaseOf(runId: number): Promise<{ owner: string; until: string } | undefined> {
    const row = this.db.prepare('SELECT owner, lease_until FROM runs WHERE id = ?').get(runId) as { owner: string | null; lease_until: string | null } | undefined;
    return row?.owner && row.lease_until ? { owner: row.owner, until: row.lease_until } : undefined;
  }

  private readonly recordBatch = (runId: number, batch: RecordBatch): number => {
    const { last } = this.db.prepare('UPDATE runs SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq AS last').get(batch.events.length, runId) as { last: number };
    const insertEvent = this.db.prepare('INSERT INTO events (run_id, seq, type, time, data) VALUES (?, ?, ?, ?, ?)');
    let seq = last - batch.events.length;
    for (const event of batch.events) insertEvent.run(runId, ++seq, event.type, event.time, JSON.stringify(event));
    this.upsertHosts(runId, batch.hosts);
    this.upsertJobs(runId, batch.jobs);
    return last;
  };

  private upsertHosts(runId: number, hosts: RunHostRecord[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO run_hosts (run_id, host, state, task, ok, changed, unreachable, failed, skipped, rescued, ignored)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, host) DO UPDATE SET state = excluded.state, task = excluded.task, ok = excluded.ok,
         changed = excluded.changed, unreachable = excluded.unreachable, failed = excluded.failed,
         skipped = excluded.skipped, rescued = excluded.rescued, ignored = excluded.ignored`,
    );
    for (const host of hosts) upsert.run(...hostRowValues(runId, host));
  }

  private upsertJobs(runId: number, jobs: StoredJob[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO remote_jobs (run_id, host, jid, task, state, note, launch_key, launch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, host, jid) DO UPDATE SET task = excluded.task, state = excluded.state, note = excluded.note,
         launch_key = coalesce(excluded.launch_key, remote_jobs.launch_key), launch = coalesce(excluded.launch, remote_jobs.launch)`,
    );
    for (const job of jobs) upsert.run(...jobRowValues(runId, job));
  }

  async record(runId: number, batch: RecordBatch): Promise<number> {
    return this.db.transaction(this.recordBatch)(runId, batch);
  }

  async eventsAfter(runId: number, seq: number, limit: number): Promise<StoredEvent[]> {
    const rows = this.db.prepare('SELECT seq, data FROM events WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?').all(runId, seq, limit) as EventRow[];
    return rows.map(eventFromRow);
  }

  async hosts(runId: number): Promise<RunHostRecord[]> {
    return (this.db.prepare('SELECT host, state, task, ok, changed, unreachable, failed, skipped, rescued, ignored FROM run_hosts WHERE run_id = ? ORDER BY host').all(runId) as HostRow[]).map(hostFromRow);
  }

  async jobs(runId: number): Promise<RemoteJobRecord[]> {
    return (this.db.prepare(`SELECT ${JOB_COLUMNS} FROM remote_jobs WHERE run_id = ? AND state <> 'starting' ORDER BY host, jid`).all(runId) as JobRow[]).map(jobFromRow);
  }

  async extraVarsOf(runId: number): Promise<Record<string, unknown>> {
    const row = this.db.prepare('SELECT extra_vars FROM runs WHERE id = ?').get(runId) as { extra_vars: string | null } | undefined;
    return row?.extra_vars ? (JSON.parse(row.extra_vars) as Record<string, unknown>) : {};
  }

  async jobLaunches(runId: number): Promise<LaunchedJob[]> {
    const rows = this.db.prepare("SELECT launch FROM remote_jobs WHERE run_id = ? AND launch IS NOT NULL AND state <> 'starting'").all(runId) as Array<{ launch: string }>;
    return rows.map((r) => JSON.parse(r.launch) as LaunchedJob);
  }

  async jobIntents(runId: number): Promise<LaunchingJob[]> {
    const rows = this.db.prepare("SELECT launch FROM remote_jobs WHERE run_id = ? AND launch IS NOT NULL AND state = 'starting'").all(runId) as Array<{ launch: string }>;
    return rows.map((r) => JSON.parse(r.launch) as LaunchingJob);
  }

  async createSlices(runId: number, hosts: string[][]): Promise<void> {
    const insert = this.db.prepare("INSERT INTO slices (run_id, idx, hosts, status) VALUES (?, ?, ?, 'queued')");
    this.db.transaction(() => hosts.forEach((list, idx) => insert.run(runId, idx, JSON.stringify(list))))();
  }

  async slices(runId: number): Promise<SliceRecord[]> {
    return (this.db.prepare(`SELECT ${SLICE_COLUMNS} FROM slices WHERE run_id = ? ORDER BY idx`).all(runId) as SliceRow[]).map(sliceFromRow);
  }

  async claimSlice(runId: number, idx: number, owner: string, until: string): Promise<SliceRecord | undefined> {
    const row = this.db
      .prepare(`UPDATE slices SET status = 'running', owner = ?, lease_until = ?, attempts = attempts + 1 WHERE run_id = ? AND idx = ? AND status = 'queued' RETURNING ${SLICE_COLUMNS}`)
      .get(owner, until, runId, idx) as SliceRow | undefined;
    return row && sliceFromRow(row);
  }

  async renewSlices(owner: string, until: string): Promise<void> {
    this.db.prepare("UPDATE slices SET lease_until = ? WHERE owner = ? AND status = 'running'").run(until, owner);
  }

  async queuedSlices(): Promise<Array<{ runId: number; idx: number }>> {
    const rows = this.db
      .prepare("SELECT s.run_id, s.idx FROM slices s JOIN runs r ON r.id = s.run_id WHERE s.status = 'queued' AND r.status IN ('queued', 'running', 'stopping')")
      .all() as Array<{ run_id: number; idx: number }>;
    return rows.map((r) => ({ runId: Number(r.run_id), idx: r.idx }));
  }

  async requeueExpiredSlices(now: string): Promise<Array<{ runId: number; idx: number }>> {
    const rows = this.db
      .prepare("UPDATE slices SET status = 'queued', owner = NULL, lease_until = NULL WHERE status = 'running' AND lease_until < ? RETURNING run_id, idx")
      .all(now) as Array<{ run_id: number; idx: number }>;
    return rows.map((r) => ({ runId: Number(r.run_id), idx: r.idx }));
  }

  async finishSlice(runId: number, idx: number, owner: string, end: SliceEnd): Promise<boolean> {
    const result = this.db
      .prepare("UPDATE slices SET status = 'done', lease_until = NULL, exit_code = ?, cancelled = ?, stats = ? WHERE run_id = ? AND idx = ? AND owner = ? AND status = 'running'")
      .run(end.exitCode, end.cancelled ? 1 : 0, JSON.stringify(end.stats), runId, idx, owner);
    return result.changes === 1;
  }

  async cancelQueuedSlices(runId: number): Promise<number> {
    return this.db
      .prepare("UPDATE slices SET status = 'done', exit_code = 99, cancelled = 1, stats = '{}' WHERE run_id = ? AND status = 'queued'")
      .run(runId).changes;
  }

  async endSlicedRun(runId: number, owner: string, ending: RunEnding): Promise<boolean> {
    return this.db.transaction(() => {
      const claimed = this.db
        .prepare(
          "UPDATE runs SET finisher = ? WHERE id = ? AND status IN ('queued', 'running', 'stopping') AND NOT EXISTS (SELECT 1 FROM slices WHERE run_id = ? AND status != 'done')",
        )
        .run(owner, runId, runId);
      if (claimed.changes !== 1) return false;
      this.recordBatch(runId, { events: ending.events, hosts: [], jobs: [] });
      this.applyUpdate(runId, ending.update);
      return true;
    })();
  }

  async updateJobs(runId: number, jobs: RemoteJobRecord[]): Promise<void> {
    this.db.transaction(() => this.upsertJobs(runId, jobs))();
  }

  async prune(retention: Retention): Promise<number> {
    let removed = 0;
    if (retention.endedBefore) {
      removed += this.db.prepare('DELETE FROM events WHERE run_id IN (SELECT id FROM runs WHERE ended_at < ?)').run(retention.endedBefore).changes;
    }
    if (retention.maxRows !== undefined) {
      // The oldest runs' events go first; a running run's events are kept whole.
      removed += this.db
        .prepare(
          `DELETE FROM events WHERE rowid IN (
             SELECT e.rowid FROM events e JOIN runs r ON r.id = e.run_id WHERE r.ended_at IS NOT NULL
             ORDER BY e.run_id, e.seq LIMIT max(0, (SELECT count(*) FROM events) - ?))`,
        )
        .run(retention.maxRows).changes;
    }
    return removed;
  }

  async addToken(hash: string, label: string, createdAt: string): Promise<void> {
    this.db.prepare('INSERT INTO tokens (hash, label, created_at) VALUES (?, ?, ?)').run(hash, label, createdAt);
  }

  async tokenLabel(hash: string): Promise<string | undefined> {
    return (this.db.prepare('SELECT label FROM tokens WHERE hash = ?').get(hash) as { label: string } | undefined)?.label;
  }

  async tokenCount(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM tokens').get() as { n: number }).n;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
