/**
 * Real sshd hosts in containers for integration tests: a fresh key pair and host key per run,
 * and handles to break a host (pause it, stop sshd, cut its network) and to inspect it from inside.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import { inject } from 'vitest';
import type { SshConnectOptions } from '../../src/connection/index.js';
import { containerStep } from './container-steps.js';
import { CONTAINER_LABEL, HOST_IMAGE, HOST_IMAGE_NO_PYTHON } from './images.js';
import { ed25519KeyPair } from './ssh-keys.js';

const run = promisify(execFile);

export interface Keys {
  dir: string;
  privateKey: string;
  keyFile: string;
  publicKey: string;
  encryptedKeyFile: string;
  passphrase: string;
  hostPrivateKey: string;
  hostPublicKey: string;
}

let keys: Keys | undefined;

/** One key pair (plain and passphrase-protected copies) and one host key per test process. */
export function testKeys(): Keys {
  if (keys) return keys;
  const dir = mkdtempSync(join(tmpdir(), 'castoff-keys-'));
  const user = ed25519KeyPair({ comment: 'castoff-test' });
  const passphrase = 'correct horse';
  const encrypted = ed25519KeyPair({ comment: 'castoff-test-enc', passphrase, cipher: 'aes256-ctr' });
  const host = ed25519KeyPair();
  const keyFile = join(dir, 'id_ed25519');
  const encryptedKeyFile = join(dir, 'id_ed25519_enc');
  writeFileSync(keyFile, user.private, { mode: 0o600 });
  writeFileSync(encryptedKeyFile, encrypted.private, { mode: 0o600 });
  keys = {
    dir,
    privateKey: user.private,
    keyFile,
    publicKey: `${user.public}\n${encrypted.public}`,
    encryptedKeyFile,
    passphrase,
    hostPrivateKey: host.private,
    hostPublicKey: host.public,
  };
  return keys;
}

function shellArg(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface ShellResult {
  rc: number;
  output: string;
}

export class TestHost {
  readonly address = '127.0.0.1';
  readonly port: number;
  /** The container's own address on the Docker bridge (reachable from this machine only). */
  readonly internalAddress: string;
  readonly knownHostsFile: string;

  constructor(
    readonly name: string,
    readonly container: StartedTestContainer,
  ) {
    this.port = container.getMappedPort(22);
    this.internalAddress = container.getIpAddress('bridge');
    const k = testKeys();
    this.knownHostsFile = join(k.dir, `known_hosts_${name}`);
    const hostKeyLine = k.hostPublicKey.split(' ').slice(0, 2).join(' ');
    writeFileSync(this.knownHostsFile, `[127.0.0.1]:${this.port} ${hostKeyLine}\n${this.internalAddress} ${hostKeyLine}\n`);
  }

  /** Options to reach this host as `user` with the run's key and strict host key checking. */
  connectOptions(overrides: Partial<SshConnectOptions> = {}): SshConnectOptions {
    return {
      host: this.name,
      address: this.address,
      port: this.port,
      user: 'root',
      privateKeyFile: testKeys().keyFile,
      knownHostsFile: this.knownHostsFile,
      hostKeyChecking: 'strict',
      agent: false,
      ...overrides,
    };
  }

  /** Runs a shell command inside the container (not over SSH), to arrange or inspect state. */
  async sh(command: string): Promise<ShellResult> {
    const r = await this.container.exec(['sh', '-c', command]);
    return { rc: r.exitCode, output: r.output };
  }

  /**
   * Live (non-zombie) processes whose environment holds `entry` (`NAME=value`): how a test finds
   * what a job or command left behind, e.g. `CASTOFF_JOB_ID=<jid>`.
   */
  async processesWithEnv(entry: string): Promise<number[]> {
    const r = await this.sh(
      `grep -lx -z -F -e ${shellArg(entry)} /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 | ` +
        `while read p; do [ -e /proc/$p/status ] && ! grep -q '^State:.*Z' /proc/$p/status && echo $p; done`,
    );
    return r.output.split(/\s+/).filter(Boolean).map(Number);
  }

  /** Established TCP sessions to this host's sshd, as `ss` inside the container sees them. */
  async sshSessions(): Promise<string[]> {
    const r = await this.sh(`ss -Htn state established '( sport = :22 )'`);
    return r.output.split('\n').filter((l) => l.trim() !== '');
  }

  /**
   * Freezes every process of the container. The kernel's cgroup freezer gives up ("unable to
   * freeze") when a process does not reach a freezable point in time, which a loaded machine makes
   * happen now and then; the container is left running then, so trying again is safe.
   */
  async pause(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await run('docker', ['pause', this.container.getId()]);
        return;
      } catch (error) {
        if (attempt >= 5 || !/unable to freeze/.test(String((error as { stderr?: unknown }).stderr ?? error))) throw error;
        await sleep(200);
      }
    }
  }

  async unpause(): Promise<void> {
    await run('docker', ['unpause', this.container.getId()]);
  }

  /**
   * Stops the sshd listener and every session it served; the entrypoint keeps the container up.
   * It kills until no live one is left: an sshd the supervisor had just started, or a session forked
   * while the first kill went round, would otherwise keep the wait going; a killed session that
   * is a zombie until the container's init reaps it counts as gone.
   */
  async stopSshd(): Promise<void> {
    const live = `ps -e -o stat=,comm= | awk '$2 == "sshd" && $1 !~ /^Z/' | grep -q .`;
    const r = await this.sh(`touch /run/sshd.stop; n=0; while ${live}; do pkill -x sshd; sleep 0.05; n=$((n+1)); [ $n -lt 400 ] || { ps -e -o pid,stat,comm,args; exit 1; }; done`);
    if (r.rc !== 0) throw new Error(`${this.name}: sshd would not stop:\n${r.output}`);
  }

  async startSshd(): Promise<void> {
    await this.sh('rm -f /run/sshd.stop; while ! (ss -ltn | grep -q ":22 "); do sleep 0.05; done');
  }

  /** Silently drops every SSH packet both ways, like a dead link or a firewall. */
  async cutNetwork(): Promise<void> {
    const r = await this.sh('iptables -I INPUT -p tcp --dport 22 -j DROP && iptables -I OUTPUT -p tcp --sport 22 -j DROP');
    if (r.rc !== 0) throw new Error(`cutNetwork failed: ${r.output}`);
  }

  async restoreNetwork(): Promise<void> {
    await this.sh('iptables -D INPUT -p tcp --dport 22 -j DROP; iptables -D OUTPUT -p tcp --sport 22 -j DROP; true');
  }
}

export interface StartHostsOptions {
  python?: boolean;
  /** tmpfs mounts, path -> mount options, e.g. `{ '/mnt/tiny': 'rw,size=64k' }` for a disk that fills. */
  tmpfs?: Record<string, string>;
  /** Name prefix; hosts are named prefix1..prefixN. */
  prefix?: string;
}

export interface TestHosts {
  hosts: TestHost[];
  stop(): Promise<void>;
}

export async function startHosts(count: number, options: StartHostsOptions = {}): Promise<TestHosts> {
  const k = testKeys();
  const image = options.python === false ? HOST_IMAGE_NO_PYTHON : HOST_IMAGE;
  const prefix = options.prefix ?? 'h';
  const container = () =>
    new GenericContainer(image)
      .withExposedPorts(22)
      .withEnvironment({ CASTOFF_AUTHORIZED_KEY: k.publicKey, CASTOFF_HOST_KEY: k.hostPrivateKey })
      .withAddedCapabilities('NET_ADMIN')
      .withTmpFs(options.tmpfs ?? {})
      .withLabels({ [CONTAINER_LABEL]: inject('testRunId') })
      .withWaitStrategy(Wait.forLogMessage(/Server listening on 0\.0\.0\.0/));
  // On a loaded machine Docker's log stream can end before sshd's line is read; a second start
  // tells such a hiccup from a host that really cannot start (whose error the second try gives).
  const started = await Promise.all(
    Array.from({ length: count }, (_, i) => containerStep(`starting test host ${prefix}${i + 1}`, () => container().start().catch(() => container().start()))),
  );
  const hosts = started.map((c, i) => new TestHost(`${prefix}${i + 1}`, c));
  return {
    hosts,
    async stop() {
      await Promise.allSettled(started.map((c, i) => containerStep(`stopping test host ${prefix}${i + 1}`, () => c.stop({ timeout: 1 }))));
    },
  };
}
