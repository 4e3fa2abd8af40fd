/**
 * A host held in memory for the poll loop's tests: one async job whose status the wrapper's
 * --read-status returns (running until `end()` or its run time is over), --terminate and the
 * cleanup `rm` answered as the host's code answers them, and, when asked for, a `watchJob` the
 * test resolves or rejects. Every command the loop sends is logged. Pure logic, no host.
 */
import { CancelledError } from '../../../src/core/errors.js';
import { emptyStats, type Connection, type ExecOptions, type ExecResult, type JobWatch } from '../../../src/connection/types.js';
import type { AsyncJob } from '../../../src/async/index.js';
import type { ModuleResult } from '../../../src/core/index.js';

interface Watch {
  job: JobWatch;
  signal: AbortSignal;
  resolve: () => void;
  reject: (err: Error) => void;
}

const FINAL: ModuleResult = { rc: 0, stdout: 'done', stderr: '', changed: true, cmd: 'sleep' };

export class InMemoryHost implements Connection {
  readonly host = 'mem1';
  readonly stats = emptyStats();
  readonly outputLimit = 1024 * 1024;
  /** Every command exec'd, in order. */
  readonly commands: string[] = [];
  readonly watches: Watch[] = [];
  readonly job: AsyncJob;
  private final: ModuleResult | undefined;
  private endTimer: NodeJS.Timeout | undefined;
  private readonly pushes: boolean;
  private readonly readMs: number;
  private hangingReads: number;

  /**
   * `runSeconds`: the job ends by itself that long after the launch (never when absent).
   * `watch`: the connection has watchJob, which pushes the end as it happens (`push`), or leaves
   * it to the test ('manual'). `readMs`: a status read answers that long after the status it read.
   * `hangingReads`: that many status reads, the first ones, never answer (until they are aborted).
   */
  constructor(options: { runSeconds?: number; limit?: number; watch?: 'push' | 'manual'; readMs?: number; hangingReads?: number } = {}) {
    const launchedAt = performance.now();
    this.job = {
      host: this.host,
      jid: 'j123.456',
      resultsFile: '/home/u/.ansible_async/j123.456',
      asyncDir: '/home/u/.ansible_async',
      limit: options.limit ?? 60,
      launchedAt,
      launchedAtEpoch: Date.now(),
      python: '/usr/bin/python3',
      wrapperPath: '/home/u/.castoff/async_wrapper.py',
    };
    this.pushes = options.watch === 'push';
    this.readMs = options.readMs ?? 0;
    this.hangingReads = options.hangingReads ?? 0;
    if (options.runSeconds !== undefined) this.endTimer = setTimeout(() => this.end(), options.runSeconds * 1000);
    if (options.watch) {
      this.watchJob = (job, signal) =>
        new Promise<void>((resolve, reject) => {
          this.watches.push({ job, signal, resolve, reject });
          if (this.pushes && this.final) resolve();
        });
    }
  }

  watchJob?: (job: JobWatch, signal: AbortSignal) => Promise<void>;

  /** The job's record becomes final; a pushing watch reports it at once. */
  end(record: ModuleResult = FINAL): void {
    clearTimeout(this.endTimer);
    this.final ??= record;
    if (this.pushes) for (const w of this.watches) if (!w.signal.aborted) w.resolve();
  }

  /** How many status reads were made. */
  get reads(): number {
    return this.commands.filter((c) => c.includes('--read-status')).length;
  }

  async exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    if (options.signal?.aborted) throw new CancelledError();
    this.commands.push(command);
    const reply = (stdout: string, rc = 0): ExecResult => ({ rc, signal: null, stdout: Buffer.from(stdout), stderr: Buffer.alloc(0) });
    if (command.includes('--read-status')) {
      if (this.hangingReads > 0) {
        this.hangingReads--;
        await new Promise((_resolve, reject) => options.signal?.addEventListener('abort', () => reject(new CancelledError()), { once: true }));
      }
      const record = JSON.stringify(this.final ?? { started: 1, finished: 0, ansible_job_id: this.job.jid });
      if (this.readMs > 0) {
        // A read given up (its signal aborted) never answers, as a cancelled request on a host.
        await new Promise((resolve, reject) => {
          const timer = setTimeout(resolve, this.readMs);
          options.signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new CancelledError())), { once: true });
        });
      }
      return reply(record);
    }
    if (command.includes('--terminate')) {
      const record = this.final ?? { failed: 1, finished: 1, killed: true, msg: 'Job terminated by request', ansible_job_id: this.job.jid };
      this.final = record;
      return reply(`${JSON.stringify(record)}\n`);
    }
    if (command.startsWith('rm -f')) return reply('');
    throw new Error(`unexpected command: ${command}`);
  }

  put(): Promise<void> {
    throw new Error('not used by the poll loop');
  }
  get(): Promise<Buffer> {
    throw new Error('not used by the poll loop');
  }
  stat(): Promise<null> {
    throw new Error('not used by the poll loop');
  }
  mkdirp(): Promise<void> {
    throw new Error('not used by the poll loop');
  }
  rmrf(): Promise<void> {
    throw new Error('not used by the poll loop');
  }
  async connect(): Promise<void> {}
  async reconnect(): Promise<void> {}
  linger(work: Promise<unknown>): void {
    work.catch(() => undefined);
  }
  async close(): Promise<void> {
    clearTimeout(this.endTimer);
  }
}
