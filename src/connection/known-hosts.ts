/**
 * known_hosts checking without OpenSSH: plain and hashed (`|1|salt|hash`) host entries, `[host]:port`
 * for non-default ports, and `@revoked` markers. Never prompts.
 */
import { createHmac } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type HostKeyChecking = 'strict' | 'accept-new' | 'off';

export type HostKeyVerdict = 'match' | 'mismatch' | 'unknown' | 'revoked';

/** The name OpenSSH writes for a host: bare for port 22, `[host]:port` otherwise. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

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
    const glob = negated ? pattern.slice(1) : pattern;
    const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    if (re.test(name)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/**
 * `key` is the host's public key blob as sent in the handshake; its first field names its type,
 * so a host that has several key types listed is matched against the one it offered.
 */
export function checkKnownHost(text: string, host: string, port: number, key: Buffer): HostKeyVerdict {
  const name = knownHostsName(host, port);
  const offered = key.toString('base64');
  const offeredType = keyType(key);
  let sawSameType = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const fields = line.split(/\s+/);
    let marker: string | undefined;
    if (fields[0]?.startsWith('@')) marker = fields.shift();
    const [hosts, type, blob] = fields;
    if (!hosts || !type || !blob || !hostFieldMatches(hosts, name)) continue;
    if (marker === '@revoked') {
      if (blob === offered) return 'revoked';
      continue;
    }
    if (marker === '@cert-authority') continue;
    if (blob === offered) return 'match';
    if (type === offeredType) sawSameType = true;
  }
  return sawSameType ? 'mismatch' : 'unknown';
}

function keyType(key: Buffer): string {
  if (key.length < 4) return '';
  const len = key.readUInt32BE(0);
  return key.subarray(4, 4 + len).toString('latin1');
}

export async function readKnownHosts(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw err;
  }
}

export async function appendKnownHost(file: string, host: string, port: number, key: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await appendFile(file, `${knownHostsName(host, port)} ${keyType(key)} ${key.toString('base64')}\n`, { mode: 0o600 });
}
