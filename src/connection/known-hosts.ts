/**
 * known_hosts checking without OpenSSH: plain and hashed (`|1|salt|hash`) host entries, `[host]:port`
 * for non-default ports, wildcard and negated patterns, and the `@revoked` and `@cert-authority`
 * markers. Never prompts.
 */
import { createHmac } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { wildcardRegExp } from '../core/fnmatch.js';

export type HostKeyChecking = 'strict' | 'accept-new' | 'off';

/** A known_hosts file's path (for the messages) and its text. */
export interface KnownHostsFile {
  path: string;
  text: string;
}

/** One line of the file that names the host. */
interface HostEntry {
  line: number;
  marker: 'revoked' | 'cert-authority' | undefined;
  /** The key type inside the blob, which is what the server presents (the type field can lie). */
  type: string;
  key: Buffer;
}

/**
 * What the file says of the key a host presented. `revoked` wins over everything, wherever its
 * line is; `cert-authority` means the file wants the host verified by a certificate, which castoff
 * cannot do; `mismatch` means another key of the presented type is pinned; `unknown` means no key
 * of that type is, and `pinnedTypes` lists the types that are.
 */
export type HostKeyVerdict =
  | { kind: 'match' }
  | { kind: 'revoked'; line: number }
  | { kind: 'cert-authority'; line: number }
  | { kind: 'mismatch'; line: number }
  | { kind: 'unknown'; pinnedTypes: string[] };

/** The name OpenSSH writes for a host: bare for port 22, `[host]:port` otherwise. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

/** As OpenSSH: names and patterns compare lowercased, and one matching negation rules the line out. */
function hostFieldMatches(field: string, name: string): boolean {
  let matched = false;
  for (const pattern of field.split(',')) {
    if (pattern.startsWith('|1|')) {
      const [, , salt, hash] = pattern.split('|');
      if (!salt || !hash) continue;
      const digest = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
      if (digest === hash) matched = true;
      continue;
    }
    const negated = pattern.startsWith('!');
    if (wildcardRegExp((negated ? pattern.slice(1) : pattern).toLowerCase(), { classes: false }).test(name)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/** The type name an SSH public key blob starts with; empty for a blob too short to hold one. */
export function keyType(key: Buffer): string {
  if (key.length < 4) return '';
  const len = key.readUInt32BE(0);
  if (len === 0 || 4 + len > key.length) return '';
  return key.subarray(4, 4 + len).toString('latin1');
}

const MARKERS = new Map([
  ['@revoked', 'revoked'],
  ['@cert-authority', 'cert-authority'],
] as const);

/** The file's lines that name `host:port`; malformed lines and unknown markers are skipped, as OpenSSH does. */
function entriesFor(file: KnownHostsFile, host: string, port: number): HostEntry[] {
  const name = knownHostsName(host.toLowerCase(), port);
  const entries: HostEntry[] = [];
  file.text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    let marker: HostEntry['marker'];
    if (fields[0].startsWith('@')) {
      marker = MARKERS.get(fields.shift() as '@revoked');
      if (!marker) return;
    }
    const [hosts, , blob] = fields;
    if (!hosts || !blob || !hostFieldMatches(hosts, name)) return;
    const key = Buffer.from(blob, 'base64');
    const type = keyType(key);
    if (type) entries.push({ line: index + 1, marker, type, key });
  });
  return entries;
}

/** `key` is the host's public key blob as sent in the handshake. */
export function checkKnownHost(file: KnownHostsFile, host: string, port: number, key: Buffer): HostKeyVerdict {
  const entries = entriesFor(file, host, port);
  const revoked = entries.find((e) => e.marker === 'revoked' && e.key.equals(key));
  if (revoked) return { kind: 'revoked', line: revoked.line };
  const pinned = entries.filter((e) => e.marker === undefined);
  if (pinned.some((e) => e.key.equals(key))) return { kind: 'match' };
  const authority = entries.find((e) => e.marker === 'cert-authority');
  if (authority) return { kind: 'cert-authority', line: authority.line };
  const sameType = pinned.find((e) => e.type === keyType(key));
  if (sameType) return { kind: 'mismatch', line: sameType.line };
  return { kind: 'unknown', pinnedTypes: [...new Set(pinned.map((e) => e.type))] };
}

/** The key types pinned for the host (not revoked, not authorities), in the file's order. */
export function pinnedKeyTypes(file: KnownHostsFile, host: string, port: number): string[] {
  return [...new Set(entriesFor(file, host, port).filter((e) => e.marker === undefined).map((e) => e.type))];
}

/** A missing file is an empty one; any other read failure is the controller's problem to fix. */
export async function readKnownHosts(path: string): Promise<KnownHostsFile> {
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path, text: '' };
    if (code === 'EACCES') throw new ConfigError(`known_hosts file ${path} is not readable (permission denied)`);
    if (code === 'EISDIR') throw new ConfigError(`known_hosts file ${path} is a directory`);
    throw new ConfigError(`known_hosts file ${path} cannot be read: ${(err as Error).message}`);
  }
}

export async function appendKnownHost(path: string, host: string, port: number, key: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await appendFile(path, `${knownHostsName(host, port)} ${keyType(key)} ${key.toString('base64')}\n`, { mode: 0o600 });
}
