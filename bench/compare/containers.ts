/**
 * The benchmark's own sshd hosts: containers of the test host image, started with the docker CLI
 * (the benchmark must not depend on test/), published on 127.0.0.1 only, and removed at the end.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ed25519KeyPair } from './ssh-keys.js';

const run = promisify(execFile);

const IMAGE = 'castoff-bench-host:python';
const LABEL = 'castoff-bench';
const READY = /Server listening on 0\.0\.0\.0/;
const READY_TIMEOUT_MS = 60_000;

/**
 * Many inventory names share one container in the larger workloads, so sshd must accept hundreds
 * of simultaneous handshakes (MaxStartups, default 10:30:100) and, for Ansible's multiplexed
 * masters, more sessions per connection (MaxSessions, default 10). Appended before sshd starts;
 * neither is set earlier in the image's sshd_config, where the first value would win.
 */
const SSHD_TWEAK = "printf 'MaxStartups 2000:30:4000\\nMaxSessions 200\\n' >> /etc/ssh/sshd_config";

export interface BenchContainer {
  id: string;
  port: number;
}

export interface BenchHosts {
  containers: BenchContainer[];
  keyFile: string;
  remove(): Promise<void>;
}

/** Built every time, as the tests' global setup does: Docker's cache makes an unchanged image free, and a changed Dockerfile is never run stale. */
async function ensureImage(repoRoot: string): Promise<void> {
  await run('docker', ['build', '-q', '--build-arg', 'WITH_PYTHON=1', '-t', IMAGE, join(repoRoot, 'docker')], { maxBuffer: 64 * 1024 * 1024 });
}

async function waitReady(id: string): Promise<void> {
  const until = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const { stdout, stderr } = await run('docker', ['logs', id]);
    if (READY.test(stdout + stderr)) return;
    if (Date.now() > until) throw new Error(`container ${id.slice(0, 12)}: sshd did not start within ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function mappedPort(id: string): Promise<number> {
  const { stdout } = await run('docker', ['port', id, '22/tcp']);
  const match = /127\.0\.0\.1:(\d+)/.exec(stdout);
  if (!match) throw new Error(`container ${id.slice(0, 12)}: no port published on 127.0.0.1 (${stdout.trim()})`);
  return Number(match[1]);
}

/** Starts `count` hosts with a fresh key pair and host key; `dir` receives the private key file. */
export async function startBenchHosts(count: number, dir: string, repoRoot: string): Promise<BenchHosts> {
  await ensureImage(repoRoot);
  const user = ed25519KeyPair({ comment: 'castoff-bench' });
  const host = ed25519KeyPair();
  const keyFile = join(dir, 'id_ed25519');
  writeFileSync(keyFile, user.private, { mode: 0o600 });
  // Keys travel in the docker CLI's environment (`-e NAME` without a value), not on its command line.
  const env = { ...process.env, CASTOFF_AUTHORIZED_KEY: user.public, CASTOFF_HOST_KEY: host.private };
  const ids: string[] = [];
  const remove = async () => {
    if (ids.length) await run('docker', ['rm', '-f', ...ids]).catch(() => undefined);
  };
  try {
    await Promise.all(
      Array.from({ length: count }, async () => {
        const { stdout } = await run(
          'docker',
          [
            'run', '-d', '--rm', '--label', LABEL, '-p', '127.0.0.1::22',
            '-e', 'CASTOFF_AUTHORIZED_KEY', '-e', 'CASTOFF_HOST_KEY',
            '--entrypoint', '/bin/sh', IMAGE,
            '-c', `${SSHD_TWEAK} && exec /usr/bin/tini -- /usr/local/sbin/castoff-entrypoint`,
          ],
          { env },
        );
        ids.push(stdout.trim());
      }),
    );
    await Promise.all(ids.map(waitReady));
    const containers = await Promise.all(ids.map(async (id) => ({ id, port: await mappedPort(id) })));
    return { containers, keyFile, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}
