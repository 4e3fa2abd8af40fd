/**
 * Bounded capture of a command's output: the first half of the limit and the last half are kept,
 * with a marker between them, so memory stays bounded whatever a host prints while the start (the
 * command's banner) and the end (its error, its summary) both survive.
 */

/** Bytes kept of each stream unless the `output_limit` setting says otherwise: 10 MiB. */
export const DEFAULT_OUTPUT_LIMIT = 10 * 1024 * 1024;

/** The extra room a module's JSON result gets over twice the limit (its keys, rc, cmd, ...). */
const MODULE_RESULT_SLACK = 1024 * 1024;

/**
 * The most a module's JSON result (stdout, stderr and the rest, each stream capped at `limit`) or
 * an async job's status file may take; the controller reads nothing bigger.
 */
export function moduleResultLimit(limit: number): number {
  return 2 * limit + MODULE_RESULT_SLACK;
}

/** What was cut from a stream: `kept` of its `total` bytes remain (markers not counted). */
export interface StreamTruncation {
  kept: number;
  total: number;
}

export function omissionMarker(omitted: number): string {
  return `\n[castoff: ${omitted} bytes of output omitted]\n`;
}

/** The warning a result carries for a cut stream, e.g. "stdout was truncated: 10485760 bytes of 314572800 kept". */
export function truncationWarning(stream: string, cut: StreamTruncation): string {
  return `${stream} was truncated: ${cut.kept} bytes of ${cut.total} kept (output_limit)`;
}

export class HeadTailBuffer {
  private readonly headLimit: number;
  private readonly tailLimit: number;
  private readonly head: Buffer[] = [];
  private headBytes = 0;
  // The tail holds whole chunks and may run one chunk over its limit until it is read.
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private seen = 0;

  constructor(readonly limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`output limit must be a non-negative integer, got ${limit}`);
    this.headLimit = Math.ceil(limit / 2);
    this.tailLimit = limit - this.headLimit;
  }

  /** Every byte pushed so far, kept or not. */
  get total(): number {
    return this.seen;
  }

  get truncated(): boolean {
    return this.seen > this.limit;
  }

  /** undefined when everything was kept. */
  get truncation(): StreamTruncation | undefined {
    return this.truncated ? { kept: this.limit, total: this.seen } : undefined;
  }

  push(chunk: Buffer): void {
    this.seen += chunk.length;
    let rest = chunk;
    if (this.headBytes < this.headLimit) {
      const taken = rest.subarray(0, this.headLimit - this.headBytes);
      // A copy, so a large chunk from the transport is not kept alive by a small slice of it.
      this.head.push(Buffer.from(taken));
      this.headBytes += taken.length;
      rest = rest.subarray(taken.length);
    }
    if (rest.length === 0 || this.tailLimit === 0) return;
    if (rest.length >= this.tailLimit) {
      this.tail = [Buffer.from(rest.subarray(rest.length - this.tailLimit))];
      this.tailBytes = this.tailLimit;
      return;
    }
    this.tail.push(Buffer.from(rest));
    this.tailBytes += rest.length;
    while (this.tailBytes - this.tail[0].length >= this.tailLimit) this.tailBytes -= this.tail.shift()!.length;
  }

  /** The bytes kept, with the omission marker between head and tail when something was cut. */
  toBuffer(): Buffer {
    const head = Buffer.concat(this.head, this.headBytes);
    const tail = Buffer.concat(this.tail, this.tailBytes);
    if (!this.truncated) return Buffer.concat([head, tail]);
    const keptTail = tail.subarray(tail.length - this.tailLimit);
    return Buffer.concat([head, Buffer.from(omissionMarker(this.seen - this.limit)), keptTail]);
  }
}
