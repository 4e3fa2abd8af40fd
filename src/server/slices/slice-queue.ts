/**
 * The queue that hands slices to workers: pg-boss on the server's PostgreSQL database (its own
 * schema). A queued job only says which slice to run, with the run's extra variables, which the
 * database otherwise never holds; who runs a slice, and for how long, is the slice's lease in
 * castoff's own tables, so a worker that dies is noticed whatever the queue thinks of its job.
 */
import PgBoss from 'pg-boss';

export const SLICE_QUEUE = 'castoff-slices';

export interface SliceJob {
  runId: number;
  idx: number;
  extraVars: Record<string, unknown>;
}

export class SliceQueue {
  private constructor(private readonly boss: PgBoss) {}

  static async open(url: string, onError: (err: Error) => void): Promise<SliceQueue> {
    const boss = new PgBoss({ connectionString: url, schema: 'castoff_queue', max: 2 });
    boss.on('error', onError);
    await boss.start();
    await boss.createQueue(SLICE_QUEUE);
    return new SliceQueue(boss);
  }

  async send(job: SliceJob): Promise<void> {
    // Leases decide takeovers: the queue neither retries nor expires a slice on its own.
    await this.boss.send(SLICE_QUEUE, job, { retryLimit: 0, expireInHours: 23 });
  }

  /** Runs `handler` for each slice job, one at a time per call. */
  async work(handler: (job: SliceJob) => Promise<void>): Promise<void> {
    await this.boss.work<SliceJob>(SLICE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => handler(job.data));
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true });
  }
}
