/**
 * One exec's end, the same for every connection kind: the result settles exactly once, whether the
 * command exits, the become step fails, the transport fails or the caller aborts; the output goes
 * through the become dialogue (ExecSession) into bounded head+tail buffers.
 */
import { CancelledError } from '../core/errors.js';
import { wrapCommand, type WrappedCommand } from './become.js';
import { environmentOnStdin } from './environment.js';
import { ExecSession } from './exec-session.js';
import { HeadTailBuffer } from './head-tail.js';
import { newTaskMarker } from './quote.js';
import { stdinBytes, truncationOf, type ExecOptions, type ExecResult } from './types.js';

/** A command made ready to run: wrapped for become, its environment moved onto its stdin. */
export interface PreparedCommand {
  wrapped: WrappedCommand;
  /** The command's own stdin (after the environment). */
  stdin: Buffer;
  /** This exec's TASK_MARKER value, to find its processes again for a kill. */
  marker: string;
}

export function prepareCommand(command: string, options: ExecOptions): PreparedCommand {
  const marker = newTaskMarker();
  const input = environmentOnStdin(command, options.env, options.stdin);
  const stdin = stdinBytes(input);
  return { wrapped: wrapCommand(input.command, options.become, marker, stdin.length), stdin, marker };
}

/** What the settling does to the transport it watches. */
export interface ExecTransport {
  /** Written to the exec's stdin, leaving it open (the become password line). */
  write(text: string): void;
  /** The command runs: send its stdin. */
  start(): void;
  /**
   * The exec is given up: the caller aborted (`cancelled`), or the become step failed (`timedOut`:
   * su or sudo may still be waiting). Close the transport and kill what still runs.
   */
  stop(why: { cancelled: boolean; timedOut: boolean }): void;
}

export interface SettlingOptions {
  /** Bytes kept of each stream. */
  limit: number;
  signal: AbortSignal | undefined;
  becomeTimeoutMs?: number;
}

export class SettlingExec {
  /** Settles once: the exec's result, or why it has none. */
  readonly result: Promise<ExecResult>;
  private readonly out: HeadTailBuffer;
  private readonly err: HeadTailBuffer;
  private readonly session: ExecSession;
  private settled = false;
  private resolve!: (result: ExecResult) => void;
  private reject!: (err: Error) => void;

  constructor(
    host: string,
    wrapped: WrappedCommand,
    private readonly options: SettlingOptions,
    private readonly transport: ExecTransport,
  ) {
    this.result = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.out = new HeadTailBuffer(options.limit);
    this.err = new HeadTailBuffer(options.limit);
    this.session = new ExecSession(
      host,
      wrapped,
      {
        stdout: (chunk) => this.out.push(chunk),
        stderr: (chunk) => this.err.push(chunk),
        write: (text) => transport.write(text),
        start: () => transport.start(),
        fail: (error, timedOut) => {
          if (!this.finish()) return;
          transport.stop({ cancelled: false, timedOut });
          this.reject(error);
        },
      },
      options.becomeTimeoutMs,
    );
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  get isSettled(): boolean {
    return this.settled;
  }

  /** Called once the exec runs. An abort that came while it was starting kills it now. */
  begin(): void {
    if (this.options.signal?.aborted) return this.onAbort();
    this.session.begin();
  }

  stdout(chunk: Buffer): void {
    this.session.stdout(chunk);
  }

  stderr(chunk: Buffer): void {
    this.session.stderr(chunk);
  }

  /** The command exited (`rc` null when a signal ended it). */
  exited(rc: number | null, signal: string | null): void {
    if (!this.finish()) return;
    const failure = this.session.end();
    if (failure) return this.reject(failure);
    const truncated = truncationOf(this.out, this.err);
    this.resolve({ rc, signal, stdout: this.out.toBuffer(), stderr: this.err.toBuffer(), ...(truncated ? { truncated } : {}) });
  }

  /** The transport failed before the command's exit was known. */
  failed(error: Error): void {
    if (this.finish()) this.reject(error);
  }

  private readonly onAbort = (): void => {
    if (!this.finish()) return;
    this.transport.stop({ cancelled: true, timedOut: false });
    this.reject(new CancelledError());
  };

  private finish(): boolean {
    if (this.settled) return false;
    this.settled = true;
    this.session.stop();
    this.options.signal?.removeEventListener('abort', this.onAbort);
    return true;
  }
}
