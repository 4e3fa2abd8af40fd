/**
 * Drives one exec's streams for every connection kind (see SettlingExec): without become the
 * command's stdin goes at once; with become the dialogue decides when the password and the stdin
 * go, and a become program that neither asks nor lets the command start fails at the become timeout.
 */
import { BecomeError } from '../core/errors.js';
import { BecomeDialogue, type DialogueStep } from './become-dialogue.js';
import type { WrappedCommand } from './become.js';

/** What the session does to the exec it drives. */
export interface ExecIo {
  /** Output that belongs to the command. */
  stdout(chunk: Buffer): void;
  stderr(chunk: Buffer): void;
  /** Written to the become program's stdin, leaving it open (the password line). */
  write(text: string): void;
  /** The command runs: send its stdin. */
  start(): void;
  /** The become step failed: stop the exec (`timedOut`: it may still be running) and reject with `err`. */
  fail(err: BecomeError, timedOut: boolean): void;
}

/** Ansible's default: its connection timeout (10 s) plus 2 s. */
export const DEFAULT_BECOME_TIMEOUT_MS = 12_000;

export class ExecSession {
  private readonly dialogue: BecomeDialogue | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failed = false;

  constructor(
    private readonly host: string,
    wrapped: WrappedCommand,
    private readonly io: ExecIo,
    private readonly becomeTimeoutMs = DEFAULT_BECOME_TIMEOUT_MS,
  ) {
    this.dialogue = wrapped.become ? new BecomeDialogue(wrapped.become) : undefined;
  }

  /** Called once the exec runs. */
  begin(): void {
    if (!this.dialogue) return this.io.start();
    this.timer = setTimeout(() => {
      const seconds = Math.round(this.becomeTimeoutMs / 1000);
      this.fail(this.dialogue?.timeoutMessage(seconds) ?? '', true);
    }, this.becomeTimeoutMs);
  }

  stdout(chunk: Buffer): void {
    if (this.failed) return;
    if (!this.dialogue) return this.io.stdout(chunk);
    this.apply(this.dialogue.stdout(chunk));
  }

  stderr(chunk: Buffer): void {
    if (this.failed) return;
    if (!this.dialogue) return this.io.stderr(chunk);
    this.apply(this.dialogue.stderr(chunk));
  }

  /**
   * The exec ended: undefined when its result stands (kept output already handed over), or the
   * become failure when the command never started.
   */
  end(): BecomeError | undefined {
    this.stop();
    if (!this.dialogue || this.dialogue.hasStarted || this.failed) return undefined;
    const { stdout, stderr, failure } = this.dialogue.ended();
    if (failure) return this.error(failure);
    if (stdout.length) this.io.stdout(stdout);
    if (stderr.length) this.io.stderr(stderr);
    return undefined;
  }

  /** Stops the become timer (the exec was aborted or is over). */
  stop(): void {
    clearTimeout(this.timer);
  }

  private apply(step: DialogueStep): void {
    if (step.stdout?.length) this.io.stdout(step.stdout);
    if (step.stderr?.length) this.io.stderr(step.stderr);
    if (step.failure) return this.fail(step.failure, false);
    if (step.reply !== undefined) this.io.write(step.reply);
    if (step.started) {
      this.stop();
      this.io.start();
    }
  }

  private fail(message: string, timedOut: boolean): void {
    if (this.failed) return;
    this.failed = true;
    this.stop();
    this.io.fail(this.error(message), timedOut);
  }

  private error(message: string): BecomeError {
    return new BecomeError(`${this.host}: ${message}`);
  }
}
