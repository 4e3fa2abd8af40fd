/**
 * `castoff worker` as a library call: joins the server's PostgreSQL database and runs the slices
 * of runs it is given, until closed.
 */
import { ConfigError } from '../index.js';
import { isPostgres, openStore, redactedUrl } from './serve.js';
import { SliceQueue } from './slices/slice-queue.js';
import { SliceWorker } from './slices/slice-worker.js';

export interface WorkOptions {
  /** The server's PostgreSQL database. */
  db: string;
  projects: ReadonlyMap<string, string>;
  /** Slices this worker runs at once; default 1. */
  slicesAtOnce?: number;
  heartbeatMs?: number;
  onWarning?: (message: string) => void;
}

export interface RunningWorker {
  owner: string;
  close(): Promise<void>;
}

export async function startWorker(options: WorkOptions): Promise<RunningWorker> {
  if (!isPostgres(options.db)) throw new ConfigError('castoff worker needs --db postgres://...: the database its server uses');
  const store = await openStore(options.db);
  let queue: SliceQueue | undefined;
  try {
    await store.migrate().catch((err: Error) => {
      throw new ConfigError(`cannot use the database ${redactedUrl(options.db)}: ${err.message}`);
    });
    queue = await SliceQueue.open(options.db, (err) => options.onWarning?.(`queue: ${err.message}`));
    const worker = new SliceWorker(store, queue, { projects: options.projects, slicesAtOnce: options.slicesAtOnce ?? 1, heartbeatMs: options.heartbeatMs, onWarning: options.onWarning });
    await worker.open();
    return {
      owner: worker.owner,
      close: async () => {
        await worker.close();
        await store.close();
      },
    };
  } catch (err) {
    await queue?.close();
    await store.close();
    throw err;
  }
}
