/**
 * Hostile-host suite, known_hosts and ssh args (issue 12 items 5, 9 and 10): a revoked key is
 * refused wherever its @revoked line is; a host pinned only by its ecdsa and rsa keys is reached
 * as OpenSSH reaches it; accept-new gives a pinned host no second key type; and ssh args castoff
 * cannot follow stop the host with a ConfigError instead of a direct connection past the bastion.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SshConnection, stdoutText, type SshConnectOptions } from '../../../src/connection/index.js';
import { ConfigError, UnreachableError } from '../../../src/core/errors.js';
import { PLAYBOOK_CLI, runCliProcess, type CliResult } from '../../helpers/cli.js';
import { startHosts, testKeys, type TestHost, type TestHosts } from '../../helpers/hosts.js';
import { ed25519KeyPair } from '../../helpers/ssh-keys.js';

let fleet: TestHosts;
let host: TestHost;
let dir: string;
/** The host's own public keys by type, as `type base64` (what a known_hosts line holds after the name). */
let hostKeys: Map<string, string>;
const opened: SshConnection[] = [];

function connect(overrides: Partial<SshConnectOptions>): SshConnection {
  const conn = new SshConnection(host.connectOptions(overrides));
  opened.push(conn);
  return conn;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return err as Error;
}

let files = 0;
function knownHosts(...lines: string[]): string {
  const path = join(dir, `known_hosts_${++files}`);
  writeFileSync(path, lines.map((l) => `${l}\n`).join(''));
  return path;
}

/** `[127.0.0.1]:port`, the name OpenSSH files the mapped port under. */
const name = () => `[127.0.0.1]:${host.port}`;
const pinned = (type: string) => {
  const key = hostKeys.get(type);
  expect(key, `the host has no ${type} key`).toBeDefined();
  return `${name()} ${key}`;
};

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'kh' });
  [host] = fleet.hosts;
  dir = mkdtempSync(join(tmpdir(), 'castoff-kh-'));
  const pubs = await host.sh('cat /etc/ssh/ssh_host_rsa_key.pub /etc/ssh/ssh_host_ecdsa_key.pub /etc/ssh/ssh_host_ed25519_key.pub');
  expect(pubs.rc).toBe(0);
  hostKeys = new Map(
    pubs.output
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const [type, blob] = l.trim().split(/\s+/);
        return [type, `${type} ${blob}`] as const;
      }),
  );
  expect([...hostKeys.keys()].sort()).toEqual(['ecdsa-sha2-nistp256', 'ssh-ed25519', 'ssh-rsa']);
});

afterAll(async () => {
  await Promise.allSettled(opened.map((c) => c.close()));
  await fleet?.stop();
});

describe('@revoked', () => {
  it('a key revoked after the line that pins it is refused as "host key revoked", naming the host and file:line', async () => {
    const file = knownHosts(pinned('ssh-ed25519'), `@revoked ${pinned('ssh-ed25519')}`);
    for (const hostKeyChecking of ['strict', 'accept-new'] as const) {
      const err = await rejection(connect({ knownHostsFile: file, hostKeyChecking }).connect());
      expect(err).toBeInstanceOf(UnreachableError);
      expect((err as UnreachableError).reason).toBe('host key revoked');
      expect(err.message).toBe(
        `Failed to connect to the host via ssh: ${host.name} port ${host.port}: host key revoked (its ssh-ed25519 key is marked @revoked in ${file}:2)`,
      );
    }
    // Nothing was added under accept-new.
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('castoff-playbook reports the revoked host unreachable, exit 4, without a stack trace', async () => {
    const file = knownHosts(pinned('ssh-ed25519'), `@revoked ${pinned('ssh-ed25519')}`);
    const marker = `/tmp/revoked-${Date.now()}`;
    const r = await playbook(inventoryLine(''), `touch ${marker}`, { CASTOFF_KNOWN_HOSTS: file });
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stdout).toContain(`fatal: [${host.name}]: UNREACHABLE!`);
    expect(r.stdout).toContain(`host key revoked (its ssh-ed25519 key is marked @revoked in ${file}:2)`);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
    expect((await host.sh(`test -e ${marker}`)).rc).not.toBe(0);
  });
});

describe('host key algorithms follow the pinned key types', () => {
  it('with only the host\'s ecdsa and rsa keys pinned, castoff connects (the server presents a pinned key)', async () => {
    const file = knownHosts(pinned('ecdsa-sha2-nistp256'), pinned('ssh-rsa'));
    const conn = connect({ knownHostsFile: file, hostKeyChecking: 'strict' });
    expect(stdoutText(await conn.exec('echo ok'))).toBe('ok\n');
  });

  it('with only the rsa key pinned, and with a hashed ecdsa entry, castoff connects too', async () => {
    const rsaOnly = connect({ knownHostsFile: knownHosts(pinned('ssh-rsa')), hostKeyChecking: 'strict' });
    expect(stdoutText(await rsaOnly.exec('echo rsa'))).toBe('rsa\n');
    const salt = randomBytes(20);
    const hashed = `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name()).digest('base64')}`;
    const ecdsa = hostKeys.get('ecdsa-sha2-nistp256');
    const hashedOnly = connect({ knownHostsFile: knownHosts(`# hashed\n${hashed} ${ecdsa}`), hostKeyChecking: 'strict' });
    expect(stdoutText(await hashedOnly.exec('echo hashed'))).toBe('hashed\n');
  });

  it('a pattern that the host falls under and a negation that rules it out are honoured', async () => {
    const ecdsa = hostKeys.get('ecdsa-sha2-nistp256');
    const viaPattern = connect({ knownHostsFile: knownHosts(`[127.0.0.*]:${host.port} ${ecdsa}`) });
    expect(stdoutText(await viaPattern.exec('echo pattern'))).toBe('pattern\n');
    const negated = await rejection(connect({ knownHostsFile: knownHosts(`[127.0.0.*]:${host.port},!${name()} ${ecdsa}`) }).connect());
    expect((negated as UnreachableError).reason).toBe('host key unknown');
  });
});

describe('accept-new and key types', () => {
  it('a host pinned by its rsa key is reached by that key and gets no second key type', async () => {
    const file = knownHosts(pinned('ssh-rsa'));
    const before = readFileSync(file, 'utf8');
    const conn = connect({ knownHostsFile: file, hostKeyChecking: 'accept-new' });
    expect(stdoutText(await conn.exec('echo ok'))).toBe('ok\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a pinned host that switched to a key type not pinned is refused under accept-new, and nothing is appended', async () => {
    const file = knownHosts(pinned('ssh-rsa'));
    const before = readFileSync(file, 'utf8');
    // The host drops its rsa key: it can now only present ecdsa or ed25519.
    await host.stopSshd();
    await host.sh('mkdir -p /root/rsa-away && mv /etc/ssh/ssh_host_rsa_key /etc/ssh/ssh_host_rsa_key.pub /root/rsa-away/');
    await host.startSshd();
    try {
      const err = await rejection(connect({ knownHostsFile: file, hostKeyChecking: 'accept-new' }).connect());
      expect(err).toBeInstanceOf(UnreachableError);
      expect((err as UnreachableError).reason).toBe('host key unknown');
      expect(err.message).toMatch(new RegExp(`^Failed to connect to the host via ssh: ${host.name} port ${host.port}: host key unknown \\(its \\S+ key is not in ${file}, which pins only ssh-rsa for it\\)$`));
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      await host.stopSshd();
      await host.sh('mv /root/rsa-away/* /etc/ssh/');
      await host.startSshd();
    }
    // A host without any pinned key is still recorded under accept-new, by a single key.
    const fresh = join(dir, 'fresh_known_hosts');
    await connect({ knownHostsFile: fresh, hostKeyChecking: 'accept-new' }).connect();
    expect(readFileSync(fresh, 'utf8')).toBe(`${pinned('ssh-ed25519')}\n`);
  });
});

describe('@cert-authority', () => {
  it('a @cert-authority line for the host is refused as not supported, naming file:line, not accepted or appended to', async () => {
    const ca = ed25519KeyPair().public.split(' ').slice(0, 2).join(' ');
    const file = knownHosts('# our CA', `@cert-authority [127.0.0.*]:* ${ca}`);
    for (const hostKeyChecking of ['strict', 'accept-new'] as const) {
      const err = await rejection(connect({ knownHostsFile: file, hostKeyChecking }).connect());
      expect(err).toBeInstanceOf(ConfigError);
      expect(err.message).toMatch(new RegExp(`^${host.name}: ${file}:2: @cert-authority is not supported: castoff cannot verify host certificates`));
    }
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    // A pinned key of the host's own still lets it in.
    const both = knownHosts(`@cert-authority [127.0.0.*]:* ${ca}`, pinned('ssh-ed25519'));
    expect(stdoutText(await connect({ knownHostsFile: both }).exec('echo pinned'))).toBe('pinned\n');
  });
});

function inventoryLine(extra: string): string {
  const path = join(dir, `inventory_${++files}.ini`);
  writeFileSync(
    path,
    `${host.name} ansible_host=127.0.0.1 ansible_port=${host.port} ansible_user=root ansible_ssh_private_key_file=${testKeys().keyFile} ${extra}\n`,
  );
  return path;
}

function playbook(inventory: string, command: string, env: Record<string, string> = { CASTOFF_KNOWN_HOSTS: host.knownHostsFile }): Promise<CliResult> {
  const path = join(dir, `play_${++files}.yml`);
  writeFileSync(path, `- hosts: all\n  gather_facts: false\n  tasks:\n    - command: ${command}\n`);
  return runCliProcess(PLAYBOOK_CLI, ['-i', inventory, path], { cwd: dir, env, boundMs: 60_000 });
}

/** The host's `fatal: ... FAILED!` result message, after checking for no hang and no stack trace. */
function failureMessage(r: CliResult): string {
  expect(r.hung).toBe(false);
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
  expect(`${r.stdout}${r.stderr}`).not.toContain('internal error');
  const line = r.stdout.split('\n').find((l) => l.startsWith(`fatal: [${host.name}]: FAILED! => `));
  expect(line, r.stdout).toBeDefined();
  return (JSON.parse(line!.slice(line!.indexOf('{'))) as { msg: string }).msg;
}

describe('ssh args castoff cannot follow', () => {
  it('a ProxyCommand other than "ssh -W %h:%p" fails the host with a ConfigError, exit 2, and never connects directly', async () => {
    const marker = `/tmp/bypassed-${Date.now()}`;
    const r = await playbook(inventoryLine(`ansible_ssh_common_args='-o ProxyCommand="nc %h %p"'`), `touch ${marker}`);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(failureMessage(r)).toBe(
      `${host.name}: ansible_ssh_common_args: ProxyCommand 'nc %h %p' is not supported (it does not run ssh); ` +
        `castoff follows ProxyJump, -J, and ProxyCommand 'ssh -W %h:%p [user@]jumphost'`,
    );
    expect(r.stdout).toMatch(new RegExp(`^${host.name} +: ok=0 +changed=0 +unreachable=0 +failed=1 `, 'm'));
    // Without the fix castoff went straight to the host, past the bastion, and ran the task.
    expect((await host.sh(`test -e ${marker}`)).rc).not.toBe(0);
  });

  it('a bare -J in ansible_ssh_extra_args fails the host with a ConfigError naming the variable, exit 2, not an internal error', async () => {
    const marker = `/tmp/bare-j-${Date.now()}`;
    const r = await playbook(inventoryLine('ansible_ssh_extra_args=-J'), `touch ${marker}`);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(failureMessage(r)).toBe(`${host.name}: ansible_ssh_extra_args: option -J needs a value`);
    expect((await host.sh(`test -e ${marker}`)).rc).not.toBe(0);
  });

  it('a bare -J in ansible_ssh_common_args: the same; the ssh -W idiom still reaches the host through its jump', async () => {
    const bare = await playbook(inventoryLine(`ansible_ssh_common_args='-C -J'`), 'echo ok');
    expect(bare.code, bare.stdout + bare.stderr).toBe(2);
    expect(failureMessage(bare)).toBe(`${host.name}: ansible_ssh_common_args: option -J needs a value`);
    // The supported idiom still works, with the host as its own jump host: the command's client
    // is then the host itself, not this machine.
    const file = knownHosts(pinned('ssh-ed25519'), `${host.internalAddress} ${hostKeys.get('ssh-ed25519')}`);
    const inventory = join(dir, 'idiom.ini');
    writeFileSync(
      inventory,
      `${host.name} ansible_host=${host.internalAddress} ansible_user=root ansible_ssh_private_key_file=${testKeys().keyFile} ` +
        `ansible_ssh_common_args='-o ProxyCommand="ssh -W %h:%p -p ${host.port} root@127.0.0.1"'\n`,
    );
    const clientFile = `/tmp/client-${Date.now()}`;
    const r = await playbook(inventory, `sh -c 'echo $SSH_CLIENT > ${clientFile}'`, { CASTOFF_KNOWN_HOSTS: file });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${host.name} +: ok=1 `, 'm'));
    expect((await host.sh(`cat ${clientFile}`)).output.split(' ')[0]).toBe(host.internalAddress);
  });
});
