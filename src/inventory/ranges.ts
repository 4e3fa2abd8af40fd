/**
 * Host names and addresses as inventories write them: ranges (`web[01:10].example.com`,
 * `db-[a:c]`, `[1:9:2]`), `host:port` and `[ipv6]:port`.
 */

export class HostRangeError extends Error {}

const RANGE = /\[([^\][:]*):([^\][:]*)(?::(\d+))?\]/;

/** Expands every range in a host pattern; names without ranges come back alone. */
export function expandHostRange(pattern: string): string[] {
  try {
    return expand(pattern);
  } catch (error) {
    if (error instanceof HostRangeError) throw new HostRangeError(`invalid host range in '${pattern}': ${error.message}`);
    throw error;
  }
}

function expand(pattern: string): string[] {
  const match = RANGE.exec(pattern);
  if (!match) return [pattern];
  const [whole, rawStart, end, rawStep] = match;
  const start = rawStart === '' ? '0' : rawStart;
  const step = rawStep === undefined ? 1 : Number(rawStep);
  if (step < 1) throw new HostRangeError(`'${whole}' needs a step of at least 1`);
  const head = pattern.slice(0, match.index);
  const tail = pattern.slice(match.index + whole.length);
  const names = rangeValues(whole, start, end, step);
  return names.flatMap((name) => expand(`${head}${name}${tail}`));
}

function rangeValues(whole: string, start: string, end: string, step: number): string[] {
  if (/^\d+$/.test(start) && /^\d+$/.test(end)) {
    const padded = start.length > 1 && start.startsWith('0');
    if (padded && start.length !== end.length) {
      throw new HostRangeError(`'${whole}' needs the same number of digits at both ends`);
    }
    return stepped(Number(start), Number(end), step, whole).map((n) => (padded ? String(n).padStart(start.length, '0') : String(n)));
  }
  if (/^[a-zA-Z]$/.test(start) && /^[a-zA-Z]$/.test(end)) {
    return stepped(start.charCodeAt(0), end.charCodeAt(0), step, whole).map((code) => String.fromCharCode(code));
  }
  throw new HostRangeError(`'${whole}' must be numbers like [01:10] or letters like [a:f]`);
}

function stepped(from: number, to: number, step: number, whole: string): number[] {
  if (to < from) throw new HostRangeError(`'${whole}' ends before it starts`);
  const values: number[] = [];
  for (let n = from; n <= to; n += step) values.push(n);
  return values;
}

export interface HostAddress {
  /** Host name or pattern (ranges not yet expanded). */
  host: string;
  port?: number;
}

function isIpv6(text: string): boolean {
  return /^[0-9a-fA-F:.%]+$/.test(text) && (text.includes('::') || text.split(':').length === 8);
}

/** Splits `host:port` and `[ipv6]:port`; a bare IPv6 address has no port. Ranges may hold colons. */
export function splitHostPort(text: string): HostAddress {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed && isIpv6(bracketed[1])) {
    return bracketed[2] === undefined ? { host: bracketed[1] } : { host: bracketed[1], port: Number(bracketed[2]) };
  }
  if (isIpv6(text)) return { host: text };
  const withPort = /^(.+):(\d+)$/.exec(text);
  if (withPort && !withPort[1].replace(/\[[^\]]*\]/g, '').includes(':')) {
    return { host: withPort[1], port: Number(withPort[2]) };
  }
  return { host: text };
}
