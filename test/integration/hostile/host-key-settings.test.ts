/**
 * Hostile-host suite, host key checking settings (issue 12 item 2): a host whose key is unknown or
 * has changed is never reached whatever spelling of "strict" the user wrote, `accept_new` still
 * refuses a changed key, an empty value means the strict default, and a value castoff does not
 * know stops the run before any host is contacted. Each run tries to leave a marker file on the
 * host; it must never appear.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYBOOK_CLI, runCliProcess, type CliResult } from '../../helpers/cli.js';
import { startHosts, testKeys, type TestHost, type TestHosts } from '../../helpers/hosts.js';

let fleet: TestHosts;
let host: TestHost;
let dir: string;
let unknown: string;
let rekeyed: string;
const MARKER = '/root/reached-by-castoff';

/** A known_hosts line pinning a fresh ed25519 key, not the host's, for the host's name. */
function otherKeyLine(name: string): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const field = (b: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(b.length);
    return Buffer.concat([length, b]);
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]);
  return `${name} ssh-ed25519 ${blob.toString('base64')}\n`;
}

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'hks' });
  [host] = fleet.hosts;
  dir = mkdtempSync(join(tmpdir(), 'castoff-hks-'));
  unknown = join(dir, 'known_hosts_empty');
  writeFileSync(unknown, '');
  rekeyed = join(dir, 'known_hosts_rekeyed');
  writeFileSync(rekeyed, otherKeyLine(`[127.0.0.1]:${host.port}`));
  writeFileSync(join(dir, 'hosts.ini'), `hks1 ansible_host=127.0.0.1 ansible_port=${host.port} ansible_user=root ansible_ssh_private_key_file=${testKeys().keyFile}\n`);
  writeFileSync(join(dir, 'site.yml'), `- hosts: all\n  gather_facts: false\n  tasks:\n    - raw: touch ${MARKER}\n`);
});

afterAll(async () => {
  await fleet?.stop();
});

function play(knownHosts: string, env: Record<string, string>): Promise<CliResult> {
  // Both variables are set on every run so that neither the developer's environment nor an
  // ansible.cfg next to the tests decides the policy.
  const base = { CASTOFF_KNOWN_HOSTS: knownHosts, CASTOFF_HOST_KEY_CHECKING: '', ANSIBLE_HOST_KEY_CHECKING: '', ANSIBLE_CONFIG: join(dir, 'none.cfg') };
  return runCliProcess(PLAYBOOK_CLI, ['-i', 'hosts.ini', 'site.yml'], { cwd: dir, env: { ...base, ...env }, boundMs: 60_000 });
}

async function markerLeft(): Promise<boolean> {
  return (await host.sh(`test -e ${MARKER}`)).rc === 0;
}

function config(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('a host whose key is unknown or changed is never reached', () => {
  // Settings and known_hosts files are made in beforeAll, so each case names them lazily.
  const refusing: Array<[string, () => Record<string, string>, () => string]> = [
    ['CASTOFF_HOST_KEY_CHECKING=strict, unknown host', () => ({ CASTOFF_HOST_KEY_CHECKING: 'strict' }), () => unknown],
    ['CASTOFF_HOST_KEY_CHECKING=yes, re-keyed host', () => ({ CASTOFF_HOST_KEY_CHECKING: 'yes' }), () => rekeyed],
    ['CASTOFF_HOST_KEY_CHECKING=1, unknown host', () => ({ CASTOFF_HOST_KEY_CHECKING: '1' }), () => unknown],
    ['CASTOFF_HOST_KEY_CHECKING=accept_new, re-keyed host', () => ({ CASTOFF_HOST_KEY_CHECKING: 'accept_new' }), () => rekeyed],
    ['CASTOFF_HOST_KEY_CHECKING empty (the strict default), unknown host', () => ({}), () => unknown],
    ['ANSIBLE_HOST_KEY_CHECKING=True, re-keyed host', () => ({ ANSIBLE_HOST_KEY_CHECKING: 'True' }), () => rekeyed],
    ['ansible.cfg host_key_checking = strict, unknown host', () => ({ ANSIBLE_CONFIG: config('strict.cfg', '[defaults]\nhost_key_checking = strict\n') }), () => unknown],
  ];

  it.each(refusing)('%s: UNREACHABLE, exit 4, nothing ran', async (_, env, knownHosts) => {
    await host.sh(`rm -f ${MARKER}`);
    const r = await play(knownHosts(), env());
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stdout).toMatch(/hks1.*UNREACHABLE!.*host key (unknown|mismatch)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await markerLeft()).toBe(false);
  });

  it.each(['ask', 'strictly', 'accept'])('CASTOFF_HOST_KEY_CHECKING=%s is refused before any host is contacted, exit 1', async (value) => {
    await host.sh(`rm -f ${MARKER}`);
    const r = await play(unknown, { CASTOFF_HOST_KEY_CHECKING: value });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`ERROR! CASTOFF_HOST_KEY_CHECKING: invalid host key checking '${value}'`);
    expect(r.stdout).not.toContain('hks1');
    expect(await markerLeft()).toBe(false);
  });

  it('an unknown value in ansible.cfg is refused naming the file and line, exit 1', async () => {
    await host.sh(`rm -f ${MARKER}`);
    const cfg = config('ask.cfg', '[defaults]\nhost_key_checking = ask\n');
    const r = await play(unknown, { ANSIBLE_CONFIG: cfg });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`ERROR! ${cfg}:2: [defaults] host_key_checking: invalid host key checking 'ask'`);
    expect(await markerLeft()).toBe(false);
  });

  it('the same host is reached once its key is pinned, so the refusals above are about the key', async () => {
    await host.sh(`rm -f ${MARKER}`);
    const r = await play(host.knownHostsFile, { CASTOFF_HOST_KEY_CHECKING: 'strict' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(await markerLeft()).toBe(true);
  });
});
