import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkKnownHost, knownHostsName } from '../../../src/connection/index.js';

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
const line = (host: string, k: Buffer) => `${host} ${k.subarray(4, 4 + k.readUInt32BE(0)).toString()} ${k.toString('base64')}`;

describe('known_hosts', () => {
  it('names non-default ports as [host]:port', () => {
    expect(knownHostsName('example', 22)).toBe('example');
    expect(knownHostsName('127.0.0.1', 2222)).toBe('[127.0.0.1]:2222');
  });

  it('matches plain, bracketed, comma-listed and wildcard entries', () => {
    expect(checkKnownHost(line('web1', key), 'web1', 22, key)).toBe('match');
    expect(checkKnownHost(line('[127.0.0.1]:2222', key), '127.0.0.1', 2222, key)).toBe('match');
    expect(checkKnownHost(line('[127.0.0.1]:2222', key), '127.0.0.1', 22, key)).toBe('unknown');
    expect(checkKnownHost(line('a,web1,b', key), 'web1', 22, key)).toBe('match');
    expect(checkKnownHost(line('*.example.com', key), 'db.example.com', 22, key)).toBe('match');
    expect(checkKnownHost(line('*.example.com,!db.example.com', key), 'db.example.com', 22, key)).toBe('unknown');
  });

  it('matches hashed entries', () => {
    const salt = randomBytes(20);
    const hash = createHmac('sha1', salt).update('[10.0.0.5]:2200').digest('base64');
    expect(checkKnownHost(line(`|1|${salt.toString('base64')}|${hash}`, key), '10.0.0.5', 2200, key)).toBe('match');
  });

  it('reports a changed key of the same type as a mismatch, another type as unknown', () => {
    expect(checkKnownHost(line('web1', other), 'web1', 22, key)).toBe('mismatch');
    expect(checkKnownHost(line('web1', rsa), 'web1', 22, key)).toBe('unknown');
    expect(checkKnownHost([line('web1', rsa), line('web1', key)].join('\n'), 'web1', 22, key)).toBe('match');
  });

  it('honours @revoked and skips comments', () => {
    expect(checkKnownHost(`# comment\n@revoked ${line('web1', key)}\n${line('web1', key)}`, 'web1', 22, key)).toBe('revoked');
  });
});
