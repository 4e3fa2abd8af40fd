/**
 * A job's end as a connection pushes it (Connection.watchJob), for the poll loop: one watch per
 * wait, started with the job and stopped when the wait ends, however it ends. While it watches,
 * the loop needs to check only at the poll cadence; once it has pushed, the loop reads the status
 * at once. A watch the host can no longer keep (the helper was lost) is not the user's problem:
 * it just stops, and the loop goes back to detecting the end on its own schedule.
 */
import type { Connection } from '../connection/index.js';
import type { AsyncJob } from './job.js';

export class PushedEnd {
  /** `pushed`: the host said the job ended and the status was not read since; `read`: it was. */
  private state: 'watching' | 'pushed' | 'read' | 'lost' | 'stopped' = 'watching';
  /** Settles (never rejects) when the watch pushes the end, is lost or is stopped. */
  readonly settled: Promise<void>;

  private constructor(
    watch: Promise<void>,
    private readonly stopper: AbortController,
  ) {
    this.settled = watch.then(
      () => this.ended('pushed'),
      () => this.ended('lost'),
    );
  }

  /** A watch of the job on `conn`, or undefined when the connection cannot watch jobs. */
  static start(conn: Connection, job: Pick<AsyncJob, 'jid' | 'asyncDir' | 'become' | 'python'>): PushedEnd | undefined {
    if (!conn.watchJob) return undefined;
    const stopper = new AbortController();
    let watch: Promise<void>;
    try {
      watch = conn.watchJob({ jid: job.jid, asyncDir: job.asyncDir, become: job.become, python: job.python }, stopper.signal);
    } catch (err) {
      watch = Promise.reject(err);
    }
    return new PushedEnd(watch, stopper);
  }

  private ended(how: 'pushed' | 'lost'): void {
    if (this.state === 'watching') this.state = how;
  }

  /** Still waiting for the host to say the job ended. */
  get watching(): boolean {
    return this.state === 'watching';
  }

  /** The host said the job's record is final (or its file is gone), and the status is yet to be read. */
  get pushed(): boolean {
    return this.state === 'pushed';
  }

  /** The status is being read: the push is answered. */
  read(): void {
    if (this.state === 'pushed') this.state = 'read';
  }

  /** Ends the watch on the host's side; whatever it says afterwards is not heard. */
  stop(): void {
    if (this.state === 'watching') this.state = 'stopped';
    this.stopper.abort();
  }
}
