/**
 * The store on PostgreSQL (`castoff serve --db postgres://...`), for servers and workers on several
 * machines sharing one database. node-postgres with a small pool; each method is one statement or
 * one transaction, and migrations take an advisory lock so that processes starting together apply
 * each step once.
 */
import pg from 'pg';
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

/** Any number: the key of the lock that serialises migrations across processes. */
const MIGRATION_LOCK = 7_301_733;

export class PostgresStore implements Store {
  private readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client that loses its server must not crash the process; the next query reports it.
    this.pool.on('error', () => undefined);
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async migrate(): Promise<number[]> {
    return this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const applied: number[] = [];
      for (const step of MIGRATIONS) {
        if (done.has(step.version)) continue;
        await client.query(step.postgres);
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [step.version, new Date().toISOString()]);
        applied.push(step.version);
      }
      return applied;
    });
  }

  async createRun(run: NewRun): Promise<RunRecord> {
    const { rows } = await this.pool.query<RunRow>(
      `INSERT INTO runs (project, playbook, inventory, limit_pattern, extra_var_names, check_mode, who, status, created_at, slice_size, extra_vars)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'queued', $8, $9, $10) RETURNING *`,
      [
        run.project,
        run.playbook,
        JSON.stringify(run.inventory),
        run.limit ?? null,
        JSON.stringify(run.extraVarNames),
        run.check,
        run.who,
        run.createdAt,
        run.sliceSize ?? null,
        run.extraVars ? JSON.stringify(run.extraVars) : null,
      ],
    );
    return runFromRow(rows[0]);
  }

  async getRun(id: number): Promise<RunRecord | undefined> {
    const { rows } = await this.pool.query<RunRow>('SELECT * FROM runs WHERE id = $1', [id]);
    return rows[0] && runFromRow(rows[0]);
  }

  async listRuns(limit: number): Promise<RunRecord[]> {
    return (await this.pool.query<RunRow>('SELECT * FROM runs ORDER BY id DESC LIMIT $1', [limit])).rows.map(runFromRow);
  }

  async updateRun(id: number, update: RunUpdate): Promise<void> {
    await PostgresStore.applyUpdate(this.pool, id, update);
  }

  private static async applyUpdate(db: pg.Pool | pg.PoolClient, id: number, update: RunUpdate): Promise<void> {
    const fields = (Object.keys(update) as Array<keyof RunUpdate>).filter((k) => update[k] !== undefined);
    if (fields.length === 0) return;
    const sets = fields.map((k, i) => `${RUN_UPDATE_COLUMNS[k]} = $${i + 1}`).join(', ');
    await db.query(`UPDATE runs SET ${sets} WHERE id = $${fields.length + 1}`, [...fields.map((k) => update[k]), id]);
  }

  async runsIn(statuses: readonly RunStatus[]): Promise<RunRecord[]> {
    if (statuses.length === 0) return [];
    return (await this.pool.query<RunRow>('SELECT * FROM runs WHERE status = ANY($1) ORDER BY id', [statuses])).rows.map(runFromRow);
  }

  async lease(runId: number, owner: string, until: string, now: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE runs SET owner = $1, lease_until = $2 WHERE id = $3 AND (owner IS NULL OR owner = $1 OR lease_until < $4)', [owner, until, runId, now]);
    return result.rowCount === 1;
  }

  async heartbeat(owner: string, until: string): Promise<void> {
    await this.pool.query('UPDATE runs SET lease_until = $1 WHERE owner = $2', [until, owner]);
  }

  async leaseOf(runId: number): Promise<{ owner: string; until: string } | undefined> {
    const { rows } = await this.pool.query<{ owner: string | null; lease_until: string | null }>('SELECT owner, lease_until FROM runs WHERE id = $1', [runId]);
    const row = rows[0];
    return row?.owner && row.lease_until ? { owner: row.owner, until: row.lease_until } : undefined;
  }

  private static async upsertHosts(client: pg.PoolClient, runId: number, hosts: RunHostRecord[]): Promise<void> {
    for (const host of hosts) {
      await client.query(
        `INSERT INTO run_hosts (run_id, host, state, task, ok, changed, unreachable, failed, skipped, rescued, ignored)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (run_id, host) DO UPDATE SET state = excluded.state, task = excluded.task, ok = excluded.ok,
           changed = excluded.changed, unreachable = excluded.unreachable, failed = excluded.failed,
           skipped = excluded.skipped, rescued = excluded.rescued, ignored = excluded.ignored`,
        hostRowValues(runId, host),
      );
    }
  }

  private static async upsertJobs(client: pg.PoolClient, runId: number, jobs: StoredJob[]): Promise<void> {
    for (const job of jobs) {
      await client.query(
        `INSERT INTO remote_jobs (run_id, host, jid, task, state, note, launch_key, launch) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (run_id, host, jid) DO UPDATE SET task = excluded.task, state = excluded.state, note = excluded.note,
           launch_key = coalesce(excluded.launch_key, remote_jobs.launch_key), launch = coalesce(excluded.launch, remote_jobs.launch)`,
        jobRowValues(runId, job),
      );
    }
  }

  async record(runId: number, batch: RecordBatch): Promise<number> {
    return this.transaction((client) => PostgresStore.recordWith(client, runId, batch));
  }

  private static async recordWith(client: pg.PoolClient, runId: number, batch: RecordBatch): Promise<number> {
    // The row lock this takes orders concurrent writers of the run: their numbers never overlap.
    const { rows } = await client.query<{ last: number }>('UPDATE runs SET last_seq = last_seq + $1 WHERE id = $2 RETURNING last_seq AS last', [batch.events.length, runId]);
    const last = Number(rows[0].last);
    if (batch.events.length > 0) {
      const first = last - batch.events.length + 1;
      // One statement per batch, however many events: arrays unnested into rows.
      await client.query('INSERT INTO events (run_id, seq, type, time, data) SELECT $1::bigint, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[])', [
        runId,
        batch.events.map((_, i) => first + i),
        batch.events.map((e) => e.type),
        batch.events.map((e) => e.time),
        batch.events.map((e) => JSON.stringify(e)),
      ]);
    }
    await PostgresStore.upsertHosts(client, runId, batch.hosts);
    await PostgresStore.upsertJobs(client, runId, batch.jobs);
    return last;
  }

  async eventsAfter(runId: number, seq: number, limit: number): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>('SELECT seq, data FROM events WHERE run_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [runId, seq, limit]);
    return rows.map(eventFromRow);
  }

  async hosts(runId: number): Promise<RunHostRecord[]> {
    const { rows } = await this.pool.query<HostRow>('SELECT host, state, task, ok, changed, unreachable, failed, skipped, rescued, ignored FROM run_hosts WHERE run_id = $1 ORDER BY host', [runId]);
    return rows.map(hostFromRow);
  }

  async jobs(runId: number): Promise<RemoteJobRecord[]> {
    const { rows } = await this.pool.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM remote_jobs WHERE run_id = $1 AND state <> 'starting' ORDER BY host, jid`, [runId]);
    return rows.map(jobFromRow);
  }

  async extraVarsOf(runId: number): Promise<Record<string, unknown>> {
    const { rows } = await this.pool.query<{ extra_vars: string | null }>('SELECT extra_vars FROM runs WHERE id = $1', [runId]);
    return rows[0]?.extra_vars ? (JSON.parse(rows[0].extra_vars) as Record<string, unknown>) : {};
  }

  async jobLaunches(runId: number): Promise<LaunchedJob[]> {
    const { rows } = await this.pool.query<{ launch: string }>("SELECT launch FROM remote_jobs WHERE run_id = $1 AND launch IS NOT NULL AND state <> 'starting'", [runId]);
    return rows.map((r) => JSON.parse(r.launch) as LaunchedJob);
  }

  async jobIntents(runId: number): Promise<LaunchingJob[]> {
    const { rows } = await this.pool.query<{ launch: string }>("SELECT launch FROM remote_jobs WHERE run_id = $1 AND launch IS NOT NULL AND state = 'starting'", [runId]);
    return rows.map((r) => JSON.parse(r.launch) as LaunchingJob);
  }

  async createSlices(runId: number, hosts: string[][]): Promise<void> {
    await this.pool.query("INSERT INTO slices (run_id, idx, hosts, status) SELECT $1::bigint, i - 1, h, 'queued' FROM unnest($2::text[]) WITH ORDINALITY AS t(h, i)", [
      runId,
      hosts.map((list) => JSON.stringify(list)),
    ]);
  }

  async slices(runId: number): Promise<SliceRecord[]> {
    return (await this.pool.query<SliceRow>(`SELECT ${SLICE_COLUMNS} FROM slices WHERE run_id = $1 ORDER BY idx`, [runId])).rows.map(sliceFromRow);
  }

  async claimSlice(runId: number, idx: number, owner: string, until: string): Promise<SliceRecord | undefined> {
    const { rows } = await this.pool.query<SliceRow>(
      `UPDATE slices SET status = 'running', owner = $1, lease_until = $2, attempts = attempts + 1 WHERE run_id = $3 AND idx = $4 AND status = 'queued' RETURNING ${SLICE_COLUMNS}`,
      [owner, until, runId, idx],
    );
    return rows[0] && sliceFromRow(rows[0]);
  }

  async renewSlices(owner: string, until: string): Promise<void> {
    await this.pool.query("UPDATE slices SET lease_until = $1 WHERE owner = $2 AND status = 'running'", [until, owner]);
  }

  async queuedSlices(): Promise<Array<{ runId: number; idx: number }>> {
    const { rows } = await this.pool.query<{ run_id: string; idx: number }>(
      "SELECT s.run_id, s.idx FROM slices s JOIN runs r ON r.id = s.run_id WHERE s.status = 'queued' AND r.status IN ('queued', 'running', 'stopping')",
    );
    return rows.map((r) => ({ runId: Number(r.run_id), idx: r.idx }));
  }

  async requeueExpiredSlices(now: string): Promise<Array<{ runId: number; idx: number }>> {
    const { rows } = await this.pool.query<{ run_id: string; idx: number }>(
      "UPDATE slices SET status = 'queued', owner = NULL, lease_until = NULL WHERE status = 'running' AND lease_until < $1 RETURNING run_id, idx",
      [now],
    );
    return rows.map((r) => ({ runId: Number(r.run_id), idx: r.idx }));
  }

  async finishSlice(runId: number, idx: number, owner: string, end: SliceEnd): Promise<boolean> {
    const result = await this.pool.query(
      "UPDATE slices SET status = 'done', lease_until = NULL, exit_code = $1, cancelled = $2, stats = $3 WHERE run_id = $4 AND idx = $5 AND owner = $6 AND status = 'running'",
      [end.exitCode, end.cancelled, JSON.stringify(end.stats), runId, idx, owner],
    );
    return result.rowCount === 1;
  }

  async cancelQueuedSlices(runId: number): Promise<number> {
    const result = await this.pool.query(
      "UPDATE slices SET status = 'done', exit_code = 99, cancelled = true, stats = '{}' WHERE run_id = $1 AND status = 'queued'",
      [runId],
    );
    return result.rowCount ?? 0;
  }

  async endSlicedRun(runId: number, owner: string, ending: RunEnding): Promise<boolean> {
    return this.transaction(async (client) => {
      // The run's row lock makes a second caller wait, then find the run over: one ending, written once.
      const claimed = await client.query(
        "UPDATE runs SET finisher = $1 WHERE id = $2 AND status IN ('queued', 'running', 'stopping') AND NOT EXISTS (SELECT 1 FROM slices WHERE run_id = $2 AND status != 'done')",
        [owner, runId],
      );
      if (claimed.rowCount !== 1) return false;
      await PostgresStore.recordWith(client, runId, { events: ending.events, hosts: [], jobs: [] });
      await PostgresStore.applyUpdate(client, runId, ending.update);
      return true;
    });
  }

  async updateJobs(runId: number, jobs: RemoteJobRecord[]): Promise<void> {
    await this.transaction((client) => PostgresStore.upsertJobs(client, runId, jobs));
  }

  async prune(retention: Retention): Promise<number> {
    let removed = 0;
    if (retention.endedBefore) {
      removed += (await this.pool.query('DELETE FROM events WHERE run_id IN (SELECT id FROM runs WHERE ended_at < $1)', [retention.endedBefore])).rowCount ?? 0;
    }
    if (retention.maxRows !== undefined) {
      const result = await this.pool.query(
        `DELETE FROM events e USING (
           SELECT o.run_id, o.seq FROM events o JOIN runs r ON r.id = o.run_id WHERE r.ended_at IS NOT NULL
           ORDER BY o.run_id, o.seq LIMIT GREATEST(0, (SELECT count(*) FROM events) - $1)) d
         WHERE e.run_id = d.run_id AND e.seq = d.seq`,
        [retention.maxRows],
      );
      removed += result.rowCount ?? 0;
    }
    return removed;
  }

  async addToken(hash: string, label: string, createdAt: string): Promise<void> {
    await this.pool.query('INSERT INTO tokens (hash, label, created_at) VALUES ($1, $2, $3)', [hash, label, createdAt]);
  }

  async tokenLabel(hash: string): Promise<string | undefined> {
    return (await this.pool.query<{ label: string }>('SELECT label FROM tokens WHERE hash = $1', [hash])).rows[0]?.label;
  }

  async tokenCount(): Promise<number> {
    return Number((await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM tokens')).rows[0].n);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
