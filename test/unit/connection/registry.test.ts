import { describe, expect, it } from 'vitest';
import {
  ConnectionPool,
  connectionHostVars,
  connectionTypeFor,
  connectionTypeNames,
  DockerConnection,
  LocalConnection,
  SshConnection,
  toConnectionSpec,
  typeOfSpec,
  type ConnectionDefaults,
  type ConnectionSpec,
} from '../../../src/connection/index.js';
import { ConfigError } from '../../../src/core/errors.js';
import { journalConnection } from '../../../src/jobs/index.js';


/** A host's spec with the remote user before the run defaults, as the tests below read best. */
function specFor(host: string, vars: Record<string, unknown>, remoteUser: string | undefined, defaults: ConnectionDefaults): ConnectionSpec {
  return toConnectionSpec(host, vars, defaults, remoteUser);
}

describe('picking a connection type by ansible_connection', () => {
  it('is ssh when unset, and for ssh, smart and paramiko', () => {
    for (const value of [undefined, null, 'ssh', 'smart', 'paramiko', 'ansible.builtin.ssh']) {
      expect(connectionTypeFor('web1', value).name, String(value)).toBe('ssh');
    }
  });

  it('is local for local, docker for docker and community.docker.docker', () => {
    expect(connectionTypeFor('web1', 'local').name).toBe('local');
    expect(connectionTypeFor('web1', 'docker').name).toBe('docker');
    expect(connectionTypeFor('web1', 'community.docker.docker').name).toBe('docker');
  });

  it('fails an unknown name with the host and every name it could be', () => {
    expect(() => connectionTypeFor('web1', 'winrm')).toThrow(
      new ConfigError(
        "web1: the connection plugin 'winrm' was not found (ansible_connection can be ssh, smart, paramiko, paramiko_ssh, ansible.builtin.ssh, " +
          'ansible.builtin.paramiko_ssh, local, ansible.builtin.local, docker, community.docker.docker)',
      ),
    );
    expect(connectionTypeNames().slice(0, 1)).toEqual(['ssh']);
  });
});

describe('the host variables each type reads', () => {
  it('lists every variable once, with its type, aliases and a description', () => {
    const listed = connectionHostVars();
    const names = listed.map((v) => `${v.type}:${v.name}`);
    expect(new Set(names).size).toBe(names.length);
    expect(listed.find((v) => v.name === 'ansible_port')).toMatchObject({ type: 'ssh', aliases: ['ansible_ssh_port'] });
    expect(listed.find((v) => v.name === 'ansible_docker_host')).toMatchObject({ type: 'docker', aliases: ['ansible_host'] });
    expect(listed.filter((v) => v.type === 'docker').map((v) => v.name)).toEqual(['ansible_docker_host', 'ansible_docker_user', 'ansible_docker_extra_args']);
    for (const v of listed) expect(v.description.length, v.name).toBeGreaterThan(10);
  });

  it('ssh: the address, port, user (host var over remote_user over the default), key and jump chain', () => {
    const spec = specFor(
      'web1',
      { ansible_ssh_host: '10.0.0.5', ansible_port: '2222', ansible_ssh_pass: 'pw', ansible_ssh_common_args: '-J jump.example:2200' },
      'play-user',
      { user: 'default-user', privateKeyFile: '/keys/id', connectTimeoutMs: 5000 },
    );
    expect(spec).toMatchObject({
      kind: 'ssh',
      host: 'web1',
      address: '10.0.0.5',
      port: 2222,
      user: 'play-user',
      password: 'pw',
      privateKeyFile: '/keys/id',
      connectTimeoutMs: 5000,
      jump: [{ address: 'jump.example', port: 2200 }],
    });
    expect(specFor('web1', { ansible_user: 'u' }, 'play-user', {})).toMatchObject({ user: 'u', address: 'web1', port: 22 });
    expect(() => specFor('web1', { ansible_port: 'ssh' }, undefined, {})).toThrow('ansible_port must be a port number (1-65535), got "ssh"');
  });

  it('local: only the host name and the output limit', () => {
    expect(specFor('localhost', { ansible_connection: 'local', ansible_user: 'ignored' }, 'x', { outputLimit: 99 })).toEqual({
      kind: 'local',
      host: 'localhost',
      outputLimit: 99,
    });
  });

  it('docker: the container from ansible_docker_host, ansible_host or the name; the user; extra args as shell words', () => {
    expect(specFor('app', { ansible_connection: 'docker' }, undefined, {})).toEqual({ kind: 'docker', host: 'app', container: 'app' });
    expect(
      specFor(
        'app',
        { ansible_connection: 'docker', ansible_host: 'by-host', ansible_docker_host: 'by-docker-host', ansible_user: 'u1', ansible_docker_extra_args: `-H 'tcp://h:2375' --tls` },
        'play-user',
        { outputLimit: 1000 },
      ),
    ).toEqual({ kind: 'docker', host: 'app', container: 'by-docker-host', user: 'u1', extraArgs: ['-H', 'tcp://h:2375', '--tls'], outputLimit: 1000 });
    expect(specFor('app', { ansible_connection: 'docker', ansible_host: 'c1' }, 'play-user', { user: 'cli-user' })).toMatchObject({ container: 'c1', user: 'play-user' });
    expect(() => specFor('app', { ansible_connection: 'docker', ansible_docker_extra_args: "-H 'open" }, undefined, {})).toThrow(/^app: ansible_docker_extra_args: /);
  });
});

describe('what the journal keeps of a spec', () => {
  it('ssh: no password, key material or host-key policy', () => {
    const spec: ConnectionSpec = {
      kind: 'ssh',
      host: 'h1',
      address: '10.0.0.1',
      port: 22,
      user: 'root',
      password: 'pw',
      privateKey: 'KEY',
      passphrase: 'pp',
      privateKeyFile: '/keys/id',
      hostKeyChecking: 'off',
      knownHostsFile: '/k',
    };
    expect(journalConnection(spec)).toEqual({ kind: 'ssh', host: 'h1', address: '10.0.0.1', port: 22, user: 'root', privateKeyFile: '/keys/id' });
  });

  it('local and docker: everything (nothing in them is secret)', () => {
    const docker: ConnectionSpec = { kind: 'docker', host: 'app', container: 'c1', user: 'u', extraArgs: ['--context', 'remote'] };
    expect(journalConnection(docker)).toEqual(docker);
    expect(journalConnection({ kind: 'local', host: 'localhost' })).toEqual({ kind: 'local', host: 'localhost' });
  });
});

describe('the pool opens through the registry', () => {
  it('opens the type of the spec, once per identity', async () => {
    const pool = new ConnectionPool();
    const docker = pool.get({ kind: 'docker', host: 'app', container: 'c1' });
    expect(docker).toBeInstanceOf(DockerConnection);
    expect(pool.get({ kind: 'docker', host: 'app', container: 'c1' })).toBe(docker);
    expect(pool.get({ kind: 'docker', host: 'app', container: 'c1', user: 'other' })).not.toBe(docker);
    expect(pool.get({ kind: 'local', host: 'localhost' })).toBeInstanceOf(LocalConnection);
    const ssh = pool.get({ kind: 'ssh', host: 'h1', user: 'a' });
    expect(ssh).toBeInstanceOf(SshConnection);
    expect(pool.get({ kind: 'ssh', host: 'h1', user: 'b' })).not.toBe(ssh);
    expect(pool.all()).toHaveLength(5);
    await pool.closeAll();
  });

  it('names the spec of a type nobody registered', () => {
    expect(() => typeOfSpec({ kind: 'telnet', host: 'old' })).toThrow("old: no connection type 'telnet'");
  });
});
