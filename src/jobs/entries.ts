/**
 * The journal's line types and the guard every line passes on read. A journal is a file anyone
 * (or a crash, or a full disk) may have damaged, so a line becomes an entry only once each field
 * the commands use has the right type; what comes back is rebuilt from the checked fields alone.
 */
import type { JournalConnection } from './records.js';

interface LaunchFields {
  /** ISO 8601 time the line was written. */
  time: string;
  runId: string;
  host: string;
  asyncDir: string;
  limit: number;
  launchedAtEpoch: number;
  poll: number;
  become: { method: string; user?: string } | null;
  python: string;
  wrapperPath: string;
  argsFile?: string;
  connection: JournalConnection;
}

/**
 * Written and synced before the launch exec: the job id prefix the controller chose, so a job whose
 * launch reply never came back is still found on its host (`<async dir>/<prefix>.<pid>`).
 */
export interface LaunchingEntry extends LaunchFields {
  event: 'launching';
  prefix: string;
  argsFile: string;
}

/** Written once the wrapper replied with the job id and status file. */
export interface LaunchEntry extends LaunchFields {
  event: 'launched';
  jid: string;
  resultsFile: string;
}

/** What happened to a job after its launch. */
export type JobEventKind = 'collected' | 'killed' | 'cleaned';

export interface JobEventEntry {
  event: JobEventKind;
  /** The job id, or only its prefix for a job whose id was never learnt. */
  jid: string;
  host: string;
  time: string;
}

export type JournalEntry = LaunchingEntry | LaunchEntry | JobEventEntry;

const PREFIX = /^j\d+$/;
const JID_OR_PREFIX = /^j\d+(\.\d+)?$/;
const FULL_JID = /^j\d+\.\d+$/;

/** The job id prefix the controller chose (`j<digits>`), from a full id or a prefix. */
export function jidPrefix(jid: string): string {
  return jid.split('.')[0];
}

type Fields = Record<string, unknown>;
/** The checked value, or a reason the field is not valid. */
type Check<T> = (value: unknown) => { ok: T } | { bad: string };

class InvalidEntry extends Error {}

function field<T>(record: Fields, name: string, check: Check<T>, where = ''): T {
  const value = record[name];
  const checked = check(value);
  if ('bad' in checked) throw new InvalidEntry(`${where}'${name}' ${value === undefined ? 'is missing' : checked.bad}`);
  return checked.ok;
}

function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value) => (value === undefined ? { ok: undefined } : check(value));
}

const text: Check<string> = (v) => (typeof v === 'string' && v !== '' ? { ok: v } : { bad: 'is not a non-empty string' });
const matching =
  (pattern: RegExp): Check<string> =>
  (v) =>
    typeof v === 'string' && pattern.test(v) ? { ok: v } : { bad: `does not match ${pattern.source}` };
const finite: Check<number> = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? { ok: v } : { bad: 'is not a non-negative number' });
const port: Check<number> = (v) => (Number.isInteger(v) && (v as number) > 0 && (v as number) < 65536 ? { ok: v as number } : { bad: 'is not a TCP port' });
const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v) =>
    values.includes(v as T) ? { ok: v as T } : { bad: `is not one of ${values.join(', ')}` };
const object: Check<Fields> = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? { ok: v as Fields } : { bad: 'is not an object' });

function nested<T>(build: (record: Fields, where: string) => T, where: string): Check<T> {
  return (v) => {
    const record = object(v);
    return 'bad' in record ? record : { ok: build(record.ok, where) };
  };
}

const become: Check<LaunchFields['become']> = (v) => {
  if (v === null || v === undefined) return { ok: null };
  return nested((r, where) => {
    const user = field(r, 'user', optional(text), where);
    return { method: field(r, 'method', text, where), ...(user !== undefined ? { user } : {}) };
  }, "'become'.")(v);
};

type JournalledHop = { address: string; port: number; user?: string; privateKeyFile?: string };

const jumpHop = (i: number): Check<JournalledHop> =>
  nested((r, where) => {
    const user = field(r, 'user', optional(text), where);
    const privateKeyFile = field(r, 'privateKeyFile', optional(text), where);
    return {
      address: field(r, 'address', text, where),
      port: field(r, 'port', port, where),
      ...(user !== undefined ? { user } : {}),
      ...(privateKeyFile !== undefined ? { privateKeyFile } : {}),
    };
  }, `'connection'.'jump'[${i}].`);

const jumpHosts: Check<JournalledHop[]> = (v) => {
  if (!Array.isArray(v)) return { bad: 'is not a list' };
  const hops = [];
  for (const [i, hop] of v.entries()) {
    const checked = jumpHop(i)(hop);
    if ('bad' in checked) return { bad: `has a hop that ${checked.bad}` };
    hops.push(checked.ok);
  }
  return { ok: hops };
};

/**
 * Only the settings a connection is opened with; anything else in the line is dropped, including
 * the `hostKeyChecking` and `knownHostsFile` that older journals kept: the policy and known_hosts
 * current when a job is acted on apply, never those of the run that launched it.
 */
function connection(r: Fields, where: string): JournalConnection {
  const kind = field(r, 'kind', oneOf(['ssh', 'local', 'docker'] as const), where);
  const host = field(r, 'host', text, where);
  // The output limit the job ran with: reading its status file back needs the same bound.
  const outputLimit = field(r, 'outputLimit', optional(finite), where);
  if (kind === 'local') return outputLimit === undefined ? { kind, host } : { kind, host, outputLimit };
  if (kind === 'docker') return dockerConnection(r, where, host, outputLimit);
  const settings = {
    outputLimit,
    address: field(r, 'address', optional(text), where),
    port: field(r, 'port', optional(port), where),
    user: field(r, 'user', optional(text), where),
    privateKeyFile: field(r, 'privateKeyFile', optional(text), where),
    agent: field(r, 'agent', optional((v) => (v === false || typeof v === 'string' ? { ok: v } : { bad: 'is not a path or false' })), where),
    connectTimeoutMs: field(r, 'connectTimeoutMs', optional(finite), where),
    keepaliveIntervalMs: field(r, 'keepaliveIntervalMs', optional(finite), where),
    keepaliveCountMax: field(r, 'keepaliveCountMax', optional(finite), where),
    maxChannels: field(r, 'maxChannels', optional(finite), where),
    jump: field(r, 'jump', optional(jumpHosts), where),
  };
  const defined = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  return { kind, host, ...defined };
}

const words: Check<string[]> = (v) => (Array.isArray(v) && v.every((w) => typeof w === 'string') ? { ok: v as string[] } : { bad: 'is not a list of strings' });

function dockerConnection(r: Fields, where: string, host: string, outputLimit: number | undefined): JournalConnection {
  const settings = {
    outputLimit,
    user: field(r, 'user', optional(text), where),
    extraArgs: field(r, 'extraArgs', optional(words), where),
  };
  const defined = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  return { kind: 'docker', host, container: field(r, 'container', text, where), ...defined };
}

function launchFields(r: Fields): LaunchFields {
  const argsFile = field(r, 'argsFile', optional(text));
  return {
    time: field(r, 'time', text),
    runId: field(r, 'runId', text),
    host: field(r, 'host', text),
    asyncDir: field(r, 'asyncDir', text),
    limit: field(r, 'limit', finite),
    launchedAtEpoch: field(r, 'launchedAtEpoch', finite),
    poll: field(r, 'poll', finite),
    become: field(r, 'become', become),
    python: field(r, 'python', text),
    wrapperPath: field(r, 'wrapperPath', text),
    ...(argsFile !== undefined ? { argsFile } : {}),
    connection: field(r, 'connection', nested(connection, "'connection'.")),
  };
}

function entry(r: Fields): JournalEntry {
  const event = field(r, 'event', oneOf(['launching', 'launched', 'collected', 'killed', 'cleaned'] as const));
  switch (event) {
    case 'launching':
      return { event, ...launchFields(r), prefix: field(r, 'prefix', matching(PREFIX)), argsFile: field(r, 'argsFile', text) };
    case 'launched':
      return { event, ...launchFields(r), jid: field(r, 'jid', matching(FULL_JID)), resultsFile: field(r, 'resultsFile', text) };
    default:
      return { event, jid: field(r, 'jid', matching(JID_OR_PREFIX)), host: field(r, 'host', text), time: field(r, 'time', text) };
  }
}

/** A journal line as an entry, or why it is not one. */
export function parseJournalLine(line: string): { entry: JournalEntry } | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { reason: 'not a JSON line' };
  }
  const record = object(value);
  if ('bad' in record) return { reason: 'not a JSON object' };
  try {
    return { entry: entry(record.ok) };
  } catch (err) {
    if (err instanceof InvalidEntry) return { reason: `field ${err.message}` };
    throw err;
  }
}
