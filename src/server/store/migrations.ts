/**
 * The schema, one numbered step at a time. A step is applied once, in its own transaction, and its
 * number recorded in `schema_migrations`; steps are never edited once released, only added. Each
 * has the text for both databases, which differ only in how they number rows and name types.
 */
export interface Migration {
  version: number;
  sqlite: string;
  postgres: string;
}

const RUNS_COLUMNS = `
  project TEXT NOT NULL,
  playbook TEXT NOT NULL,
  inventory TEXT NOT NULL,
  limit_pattern TEXT,
  extra_var_names TEXT NOT NULL,
  check_mode BOOLEAN NOT NULL,
  who TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL,
  started_at TEXT,
  ended_at TEXT,
  exit_code INTEGER,
  last_seq INTEGER NOT NULL DEFAULT 0,
  owner TEXT,
  lease_until TEXT`;

const REST = `
CREATE INDEX runs_status ON runs (status);
CREATE TABLE run_hosts (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  host TEXT NOT NULL,
  state TEXT NOT NULL,
  task TEXT,
  ok INTEGER NOT NULL, changed INTEGER NOT NULL, unreachable INTEGER NOT NULL, failed INTEGER NOT NULL,
  skipped INTEGER NOT NULL, rescued INTEGER NOT NULL, ignored INTEGER NOT NULL,
  PRIMARY KEY (run_id, host)
);
CREATE TABLE events (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  time TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (run_id, seq)
);
CREATE TABLE remote_jobs (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  host TEXT NOT NULL,
  jid TEXT NOT NULL,
  task TEXT NOT NULL,
  state TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (run_id, host, jid)
);
CREATE TABLE tokens (
  hash TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
);`;

/** Slices of runs split by host count, and what a worker taking one over needs to reattach. */
const SLICES = (id: string) => `
ALTER TABLE runs ADD COLUMN slice_size INTEGER;
ALTER TABLE runs ADD COLUMN stop_request TEXT;
ALTER TABLE runs ADD COLUMN finisher TEXT;
ALTER TABLE runs ADD COLUMN extra_vars TEXT;
ALTER TABLE remote_jobs ADD COLUMN launch_key TEXT;
ALTER TABLE remote_jobs ADD COLUMN launch TEXT;
CREATE TABLE slices (
  run_id ${id} NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  hosts TEXT NOT NULL,
  status TEXT NOT NULL,
  owner TEXT,
  lease_until TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  exit_code INTEGER,
  cancelled BOOLEAN,
  stats TEXT,
  PRIMARY KEY (run_id, idx)
);`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sqlite: `CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, ${RUNS_COLUMNS});${REST}`,
    postgres: `CREATE TABLE runs (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ${RUNS_COLUMNS});${REST.replaceAll('run_id INTEGER', 'run_id BIGINT')}`,
  },
  { version: 2, sqlite: SLICES('INTEGER'), postgres: SLICES('BIGINT') },
];
