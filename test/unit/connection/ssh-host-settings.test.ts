import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { sshConfigPath } from '../../../src/connection/ssh-config-file.js';
import { sshHostSettings } from '../../../src/connection/types/ssh.js';
import { memoryFiles } from './memory-ssh-files.js';

const USER_CONFIG = `
Host web
  HostName 10.0.0.5
  Port 2200
  User deploy
  IdentityFile ~/.ssh/missing_key
  IdentityFile ~/.ssh/%n_key
  ConnectTimeout 4
  ServerAliveInterval 30
  ServerAliveCountMax 5
Host inner
  HostName 10.9.9.9
  ProxyJump bastion
Host bastion
  HostName 192.0.2.1
  Port 2022
  User jumper
`;

const tree = {
  '/home/me/.ssh/config': USER_CONFIG,
  '/home/me/.ssh/web_key': 'KEY',
  '/tmp/other.conf': 'Host web\n  HostName other.example\n  User other\n',
};

const settings = (name: string, vars: Record<string, unknown> = {}, defaults = {}, remoteUser?: string) => sshHostSettings(name, vars, defaults, remoteUser, memoryFiles(tree));

describe('which ssh config file', () => {
  it('is ~/.ssh/config under the given home, the -F file (with ~), or none for -F none', () => {
    expect(sshConfigPath(undefined, '/home/me')).toBe('/home/me/.ssh/config');
    expect(sshConfigPath('~/cfg', '/home/me')).toBe('/home/me/cfg');
    expect(sshConfigPath('/etc/x', '/home/me')).toBe('/etc/x');
    expect(sshConfigPath(null, '/home/me')).toBeUndefined();
  });
});

describe('ssh settings of a host', () => {
  it('fills HostName, Port, User, the first existing IdentityFile, timeouts and keepalives from ~/.ssh/config', () => {
    expect(settings('web')).toEqual({
      address: '10.0.0.5',
      port: 2200,
      user: 'deploy',
      privateKeyFile: '/home/me/.ssh/web_key',
      jump: [],
      connectTimeoutMs: 4000,
      keepaliveIntervalMs: 30_000,
      keepaliveCountMax: 5,
    });
  });

  it('lets inventory variables and the run settings win over the file', () => {
    const s = settings('web', { ansible_port: 22, ansible_user: 'inv', ansible_ssh_private_key_file: '/k' }, { connectTimeoutMs: 1000, keepaliveIntervalMs: 0 });
    expect(s).toMatchObject({ address: '10.0.0.5', port: 22, user: 'inv', privateKeyFile: '/k', connectTimeoutMs: 1000, keepaliveIntervalMs: 0 });
    expect(settings('web', {}, { user: 'cli', privateKeyFile: '/cli' })).toMatchObject({ user: 'cli', privateKeyFile: '/cli' });
    expect(settings('web', {}, {}, 'play')).toMatchObject({ user: 'play' });
  });

  it('looks the config up by ansible_host, the name Ansible gives ssh', () => {
    expect(settings('app1', { ansible_host: 'web' })).toMatchObject({ address: '10.0.0.5', port: 2200, user: 'deploy' });
    expect(settings('web', { ansible_host: '10.1.1.1' })).toMatchObject({ address: '10.1.1.1', port: 22, user: undefined, privateKeyFile: undefined });
  });

  it('reads the file given with -F in ssh_args, common or extra args (the last -F wins), and none with -F none', () => {
    expect(settings('web', { ansible_ssh_common_args: '-F /tmp/other.conf' })).toMatchObject({ address: 'other.example', user: 'other', port: 22 });
    expect(settings('web', { ansible_ssh_args: '-F /tmp/nope', ansible_ssh_extra_args: '-F/tmp/other.conf' })).toMatchObject({ address: 'other.example' });
    expect(settings('web', { ansible_ssh_common_args: '-F none' })).toMatchObject({ address: 'web', port: 22, user: undefined });
  });

  it('fails the host when the -F file does not exist', () => {
    expect(() => settings('web', { ansible_ssh_common_args: '-F /tmp/nope' })).toThrow(ConfigError);
    expect(() => settings('web', { ansible_ssh_common_args: '-F /tmp/nope' })).toThrow('web: the ssh config file /tmp/nope given with -F does not exist');
  });

  it('follows ProxyJump from the file, the jump host resolved through the file too', () => {
    expect(settings('inner')).toMatchObject({ address: '10.9.9.9', jump: [{ address: '192.0.2.1', port: 2022, user: 'jumper' }] });
  });

  it('lets a jump chain in the args win, a hop port or user written there over the file', () => {
    expect(settings('inner', { ansible_ssh_common_args: '-J admin@bastion:1' }).jump).toEqual([{ address: '192.0.2.1', port: 1, user: 'admin' }]);
    expect(settings('inner', { ansible_ssh_common_args: '-o ProxyJump=none' }).jump).toEqual([]);
  });

  it('names the config line of a ProxyCommand it cannot follow', () => {
    const files = memoryFiles({ '/home/me/.ssh/config': 'Host x\n  ProxyCommand nc %h %p\n' });
    expect(() => sshHostSettings('x', {}, {}, undefined, files)).toThrow(/^\/home\/me\/\.ssh\/config:2: ProxyCommand 'nc %h %p' is not supported/);
  });

  it('is plain when there is no config file', () => {
    const files = memoryFiles({});
    expect(sshHostSettings('h', {}, {}, undefined, files)).toEqual({ address: 'h', port: 22, user: undefined, privateKeyFile: undefined, jump: [], connectTimeoutMs: undefined, keepaliveIntervalMs: undefined });
  });
});

describe('ssh args from the settings', () => {
  it('reads -F and the jump chain from ssh_args / ssh_common_args when the host variables do not set them', () => {
    expect(settings('web', {}, { sshArgs: '-C -o ControlMaster=auto -F /tmp/other.conf' })).toMatchObject({ address: 'other.example' });
    expect(settings('web', { ansible_ssh_args: '-F none' }, { sshArgs: '-F /tmp/other.conf' })).toMatchObject({ address: 'web' });
    expect(settings('inner', {}, { sshCommonArgs: '-J 192.0.2.7' }).jump).toEqual([{ address: '192.0.2.7', port: 22 }]);
  });

  it('names the setting in an error', () => {
    expect(() => settings('web', {}, { sshCommonArgs: '-J' })).toThrow('web: [ssh_connection] ssh_common_args: ');
  });
});

describe('jump host keys', () => {
  it("gives a hop its own first existing IdentityFile from the file, and none (the target's) otherwise", () => {
    const files = memoryFiles({
      '/home/me/.ssh/config': 'Host t\n  ProxyJump j1,j2\nHost j1\n  IdentityFile ~/.ssh/%n.key\nHost *\n  IdentityFile ~/.ssh/nope\n',
      '/home/me/.ssh/j1.key': 'KEY',
    });
    expect(sshHostSettings('t', {}, {}, undefined, files).jump).toEqual([
      { address: 'j1', port: 22, privateKeyFile: '/home/me/.ssh/j1.key' },
      { address: 'j2', port: 22 },
    ]);
  });
});
