/**
 * `castoff serve` as a library call: opens the store, takes over what earlier servers left, and
 * listens. The CLI and the tests start the server through this alone.
 */
import { isIP } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { ConfigError } from '../index.js';
import { buildApp } from './http/app.js';
import { setUpTokens, type TokenSetup } from './http/tokens.js';
import { RunManager } from './runs/run-manager.js';
import { SliceQueue } from './slices/slice-queue.js';
import type { Store } from './store/store.js';

export interface ServeOptions {
  /** Address to listen on; default 127.0.0.1. Anything but loopback needs `allowRemote`. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  allowRemote?: boolean;
  /** The SQLite file (default `<home>/castoff.db`), or a `postgres://` URL. */
  db?: string;
  /** castoff's home ($CASTOFF_HOME or ~/.castoff): the database and the jobs journal. */
  home: string;
  /** Project name to directory; default: the current directory, named after it. */
  projects?: ReadonlyMap<string, string>;
  /** Read the API token from this file, or write a new one to it when it does not exist. */
  tokenFile?: string;
  /** Runs at once; default 4. */
  maxRuns?: number;
  /** Keep events of ended runs this many days / at most this many events in all. */
  retentionDays?: number;
  retentionRows?: number;
  /** Lease renewal period in ms (tests shorten it). */
  heartbeatMs?: number;
  /** Split each run into slices of this many hosts, for `castoff worker` processes (PostgreSQL only). */
  sliceSize?: number;
  /** Told what the server's background work could not do (a database that stopped answering). */
  onWarning?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  /** A token made at this start, to be shown once (none when one existed or went to the token file). */
  tokens: TokenSetup;
  store: Store;
  close(): Promise<void>;
}

const RETENTION_PERIOD_MS = 60 * 60 * 1000;

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** The URL with its password hidden, for messages. */
export const redactedUrl = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

export const isPostgres = (db: string) => /^postgres(ql)?:\/\//.test(db);

/** The store for `db`: a SQLite file, or a PostgreSQL URL. */
export async function openStore(db: string): Promise<Store> {
  if (isPostgres(db)) {
    const { PostgresStore } = await import('./store/postgres-store.js');
    return new PostgresStore(db);
  }
  // better-sqlite3 is a native module: only the server needs it, so only the server loads it.
  const { SqliteStore } = await import('./store/sqlite-store.js');
  try {
    return new SqliteStore(db);
  } catch (err) {
    const message = (err as Error).message;
    if (/bindings|\.node|NODE_MODULE_VERSION/.test(message)) {
      throw new ConfigError(`castoff serve needs better-sqlite3's native module, which is not built (installed with --ignore-scripts?): run 'npm rebuild better-sqlite3' (${message.split('\n')[0]})`);
    }
    throw new ConfigError(`cannot open the database ${db}: ${message}`);
  }
}

/** Drops old events as the retention options say. */
async function prune(store: Store, options: ServeOptions): Promise<void> {
  if (options.retentionDays === undefined && options.retentionRows === undefined) return;
  const endedBefore = options.retentionDays === undefined ? undefined : new Date(Date.now() - options.retentionDays * 86_400_000).toISOString();
  await store.prune({ endedBefore, maxRows: options.retentionRows });
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.allowRemote) {
    throw new ConfigError(`castoff serve listens on loopback only unless told otherwise: to listen on ${host}, add --allow-remote (and put TLS in front of it)`);
  }
  const projects = options.projects && options.projects.size > 0 ? options.projects : new Map([[basename(process.cwd()) || 'default', process.cwd()]]);
  const db = options.db ?? join(options.home, 'castoff.db');
  if (options.sliceSize !== undefined && !isPostgres(db)) throw new ConfigError('--slice-size needs --db postgres://...: the workers share the server\'s database');
  const store = await openStore(db);
  let queue: SliceQueue | undefined;
  try {
    await store.migrate().catch((err: Error) => {
      throw new ConfigError(`cannot use the database ${redactedUrl(db)}: ${err.message}`);
    });
    const tokens = await setUpTokens(store, options.tokenFile && resolve(options.tokenFile));
    if (options.sliceSize !== undefined) queue = await SliceQueue.open(db, (err) => options.onWarning?.(`queue: ${err.message}`));
    const runs = new RunManager(store, {
      projects,
      maxRuns: options.maxRuns ?? 4,
      heartbeatMs: options.heartbeatMs,
      onWarning: options.onWarning,
      ...(queue && options.sliceSize !== undefined ? { slicing: { size: options.sliceSize, queue } } : {}),
    });
    await runs.open();
    await prune(store, options);
    const pruning = setInterval(() => void prune(store, options).catch((err: Error) => options.onWarning?.(`pruning events: ${err.message}`)), RETENTION_PERIOD_MS);
    pruning.unref();
    const app = buildApp({ store, runs, projects });
    await app.listen({ host, port: options.port ?? 8080 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      tokens,
      store,
      close: async () => {
        clearInterval(pruning);
        // Runs first: a live log streamed to a page ends only once its run has, and the HTTP
        // server waits for it.
        await runs.close();
        await app.close();
        await queue?.close();
        await store.close();
      },
    };
  } catch (err) {
    await queue?.close();
    await store.close();
    throw err;
  }
}
