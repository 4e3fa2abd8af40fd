/**
 * Hostile hosts and journalled jobs: the journal never carries a launching run's host-key policy
 * into later commands, and what a host writes (a status file, a command's output) reaches the
 * terminal escaped. Real sshd hosts; the CLI runs from the built dist/ (`npm run build` first).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalFile, knownJobs, type JobLaunch } from '../../../src/jobs/index.js';
import { CASTOFF_CLI, PLAYBOOK_CLI, runCliProcess, type CliResult } from '../../helpers/cli.js';
import { startHosts, type TestHost, type TestHosts } from '../../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../../helpers/inventory.js';
import { ed25519KeyPair } from '../../helpers/ssh-keys.js';

let fleet: TestHosts;
let inv: TestInventory;
/** known_hosts pinning another key for every host: what the controller sees once a host was re-keyed. */
let rekeyed: string;

// Clear the screen, retitle the window, ring the bell; then a one-character CSI (U+009B, sent as UTF-8).
const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\u009b31m';
const HOSTILE_SHOWN = '\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m';
/** The same bytes for the host's printf. */
const HOSTILE_PRINTF = '\\033[2J\\033]0;pwned\\007\\302\\23331m';
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'hjobs' });
  inv = writeInventory(fleet.hosts);
  writeFileSync(join(inv.dir, 'ansible.cfg'), `[defaults]\ninventory = ${inv.file}\n`);
  const other = ed25519KeyPair().public.split(' ').slice(0, 2).join(' ');
  rekeyed = join(inv.dir, 'known_hosts_rekeyed');
  writeFileSync(rekeyed, fleet.hosts.map((h) => `[127.0.0.1]:${h.port} ${other}\n`).join(''));
}, 300_000);

afterAll(async () => {
  await fleet?.stop();
});

const hostOf = (name: string): TestHost => fleet.hosts.find((h) => h.name === name)!;

function run(bin: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  return runCliProcess(bin, args, { cwd: inv.dir, env: { ANSIBLE_CONFIG: join(inv.dir, 'ansible.cfg'), ...env } });
}
const castoff = (args: string[], env: Record<string, string>) => run(CASTOFF_CLI, args, env);

function freshHome(): string {
  return mkdtempSync(join(tmpdir(), 'castoff-home-'));
}

type Launched = JobLaunch & { jid: string; resultsFile: string };

/** The one job the journal holds, once its launch returned. */
async function launchedJob(home: string): Promise<Launched> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const found = knownJobs({ home })
      .map((j) => j.launch)
      .find((l): l is Launched => l.jid !== undefined);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('no launch journalled');
    await sleep(100);
  }
}

const jobProcesses = (job: { host: string; jid: string }) => hostOf(job.host).processesWithEnv(`CASTOFF_JOB_ID=${job.jid}`);

function playbook(name: string, yaml: string): string {
  const file = join(inv.dir, name);
  writeFileSync(file, yaml);
  return file;
}

describe('the journal keeps no host-key policy', () => {
  it('a job launched with checking off is refused by castoff jobs, wait and kill once its host is re-keyed, and stays in the journal', async () => {
    const home = freshHome();
    const env = { CASTOFF_HOME: home, CASTOFF_KNOWN_HOSTS: rekeyed };
    const launched = await castoff(['hjobs1', '-m', 'shell', '-a', 'sleep 300', '-B', '600', '-P', '0'], { ...env, CASTOFF_HOST_KEY_CHECKING: 'off' });
    expect(launched.code, launched.stderr).toBe(0);
    const job = await launchedJob(home);
    expect((await jobProcesses(job)).length).toBeGreaterThan(0);
    const journal = readFileSync(journalFile({ home }), 'utf8');
    expect(journal).not.toMatch(/hostKeyChecking|knownHostsFile/);

    // A journal written before castoff stopped keeping the policy says `off`: it counts for nothing.
    const withOldPolicy = journal
      .trimEnd()
      .split('\n')
      .map((line) => {
        const entry = JSON.parse(line) as { connection?: Record<string, unknown> };
        if (entry.connection) entry.connection = { ...entry.connection, hostKeyChecking: 'off', knownHostsFile: inv.knownHostsFile };
        return JSON.stringify(entry);
      });
    writeFileSync(journalFile({ home }), `${withOldPolicy.join('\n')}\n`);

    const refusal = new RegExp(`Failed to connect to the host via ssh: hjobs1 port ${hostOf('hjobs1').port}: host key mismatch \\(its ssh-ed25519 key differs from the one in ${rekeyed.replace(/[.]/g, '\\.')}:1\\)`);
    const listed = await castoff(['jobs'], env);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^hjobs1\\s+${job.jid.replace('.', '\\.')}\\s+unreachable\\s`, 'm'));
    expect(listed.stderr).toMatch(refusal);

    const waited = await castoff(['wait', job.jid], env);
    expect(waited.code, waited.stdout + waited.stderr).toBe(2);
    expect(waited.stdout).toMatch(refusal);
    expect(waited.stdout).toContain(`fatal: [hjobs1]: FAILED! =>`);

    const killed = await castoff(['kill', job.jid], env);
    expect(killed.code, killed.stdout + killed.stderr).toBe(4);
    expect(killed.stdout).toMatch(new RegExp(`^hjobs1 \\| UNREACHABLE! \\| jid=${job.jid.replace('.', '\\.')} => `));
    expect(killed.stdout).toMatch(refusal);

    // Nothing lost: the job runs on and the journal still lists it as launched.
    expect((await jobProcesses(job)).length).toBeGreaterThan(0);
    expect(knownJobs({ home }).map((j) => [j.launch.jid, j.state])).toEqual([[job.jid, 'launched']]);
    const asJson = await castoff(['jobs', '--output', 'json'], env);
    expect(JSON.parse(asJson.stdout)).toMatchObject([{ host: 'hjobs1', jid: job.jid, status: 'unreachable', journal: 'launched' }]);

    // The policy that applies is the one in force now, either way: the user may still choose off.
    const killedNow = await castoff(['kill', job.jid], { ...env, CASTOFF_HOST_KEY_CHECKING: 'off' });
    expect(killedNow.code, killedNow.stdout + killedNow.stderr).toBe(0);
    expect(killedNow.stdout).toBe(`hjobs1 | KILLED | jid=${job.jid}\n`);
    expect(await jobProcesses(job)).toEqual([]);
  });

  it('the current known_hosts applies too: a job launched against another file is followed through the one set now', async () => {
    const home = freshHome();
    const launched = await castoff(['hjobs2', '-m', 'shell', '-a', 'sleep 300', '-B', '600', '-P', '0'], { CASTOFF_HOME: home, CASTOFF_KNOWN_HOSTS: inv.knownHostsFile });
    expect(launched.code, launched.stderr).toBe(0);
    const job = await launchedJob(home);

    const refused = await castoff(['kill', job.jid], { CASTOFF_HOME: home, CASTOFF_KNOWN_HOSTS: rekeyed });
    expect(refused.code).toBe(4);
    expect(refused.stdout).toContain(`hjobs2 port ${hostOf('hjobs2').port}: host key mismatch (its ssh-ed25519 key differs from the one in ${rekeyed}:`);
    expect((await jobProcesses(job)).length).toBeGreaterThan(0);

    const killed = await castoff(['kill', job.jid], { CASTOFF_HOME: home, CASTOFF_KNOWN_HOSTS: inv.knownHostsFile });
    expect(killed.stdout).toBe(`hjobs2 | KILLED | jid=${job.jid}\n`);
  });
});

describe('terminal escapes from hosts are shown escaped', () => {
  it('castoff jobs and wait quote a corrupt status file escaped; --output json keeps its exact bytes', async () => {
    const home = freshHome();
    const env = { CASTOFF_HOME: home, CASTOFF_KNOWN_HOSTS: inv.knownHostsFile };
    const launched = await castoff(['hjobs1', '-m', 'shell', '-a', 'sleep 300', '-B', '600', '-P', '0'], env);
    expect(launched.code, launched.stderr).toBe(0);
    const job = await launchedJob(home);
    const written = await hostOf('hjobs1').sh(`printf '${HOSTILE_PRINTF}' > ${job.resultsFile}`);
    expect(written.rc).toBe(0);

    const listed = await castoff(['jobs'], env);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^hjobs1\\s+${job.jid.replace('.', '\\.')}\\s+unreadable\\s`, 'm'));
    expect(listed.stderr).toContain(`the job file ${job.resultsFile} is corrupt (not JSON)`);
    expect(listed.stderr).toContain('\\u001b[2J');
    expect(listed.stdout + listed.stderr).not.toMatch(ANY_CONTROL);

    const asJson = await castoff(['jobs', '--output', 'json'], env);
    const [row] = JSON.parse(asJson.stdout) as Array<{ status: string; message: string }>;
    expect(row.status).toBe('unreadable');
    expect(row.message).toContain('\u001b[2J');

    const waited = await castoff(['wait', job.jid], env);
    expect(waited.code).toBe(2);
    expect(waited.stdout).toContain(`the job file ${job.resultsFile} is corrupt (not JSON)`);
    expect(waited.stdout + waited.stderr).not.toMatch(ANY_CONTROL);
  });

  it('a registered stdout and a failed command\'s output print escaped in human and ad-hoc output; json and jsonl keep the exact text', async () => {
    const file = playbook(
      'hostile-output.yml',
      [
        '- hosts: hjobs1',
        '  gather_facts: false',
        '  tasks:',
        '    - name: Print escapes',
        `      shell: printf '${HOSTILE_PRINTF}'`,
        '      register: r',
        '    - debug: var=r.stdout',
        '    - name: Fail with escapes',
        `      shell: printf '${HOSTILE_PRINTF}' >&2; exit 3`,
        '      ignore_errors: true',
        '',
      ].join('\n'),
    );
    const env = { CASTOFF_HOME: freshHome(), CASTOFF_KNOWN_HOSTS: inv.knownHostsFile };

    const human = await run(PLAYBOOK_CLI, [file], env);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout + human.stderr).not.toMatch(ANY_CONTROL);
    expect(human.stdout).toContain(`"r.stdout": "${HOSTILE_SHOWN}"`);
    expect(human.stdout).toMatch(new RegExp(`fatal: \\[hjobs1\\]: FAILED! => .*"stderr": "${HOSTILE_SHOWN.replace(/[\\[\]]/g, '\\$&')}"`));

    const json = await run(PLAYBOOK_CLI, ['--output', 'json', file], env);
    expect(json.code, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as { plays: Array<{ tasks: Array<{ task: { name: string }; hosts: Record<string, Record<string, unknown>> }> }> };
    const hosts = (name: string) => doc.plays[0].tasks.find((t) => t.task.name === name)!.hosts.hjobs1;
    expect(hosts('Print escapes').stdout).toBe(HOSTILE);
    expect(hosts('Fail with escapes').stderr).toBe(HOSTILE);

    const jsonl = await run(PLAYBOOK_CLI, ['--output', 'jsonl', file], env);
    expect(jsonl.code, jsonl.stderr).toBe(0);
    const results = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; task?: string; result?: Record<string, unknown> })
      .filter((e) => e.type === 'host_result');
    expect(results.find((e) => e.task === 'Print escapes')!.result!.stdout).toBe(HOSTILE);

    const adhoc = await castoff(['hjobs1', '-m', 'shell', '-a', `printf 'ok\\n${HOSTILE_PRINTF}'`], env);
    expect(adhoc.code, adhoc.stderr).toBe(0);
    expect(adhoc.stdout).toBe(`hjobs1 | CHANGED | rc=0 >>\nok\n${HOSTILE_SHOWN}\n`);
  });
});
