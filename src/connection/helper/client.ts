/**
 * The controller's end of one warm helper: numbers requests, matches the helper's replies to them
 * (they may come in any order), cancels on abort, and fails everything that waits when the helper
 * is lost. It knows nothing of what the ops mean (see helper-ops.ts).
 */
import { CancelledError, HelperLostError, UnreachableError } from '../../core/errors.js';
import { HelperProtocolViolation, LineSplitter, parseHello, parseReply, type HelperHello } from './protocol.js';

/** How the client reaches the helper's stdin. */
export interface HelperTransport {
  write(line: string): void;
  /** Ends the helper's stdin (it exits). */
  close(): void;
}

/** The helper answered a request with an error (`code` as the helper names it: ENOENT, EFBIG, ...). */
export class HelperRequestFailed extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface HelperClientOptions {
  /** The longest line the helper may send; a longer one is a protocol violation. */
  maxLineBytes: number;
  /** Every request sent, for the connection's stats. */
  onRequest?: () => void;
  /** The helper is gone (once). */
  onLost?: (why: Error) => void;
}

interface Waiting {
  /** What the request does, for the message when the helper is lost meanwhile. */
  what: string;
  resolve(value: Record<string, unknown>): void;
  reject(err: Error): void;
}

export class HelperClient {
  /** Resolves with the helper's greeting; rejects when it is lost first. */
  readonly ready: Promise<HelperHello>;
  private hello: HelperHello | undefined;
  private readyResolve!: (hello: HelperHello) => void;
  private readyReject!: (err: Error) => void;
  private readonly waiting = new Map<number, Waiting>();
  /** Requests given up (cancelled): their late replies are expected and dropped. */
  private readonly abandoned = new Set<number>();
  private readonly splitter: LineSplitter;
  private nextId = 1;
  private lostWith: { why: string; unreachable?: UnreachableError } | undefined;

  constructor(
    private readonly host: string,
    private readonly transport: HelperTransport,
    private readonly options: HelperClientOptions,
  ) {
    this.splitter = new LineSplitter(options.maxLineBytes);
    this.ready = new Promise((resolve, reject) => {
      this.readyResolve = resolve;
      this.readyReject = reject;
    });
    this.ready.catch(() => undefined);
  }

  get isLost(): boolean {
    return this.lostWith !== undefined;
  }

  /** Whether the helper went with the connection under it (not by its own end). */
  get lostWithConnection(): boolean {
    return this.lostWith?.unreachable !== undefined;
  }

  /** Why the helper was lost, for messages. */
  get lossReason(): string | undefined {
    return this.lostWith?.why;
  }

  /** The helper's pid on the host, once it greeted. */
  get pid(): number | undefined {
    return this.hello?.pid;
  }

  /** Bytes from the helper's stdout. */
  receive(chunk: Buffer): void {
    if (this.lostWith) return;
    try {
      for (const line of this.splitter.push(chunk)) this.line(line);
    } catch (err) {
      if (!(err instanceof HelperProtocolViolation)) throw err;
      this.lose(`it sent ${err.message}`);
      this.transport.close();
    }
  }

  /** The helper's channel is gone: `unreachable` when the connection under it went. */
  closed(why: string, unreachable?: UnreachableError): void {
    this.lose(why, unreachable);
  }

  /**
   * A reply that parsed but does not hold what its op answers: the helper is not to be trusted any
   * more. Returns the error for the operation that got it.
   */
  violated(violation: HelperProtocolViolation, what: string): Error {
    this.lose(`it sent ${violation.message}`);
    this.transport.close();
    return this.lostError(what);
  }

  /** Ends the helper (its stdin closes); whatever waits fails. */
  close(): void {
    this.lose('the connection was closed');
    this.transport.close();
  }

  /**
   * One request, one reply: the reply's `ok` object, or HelperRequestFailed with the helper's
   * error. Aborting asks the helper to cancel the request and rejects with CancelledError at once.
   */
  request(op: string, body: Record<string, unknown>, what: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    if (this.lostWith) return Promise.reject(this.lostError(what));
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.waiting.delete(id);
        this.abandoned.add(id);
        const cancel = this.nextId++;
        this.abandoned.add(cancel);
        this.send({ id: cancel, op: 'cancel', target: id });
        reject(new CancelledError());
      };
      const done = () => signal?.removeEventListener('abort', onAbort);
      this.waiting.set(id, {
        what,
        resolve: (value) => {
          done();
          resolve(value);
        },
        reject: (err) => {
          done();
          reject(err);
        },
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      this.send({ ...body, id, op });
    });
  }

  private send(request: Record<string, unknown>): void {
    this.options.onRequest?.();
    this.transport.write(`${JSON.stringify(request)}\n`);
  }

  private line(line: string): void {
    if (!this.hello) {
      this.hello = parseHello(line);
      this.readyResolve(this.hello);
      return;
    }
    const reply = parseReply(line);
    const waiting = this.waiting.get(reply.id);
    if (!waiting) {
      if (this.abandoned.delete(reply.id)) return;
      throw new HelperProtocolViolation(`a reply to request ${reply.id}, which nobody waits for`);
    }
    this.waiting.delete(reply.id);
    if ('ok' in reply) waiting.resolve(reply.ok);
    else waiting.reject(new HelperRequestFailed(reply.error.code, reply.error.message));
  }

  private lostError(what: string): Error {
    const lost = this.lostWith!;
    // The connection itself went: the operation failed as any other on a lost connection does.
    if (lost.unreachable) return lost.unreachable;
    return new HelperLostError(`${this.host}: the warm helper was lost while ${what}: ${lost.why}`);
  }

  private lose(why: string, unreachable?: UnreachableError): void {
    if (this.lostWith) return;
    this.lostWith = { why, unreachable };
    this.readyReject(this.lostError('starting'));
    for (const waiting of this.waiting.values()) waiting.reject(this.lostError(waiting.what));
    this.waiting.clear();
    this.options.onLost?.(this.lostError('idle'));
  }
}
