import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, UnreachableError } from '../../../src/core/errors.js';
import { readKnownHosts } from '../../../src/connection/known-hosts.js';
import { checkKnownHost, hostKeyAlgorithms, judgeHostKey, knownHostsName, pinnedKeyTypes, type HostKeyDecision } from '../../../src/connection/index.js';

function blob(type: string, body: string): Buffer {
  const t = Buffer.from(type);
  const b = Buffer.from(body);
  const len = (n: number) => {
    const x = Buffer.alloc(4);
    x.writeUInt32BE(n);
    return x;
  };
  return Buffer.concat([len(t.length), t, len(b.length), b]);
}

const key = blob('ssh-ed25519', 'the-real-key');
const other = blob('ssh-ed25519', 'another-key');
const rsa = blob('ssh-rsa', 'rsa-key');
const ecdsa = blob('ecdsa-sha2-nistp256', 'ecdsa-key');
const line = (host: string, k: Buffer) => `${host} ${k.subarray(4, 4 + k.readUInt32BE(0)).toString()} ${k.toString('base64')}`;
const file = (...lines: string[]) => ({ path: '/home/me/.ssh/known_hosts', text: `${lines.join('\n')}\n` });

describe('known_hosts matching', () => {
  it('names non-default ports as [host]:port', () => {
    expect(knownHostsName('example', 22)).toBe('example');
    expect(knownHostsName('127.0.0.1', 2222)).toBe('[127.0.0.1]:2222');
  });

  it('matches plain, bracketed, comma-listed and wildcard entries, case-insensitively', () => {
    expect(checkKnownHost(file(line('web1', key)), 'web1', 22, key)).toEqual({ kind: 'match' });
    expect(checkKnownHost(file(line('[127.0.0.1]:2222', key)), '127.0.0.1', 2222, key)).toEqual({ kind: 'match' });
    expect(checkKnownHost(file(line('[127.0.0.1]:2222', key)), '127.0.0.1', 22, key)).toEqual({ kind: 'unknown', pinnedTypes: [] });
    expect(checkKnownHost(file(line('a,web1,b', key)), 'web1', 22, key)).toEqual({ kind: 'match' });
    expect(checkKnownHost(file(line('*.example.com', key)), 'db.example.com', 22, key)).toEqual({ kind: 'match' });
    expect(checkKnownHost(file(line('[*.example.com]:22?2', key)), 'db.example.com', 2202, key)).toEqual({ kind: 'match' });
    expect(checkKnownHost(file(line('WEB1', key)), 'Web1', 22, key)).toEqual({ kind: 'match' });
  });

  it('a matching negation rules the whole line out', () => {
    expect(checkKnownHost(file(line('*.example.com,!db.example.com', key)), 'db.example.com', 22, key)).toEqual({ kind: 'unknown', pinnedTypes: [] });
    expect(checkKnownHost(file(line('!db.example.com,*.example.com', key)), 'db.example.com', 22, key)).toEqual({ kind: 'unknown', pinnedTypes: [] });
    expect(checkKnownHost(file(line('!db.example.com', key)), 'web.example.com', 22, key)).toEqual({ kind: 'unknown', pinnedTypes: [] });
  });

  it('matches hashed entries, which hash the lowercased name', () => {
    const salt = randomBytes(20);
    const hash = createHmac('sha1', salt).update('[10.0.0.5]:2200').digest('base64');
    expect(checkKnownHost(file(line(`|1|${salt.toString('base64')}|${hash}`, key)), '10.0.0.5', 2200, key)).toEqual({ kind: 'match' });
    const named = createHmac('sha1', salt).update('web1.example').digest('base64');
    expect(checkKnownHost(file(line(`|1|${salt.toString('base64')}|${named}`, key)), 'WEB1.example', 22, key)).toEqual({ kind: 'match' });
  });

  it('a changed key of a pinned type is a mismatch naming its line; an unpinned type is unknown, listing the pinned types', () => {
    expect(checkKnownHost(file('# comment', line('web1', other)), 'web1', 22, key)).toEqual({ kind: 'mismatch', line: 2 });
    expect(checkKnownHost(file(line('web1', rsa), line('web1', ecdsa)), 'web1', 22, key)).toEqual({
      kind: 'unknown',
      pinnedTypes: ['ssh-rsa', 'ecdsa-sha2-nistp256'],
    });
    expect(checkKnownHost(file(line('web1', rsa), line('web1', key)), 'web1', 22, key)).toEqual({ kind: 'match' });
  });

  it('@revoked wins wherever its line is, and names that line', () => {
    expect(checkKnownHost(file('# comment', `@revoked ${line('web1', key)}`, line('web1', key)), 'web1', 22, key)).toEqual({ kind: 'revoked', line: 2 });
    expect(checkKnownHost(file(line('web1', key), line('other', rsa), `@revoked ${line('*', key)}`), 'web1', 22, key)).toEqual({ kind: 'revoked', line: 3 });
  });

  it('@revoked of another key or another host leaves the match alone', () => {
    expect(checkKnownHost(file(line('web1', key), `@revoked ${line('web1', other)}`), 'web1', 22, key)).toEqual({ kind: 'match' });
    expect(checkKnownHost(file(line('web1', key), `@revoked ${line('web2', key)}`), 'web1', 22, key)).toEqual({ kind: 'match' });
  });

  it('a revoked key pins nothing and is no reason to call a new key a mismatch', () => {
    const text = file(`@revoked ${line('web1', other)}`);
    expect(pinnedKeyTypes(text, 'web1', 22)).toEqual([]);
    expect(checkKnownHost(text, 'web1', 22, key)).toEqual({ kind: 'unknown', pinnedTypes: [] });
  });

  it('@cert-authority for the host is reported with its line unless a pinned key matches', () => {
    const ca = `@cert-authority ${line('*.example.com', rsa)}`;
    expect(checkKnownHost(file('# ca', ca), 'db.example.com', 22, key)).toEqual({ kind: 'cert-authority', line: 2 });
    expect(checkKnownHost(file(ca, line('db.example.com', other)), 'db.example.com', 22, key)).toEqual({ kind: 'cert-authority', line: 1 });
    expect(checkKnownHost(file(ca, line('db.example.com', key)), 'db.example.com', 22, key)).toEqual({ kind: 'match' });
    expect(checkKnownHost(file(ca), 'db.other.org', 22, key)).toEqual({ kind: 'unknown', pinnedTypes: [] });
    // The authority's own key is not a key of the host's.
    expect(checkKnownHost(file(`@cert-authority ${line('db.example.com', key)}`), 'db.example.com', 22, key)).toEqual({ kind: 'cert-authority', line: 1 });
  });

  it('skips malformed lines and unknown markers', () => {
    const text = file('web1', 'web1 ssh-ed25519', 'web1 ssh-ed25519 !!!notbase64', `@weird ${line('web1', key)}`, line('web1', rsa));
    expect(pinnedKeyTypes(text, 'web1', 22)).toEqual(['ssh-rsa']);
    expect(checkKnownHost(text, 'web1', 22, key)).toEqual({ kind: 'unknown', pinnedTypes: ['ssh-rsa'] });
  });

  it('takes a key type from the key itself, not from the line type field', () => {
    const lying = `web1 ssh-rsa ${ecdsa.toString('base64')}`;
    expect(pinnedKeyTypes(file(lying), 'web1', 22)).toEqual(['ecdsa-sha2-nistp256']);
  });
});

describe('host key algorithms offered', () => {
  it('default order without pinned keys, ed25519 first', () => {
    expect(hostKeyAlgorithms([])).toEqual([
      'ssh-ed25519',
      'ecdsa-sha2-nistp256',
      'ecdsa-sha2-nistp384',
      'ecdsa-sha2-nistp521',
      'rsa-sha2-512',
      'rsa-sha2-256',
      'ssh-rsa',
    ]);
  });

  it('pinned types first, in the default order, the rest after', () => {
    expect(hostKeyAlgorithms(['ssh-rsa', 'ecdsa-sha2-nistp256'])).toEqual([
      'ecdsa-sha2-nistp256',
      'rsa-sha2-512',
      'rsa-sha2-256',
      'ssh-rsa',
      'ssh-ed25519',
      'ecdsa-sha2-nistp384',
      'ecdsa-sha2-nistp521',
    ]);
    expect(hostKeyAlgorithms(['ecdsa-sha2-nistp521'])[0]).toBe('ecdsa-sha2-nistp521');
  });

  it('a pinned type ssh2 does not offer changes nothing', () => {
    expect(hostKeyAlgorithms(['ssh-dss', 'sk-ssh-ed25519@openssh.com'])).toEqual(hostKeyAlgorithms([]));
  });

  it('follows the pinned keys of the host asked for', () => {
    const text = file(line('web1', ecdsa), line('web2', key), line('web1', rsa), line('web1', other));
    expect(pinnedKeyTypes(text, 'web1', 22)).toEqual(['ecdsa-sha2-nistp256', 'ssh-rsa', 'ssh-ed25519']);
    expect(pinnedKeyTypes(text, 'web3', 22)).toEqual([]);
  });
});

describe('host key decisions', () => {
  const presented = { host: 'web1', port: 22, path: '/home/me/.ssh/known_hosts', type: 'ssh-ed25519' };
  const refusal = (d: HostKeyDecision) => {
    expect(d.accept).toBe(false);
    return (d as Extract<HostKeyDecision, { accept: false }>).error;
  };

  it('a match is accepted and not recorded, under either policy', () => {
    expect(judgeHostKey({ kind: 'match' }, 'strict', presented)).toEqual({ accept: true, record: false });
    expect(judgeHostKey({ kind: 'match' }, 'accept-new', presented)).toEqual({ accept: true, record: false });
  });

  it('a revoked key is refused as revoked, naming the host, the file and line', () => {
    for (const policy of ['strict', 'accept-new'] as const) {
      const err = refusal(judgeHostKey({ kind: 'revoked', line: 7 }, policy, presented));
      expect(err).toBeInstanceOf(UnreachableError);
      expect((err as UnreachableError).reason).toBe('host key revoked');
      expect(err.message).toBe('Failed to connect to the host via ssh: web1 port 22: host key revoked (its ssh-ed25519 key is marked @revoked in /home/me/.ssh/known_hosts:7)');
    }
  });

  it('@cert-authority is a ConfigError saying it is not supported, naming file:line', () => {
    for (const policy of ['strict', 'accept-new'] as const) {
      const err = refusal(judgeHostKey({ kind: 'cert-authority', line: 3 }, policy, presented));
      expect(err).toBeInstanceOf(ConfigError);
      expect(err.message).toMatch(/^web1: \/home\/me\/\.ssh\/known_hosts:3: @cert-authority is not supported: castoff cannot verify host certificates/);
    }
  });

  it('a mismatch is refused under either policy', () => {
    for (const policy of ['strict', 'accept-new'] as const) {
      const err = refusal(judgeHostKey({ kind: 'mismatch', line: 2 }, policy, presented));
      expect((err as UnreachableError).reason).toBe('host key mismatch');
      expect(err.message).toContain('its ssh-ed25519 key differs from the one in /home/me/.ssh/known_hosts:2');
    }
  });

  it('a host with no pinned key: strict refuses, accept-new records it', () => {
    const err = refusal(judgeHostKey({ kind: 'unknown', pinnedTypes: [] }, 'strict', presented));
    expect((err as UnreachableError).reason).toBe('host key unknown');
    expect(err.message).toContain('(not in /home/me/.ssh/known_hosts)');
    expect(judgeHostKey({ kind: 'unknown', pinnedTypes: [] }, 'accept-new', presented)).toEqual({ accept: true, record: true });
  });

  it('a pinned host showing a key of another type is refused under accept-new too, never recorded', () => {
    for (const policy of ['strict', 'accept-new'] as const) {
      const err = refusal(judgeHostKey({ kind: 'unknown', pinnedTypes: ['ecdsa-sha2-nistp256', 'ssh-rsa'] }, policy, presented));
      expect((err as UnreachableError).reason).toBe('host key unknown');
      expect(err.message).toContain('its ssh-ed25519 key is not in /home/me/.ssh/known_hosts, which pins only ecdsa-sha2-nistp256, ssh-rsa for it');
    }
  });
});

describe('reading known_hosts', () => {
  it('a missing file is an empty one; a file that cannot be read is a ConfigError naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-kh-unit-'));
    expect(await readKnownHosts(join(dir, 'none'))).toEqual({ path: join(dir, 'none'), text: '' });
    await expect(readKnownHosts(dir)).rejects.toThrow(new ConfigError(`known_hosts file ${dir} is a directory`));
  });
});
