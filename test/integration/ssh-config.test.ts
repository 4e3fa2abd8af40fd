/**
 * OpenSSH client config on real sshd hosts: a Host alias given with -F or found in ~/.ssh/config
 * (HOME pointed at a temp dir) reaches its container, ProxyJump goes through a second container,
 * and inventory variables win over the file.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, testKeys, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { playRecorded } from '../helpers/play.js';

let fleet: TestHosts;
let h1: TestHost;
let h2: TestHost;

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'sshcfg' });
  [h1, h2] = fleet.hosts;
});

afterAll(async () => {
  await fleet?.stop();
});

/** A folder with an inventory of `lines` and a known_hosts file pinning both hosts (as seen from here and from each other). */
function setup(lines: string[]): { dir: string; file: string; knownHostsFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-sshcfg-'));
  const knownHostsFile = join(dir, 'known_hosts');
  writeFileSync(knownHostsFile, readFileSync(h1.knownHostsFile, 'utf8') + readFileSync(h2.knownHostsFile, 'utf8'));
  const file = join(dir, 'hosts.ini');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { dir, file, knownHostsFile };
}

const WHO = `- hosts: all
  gather_facts: false
  tasks:
    - name: who
      command: sh -c 'echo "$(id -un) $SSH_CLIENT"'
`;

/** `user client-address` of the `who` task on `host`. */
function whoOn(run: Awaited<ReturnType<typeof playRecorded>>, host: string): { user: string; client: string } {
  const [user, client] = String(run.resultOf('who', host).stdout).split(' ');
  return { user, client };
}

describe('ssh config', () => {
  it('a Host alias in a file given with -F in ansible_ssh_common_args reaches its host with HostName, Port, User and IdentityFile', async () => {
    const inv = setup([]);
    const config = join(inv.dir, 'ssh_config');
    writeFileSync(config, `Host other\n  User nobody\n\nHost cfg-*  !cfg-none\n  HostName 127.0.0.1\n  Port ${h1.port}\n  User deploy\n  IdentityFile ${testKeys().keyFile}\n`);
    writeFileSync(inv.file, `cfg-alias ansible_ssh_common_args='-F ${config}'\n`);
    const run = await playRecorded(inv, WHO);
    expect(run.statusOf('who', 'cfg-alias')).toBe('changed');
    expect(whoOn(run, 'cfg-alias').user).toBe('deploy');
    expect(run.exitCode).toBe(0);
  });

  it('reads ~/.ssh/config under HOME, with Include relative to ~/.ssh', async () => {
    const inv = setup(['home-alias']);
    const home = mkdtempSync(join(tmpdir(), 'castoff-home-'));
    mkdirSync(join(home, '.ssh', 'conf.d'), { recursive: true });
    writeFileSync(join(home, '.ssh', 'config'), 'Include conf.d/*.conf\n');
    writeFileSync(join(home, '.ssh', 'conf.d', 'hosts.conf'), `Host home-alias\n  HostName 127.0.0.1\n  Port ${h2.port}\n  User deploy\n  IdentityFile ~/.ssh/key\n`);
    writeFileSync(join(home, '.ssh', 'key'), readFileSync(testKeys().keyFile), { mode: 0o600 });
    const saved = process.env.HOME;
    process.env.HOME = home;
    try {
      const run = await playRecorded(inv, WHO);
      expect(whoOn(run, 'home-alias').user).toBe('deploy');
      expect(run.exitCode).toBe(0);
    } finally {
      process.env.HOME = saved;
    }
  });

  it('ProxyJump in the file reaches the first container through the second, each hop resolved through the file', async () => {
    const inv = setup([]);
    const config = join(inv.dir, 'ssh_config');
    const bastionKey = join(inv.dir, 'bastion_key');
    writeFileSync(bastionKey, readFileSync(testKeys().keyFile), { mode: 0o600 });
    writeFileSync(
      config,
      `Host inner\n  HostName ${h1.internalAddress}\n  Port 22\n  ProxyJump bastion\n  User root\n  IdentityFile ${testKeys().keyFile}\n\n` +
        `Host bastion\n  HostName 127.0.0.1\n  Port ${h2.port}\n  User deploy\n  IdentityFile ${bastionKey}\n`,
    );
    writeFileSync(inv.file, `inner ansible_ssh_common_args='-F ${config}'\n`);
    const run = await playRecorded(inv, WHO);
    expect(run.statusOf('who', 'inner')).toBe('changed');
    // The target saw the connection come from the bastion's address, not from this machine.
    expect(whoOn(run, 'inner')).toEqual({ user: 'root', client: h2.internalAddress });
  });

  it('inventory variables win over the file: ansible_port, ansible_user and ansible_ssh_private_key_file', async () => {
    const inv = setup([]);
    const config = join(inv.dir, 'ssh_config');
    writeFileSync(config, `Host wins\n  HostName 127.0.0.1\n  Port 1\n  User nobody\n  IdentityFile ${join(inv.dir, 'no-such-key')}\n`);
    writeFileSync(inv.file, `wins ansible_port=${h1.port} ansible_user=root ansible_ssh_private_key_file=${testKeys().keyFile} ansible_ssh_common_args='-F ${config}'\n`);
    const run = await playRecorded(inv, WHO);
    expect(whoOn(run, 'wins').user).toBe('root');
    expect(run.exitCode).toBe(0);
  });

  it('a missing -F file fails the host, naming the file', async () => {
    const inv = setup([]);
    writeFileSync(inv.file, `cfg-alias ansible_ssh_common_args='-F ${join(inv.dir, 'absent')}'\n`);
    const run = await playRecorded(inv, WHO);
    expect(run.exitCode).not.toBe(0);
    expect(JSON.stringify(run.resultOf('who', 'cfg-alias'))).toContain(`the ssh config file ${join(inv.dir, 'absent')} given with -F does not exist`);
  });
});
