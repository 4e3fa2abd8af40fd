/**
 * The queue that hands slices to workers: pg-boss on the server's PostgreSQL database (its own
 * schema). A queued job only says which slice to run; who runs it, and for how long, is the slice's
 * lease in castoff's own tables, so a worker that dies is noticed whatever the queue thinks of its job.
 */
import PgBoss from 'pg-boss';

export const SLICE_QUEUE = 'castoff-slices';

export interface SliceJob {
  runId: number;
  idx: number;
}

export class SliceQueue {
  private constructor(private readonly boss: PgBoss) {}

  static async open(url: string, onError: (err: Error) => void): Promise<SliceQueue> {
    const boss = new PgBoss({ connectionString: url, schema: 'castoff_queue', max: 2 });
    boss.on('error', onError);
    await boss.start();
    // At most one waiting job per slice: sending a slice again while one waits does nothing, so the
    // workers may re-send every queued slice whose job a dead worker took before claiming it.
    await boss.createQueue(SLICE_QUEUE, { name: SLICE_QUEUE, policy: 'short' });
    return new SliceQueue(boss);
  }

  async send(job: SliceJob): Promise<void> {
    // Leases decide takeovers: the queue neither retries nor expires a slice on its own.
    await this.boss.send(SLICE_QUEUE, job, { retryLimit: 0, expireInHours: 23, singletonKey: `${job.runId}/${job.idx}` });
  }

  /** Runs `handler` for each slice job, one at a time per call. */
  async work(handler: (job: SliceJob) => Promise<void>): Promise<void> {
    await this.boss.work<SliceJob>(SLICE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => handler(job.data));
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true });
  }
}
