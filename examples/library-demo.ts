/**
 * castoff as a library: start a throwaway sshd host in a container, then
 *   1. run one async job on it with `connect`, `launchAsyncJob` and `waitForJob`;
 *   2. run a playbook on it with `runPlaybook`, reading the typed event stream as it happens.
 * Run with `npm run demo:library` after `bash scripts/setup.sh` (needs Docker).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ssh2 from 'ssh2';
import { connect, launchAsyncJob, parsePlaybookText, runPlaybook, waitForJob, type RunEvent } from '../src/index.js';

const dockerDir = fileURLToPath(new URL('../../docker', import.meta.url));
const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

const PLAYBOOK = `
- hosts: demo
  tasks:
    - name: three jobs at once
      shell: "sleep 1; echo job {{ item }} on $(hostname)"
      loop: [1, 2, 3]
      async: 20
      poll: 1
      register: jobs
    - name: as deploy, through sudo
      command: whoami
      become: true
      become_user: deploy
`;

async function main(): Promise<void> {
  console.log('building the test host image (docker/Dockerfile)...');
  docker('build', '-q', '-t', 'castoff-test-host:python', dockerDir);
  const dir = mkdtempSync(join(tmpdir(), 'castoff-demo-'));
  const key = ssh2.utils.generateKeyPairSync('ed25519');
  const keyFile = join(dir, 'id_ed25519');
  writeFileSync(keyFile, key.private, { mode: 0o600 });
  const id = docker('run', '-d', '--rm', '-p', '127.0.0.1::22', '-e', `CASTOFF_AUTHORIZED_KEY=${key.public}`, 'castoff-test-host:python');
  const port = Number(docker('port', id, '22').split(':').pop());
  // A container made a second ago has no known_hosts entry: record it on first sight.
  const knownHostsFile = join(dir, 'known_hosts');
  try {
    const options = { host: 'demo', address: '127.0.0.1', port, user: 'root', privateKeyFile: keyFile, hostKeyChecking: 'accept-new' as const, knownHostsFile };
    let conn;
    for (let attempt = 0; ; attempt++) {
      try {
        conn = await connect(options);
        break;
      } catch (err) {
        if (attempt > 20) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }

    console.log('\n1. one async job through the API');
    const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 2; uptime' } }, { limit: 10 });
    console.log(`   launched ${job.jid} (status file ${job.resultsFile})`);
    const outcome = await waitForJob(conn, job, { poll: 1, onPoll: (_j, s) => console.log(`   poll: started=${s.started} finished=${s.finished}`) });
    console.log(`   ${outcome.state}: ${String(outcome.result.stdout).trim()} (${outcome.checks} checks, ${conn.stats.roundTrips} round trips in all)`);
    await conn.close();

    console.log('\n2. a playbook through runPlaybook, with its event stream');
    const inventoryFile = join(dir, 'hosts.ini');
    writeFileSync(inventoryFile, `demo ansible_host=127.0.0.1 ansible_port=${port} ansible_user=root ansible_ssh_private_key_file=${keyFile}\n`);
    const result = await runPlaybook({
      playbook: await parsePlaybookText(PLAYBOOK, join(dir, 'demo.yml')),
      inventory: inventoryFile,
      connection: { knownHostsFile, hostKeyChecking: 'accept-new' },
      pollInterval: 1,
      onEvent: (e: RunEvent) => {
        if (e.type === 'task_start') console.log(`   task: ${e.task}`);
        if (e.type === 'host_result') console.log(`     ${e.status} ${e.host}${e.item ? ` (item=${e.item})` : ''}: ${String(e.result.stdout ?? e.result.msg ?? '')}`);
      },
    });
    console.log(`   recap: ${JSON.stringify(result.stats.demo)}, outcome ${result.outcome}`);
  } finally {
    docker('rm', '-f', id);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(`demo failed: ${err.message}`);
  process.exit(1);
});
