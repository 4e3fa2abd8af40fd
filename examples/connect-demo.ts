/**
 * A first look at castoff's connection layer: start a throwaway sshd host in a container, connect
 * over SSH (ssh2, no OpenSSH client), run commands, move a file, and show what it cost.
 * Run with `npm run demo` after `bash scripts/setup.sh`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ssh2 from 'ssh2';
import { SshConnection, stdoutText } from '../src/connection/index.js';

const dockerDir = fileURLToPath(new URL('../../docker', import.meta.url));
const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

async function main(): Promise<void> {
  console.log('building the test host image (docker/Dockerfile)...');
  docker('build', '-q', '-t', 'castoff-test-host:python', dockerDir);

  const dir = mkdtempSync(join(tmpdir(), 'castoff-demo-'));
  const key = ssh2.utils.generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'id_ed25519'), key.private, { mode: 0o600 });
  const id = docker('run', '-d', '--rm', '-p', '127.0.0.1::22', '-e', `CASTOFF_AUTHORIZED_KEY=${key.public}`, 'castoff-test-host:python');
  const port = Number(docker('port', id, '22').split(':').pop());
  const conn = new SshConnection({
    host: 'demo-host',
    address: '127.0.0.1',
    port,
    user: 'root',
    privateKeyFile: join(dir, 'id_ed25519'),
    // A container made a second ago has no known_hosts entry; record it instead of refusing.
    hostKeyChecking: 'accept-new',
    knownHostsFile: join(dir, 'known_hosts'),
  });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await conn.connect();
        break;
      } catch (err) {
        if (attempt > 20) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    console.log(`connected to demo-host (127.0.0.1:${port})`);
    const facts = await conn.exec('uname -sr; python3 --version; whoami');
    console.log(stdoutText(facts).trim().replace(/^/gm, '  '));

    const started = performance.now();
    const many = await Promise.all(Array.from({ length: 20 }, (_, i) => conn.exec(`echo job ${i} on $(hostname)`)));
    console.log(`20 concurrent commands on one connection: ${many.filter((r) => r.rc === 0).length} ok in ${Math.round(performance.now() - started)} ms`);

    await conn.put('/tmp/hello.txt', 'hello from castoff\n', 0o640);
    const back = await conn.get('/tmp/hello.txt');
    console.log(`uploaded and read back /tmp/hello.txt: ${JSON.stringify(back.toString())}`);

    const asDeploy = await conn.exec('whoami', { become: { method: 'sudo', user: 'deploy' } });
    console.log(`become deploy via sudo: ${stdoutText(asDeploy).trim()}`);
    console.log(`cost: ${conn.stats.connects} connection, ${conn.stats.execs} execs, ${conn.stats.fileOps} file operations`);
  } finally {
    await conn.close();
    docker('rm', '-f', id);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(`demo failed: ${err.message}`);
  process.exit(1);
});
