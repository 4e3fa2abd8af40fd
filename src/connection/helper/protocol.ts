/**
 * The warm helper's wire format (remote/helper.py): one JSON object per line each way. Requests
 * carry a numeric `id` and an `op`; a reply carries the id and either `ok` or `error`. The helper's
 * lines are host data: each is checked for its shape here before anything reads it.
 */

export const HELPER_PROTOCOL = 1;

export interface HelperRequest {
  id: number;
  op: string;
  [field: string]: unknown;
}

export interface HelperHello {
  ready: 1;
  pid: number;
  protocol: number;
}

export type HelperReply = { id: number; ok: Record<string, unknown> } | { id: number; error: { code: string; message: string } };

/** A line the helper should not have sent: the helper is treated as lost. */
export class HelperProtocolViolation extends Error {}

/** Splits a byte stream into lines, refusing a line longer than `maxLineBytes`. */
export class LineSplitter {
  private partial: Buffer[] = [];
  private partialBytes = 0;

  constructor(private readonly maxLineBytes: number) {}

  /** The complete lines in `chunk` (with what came before it), without their newline. */
  push(chunk: Buffer): string[] {
    const lines: string[] = [];
    let rest = chunk;
    for (let end = rest.indexOf(0x0a); end >= 0; end = rest.indexOf(0x0a)) {
      this.take(rest.subarray(0, end));
      lines.push(Buffer.concat(this.partial, this.partialBytes).toString('utf8'));
      this.partial = [];
      this.partialBytes = 0;
      rest = rest.subarray(end + 1);
    }
    if (rest.length > 0) this.take(Buffer.from(rest));
    return lines;
  }

  private take(part: Buffer): void {
    this.partialBytes += part.length;
    if (this.partialBytes > this.maxLineBytes) throw new HelperProtocolViolation(`a line longer than ${this.maxLineBytes} bytes`);
    this.partial.push(part);
  }
}

function parseObject(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new HelperProtocolViolation(`a line that is not JSON: ${preview(line)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new HelperProtocolViolation(`a line that is not a JSON object: ${preview(line)}`);
  return value as Record<string, unknown>;
}

export function parseHello(line: string): HelperHello {
  const hello = parseObject(line);
  if (hello.ready !== 1 || !Number.isSafeInteger(hello.pid) || hello.protocol !== HELPER_PROTOCOL) {
    throw new HelperProtocolViolation(`a greeting castoff does not know (protocol ${HELPER_PROTOCOL} expected): ${preview(line)}`);
  }
  return hello as unknown as HelperHello;
}

export function parseReply(line: string): HelperReply {
  const reply = parseObject(line);
  const { id } = reply;
  if (!Number.isSafeInteger(id)) throw new HelperProtocolViolation(`a reply without a request id: ${preview(line)}`);
  if (isObject(reply.ok) && !('error' in reply)) return { id: id as number, ok: reply.ok };
  const { error } = reply;
  if (isObject(error) && typeof error.code === 'string' && typeof error.message === 'string' && !('ok' in reply)) {
    return { id: id as number, error: { code: error.code, message: error.message } };
  }
  throw new HelperProtocolViolation(`a reply with neither a result nor an error: ${preview(line)}`);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A host's line shown in a message: short, and printable only (never escape codes). */
export function preview(text: string): string {
  const shown = JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text);
  return shown.replace(/[\u007f-\u009f]/g, '?');
}

/** Bytes as the helper carries them: base64 text, checked so that garbage is not decoded silently. */
export function decodeBytes(value: unknown, what: string): Buffer {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
    throw new HelperProtocolViolation(`${what} is not base64`);
  }
  return Buffer.from(value, 'base64');
}
