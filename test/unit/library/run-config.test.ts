/**
 * `runPlaybook({ config })` reads ansible.cfg and the environment as the CLI does, under the
 * options the caller gives. Local hosts: no Docker.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, parsePlaybookText, runPlaybook, type LaunchedJob, type RunEvent } from '../../../src/index.js';
import { localInventory, play } from '../executor/run-local.js';

const dir = () => mkdtempSync(join(tmpdir(), 'castoff-config-'));

/** An ansible.cfg in a fresh directory, with a private async dir of its own. */
function configFile(defaults: string): { file: string; asyncDir: string } {
  const d = dir();
  const asyncDir = join(d, 'async');
  const file = join(d, 'team.cfg');
  writeFileSync(file, `[defaults]\nasync_dir = ${asyncDir}\n${defaults}`);
  return { file, asyncDir };
}

const ASYNC_TASK = play('  tasks:\n    - name: job\n      command: "true"\n      async: 30\n');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a library run with config', () => {
  it('takes async_dir and poll_interval from the named ansible.cfg', async () => {
    const { file, asyncDir } = configFile('poll_interval = 2\n');
    const jobs: LaunchedJob[] = [];
    const playbook = await parsePlaybookText(ASYNC_TASK, 'job.yml');
    const result = await runPlaybook({ playbook, config: file, journal: false, onJobLaunched: (j) => jobs.push(j) });
    expect(result.outcome).toBe('ok');
    expect(jobs).toHaveLength(1);
    expect(jobs[0].job.asyncDir).toBe(asyncDir);
    expect(jobs[0].poll).toBe(2);
  });

  it('lets the options given win over the file', async () => {
    const { file } = configFile('poll_interval = 2\n');
    const mine = join(dir(), 'mine');
    const jobs: LaunchedJob[] = [];
    const playbook = await parsePlaybookText(ASYNC_TASK, 'job.yml');
    await runPlaybook({ playbook, config: file, pollInterval: 1, asyncDir: mine, journal: false, onJobLaunched: (j) => jobs.push(j) });
    expect(jobs.map((j) => [j.poll, j.job.asyncDir])).toEqual([[1, mine]]);
  });

  it('works one host at a time with forks = 1', async () => {
    const out = dir();
    const { file } = configFile('forks = 1\n');
    const inventory = await localInventory(['h1', 'h2', 'h3']);
    // Each host notes when its command started and ended: with one fork no two overlap.
    const yaml = play(`  tasks:\n    - shell: "date +%s%N > ${out}/{{ inventory_hostname }}.start; sleep 0.4; date +%s%N > ${out}/{{ inventory_hostname }}.end"\n`, 'all');
    const result = await runPlaybook({ playbook: await parsePlaybookText(yaml, 'forks.yml'), inventory, config: file, journal: false });
    expect(result.outcome).toBe('ok');
    const spans = ['h1', 'h2', 'h3']
      .map((h) => [BigInt(readFileSync(join(out, `${h}.start`), 'utf8').trim()), BigInt(readFileSync(join(out, `${h}.end`), 'utf8').trim())])
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (let i = 1; i < spans.length; i++) expect(spans[i][0] >= spans[i - 1][1], 'a host started before the previous one ended').toBe(true);
  });

  it('config: true finds the file as Ansible does ($ANSIBLE_CONFIG first) and the environment wins over it', async () => {
    const { file, asyncDir } = configFile('poll_interval = 2\n');
    vi.stubEnv('ANSIBLE_CONFIG', file);
    vi.stubEnv('ANSIBLE_POLL_INTERVAL', '3');
    const jobs: LaunchedJob[] = [];
    await runPlaybook({ playbook: await parsePlaybookText(ASYNC_TASK, 'job.yml'), config: true, journal: false, onJobLaunched: (j) => jobs.push(j) });
    expect(jobs.map((j) => [j.poll, j.job.asyncDir])).toEqual([[3, asyncDir]]);
  });

  it("reports the settings it ignores as warning events, naming the file's line", async () => {
    const { file } = configFile('forks = 2\nfrobnicate = yes\n');
    const events: RunEvent[] = [];
    await runPlaybook({ plays: (await parsePlaybookText(play('  tasks:\n    - debug: msg=hi\n'), 'p.yml')).plays, config: file, onEvent: (e) => events.push(e) });
    const warnings = events.flatMap((e) => (e.type === 'warning' ? [e.message] : []));
    expect(warnings).toEqual([`${file}:4: unknown setting 'frobnicate' in [defaults], neither castoff nor Ansible reads it; it is ignored`]);
    expect(events[0].type).toBe('run_start');
    expect(events[1]).toMatchObject({ type: 'warning' });
  });

  it('runs plays that name no strategy with the strategy of the file, and a play that names one with its own', async () => {
    const { file } = configFile('strategy = host_pinned\n');
    const inventory = await localInventory(['h1', 'h2']);
    const tasks = '  tasks:\n    - name: a\n      raw: "true"\n    - name: b\n      raw: "true"\n';
    const order = async (yaml: string) => {
      const events: RunEvent[] = [];
      const playbook = await parsePlaybookText(yaml, 'strategy.yml');
      const result = await runPlaybook({ playbook, inventory, config: file, forks: 1, journal: false, onEvent: (e) => events.push(e) });
      expect(result.outcome).toBe('ok');
      return events.flatMap((e) => (e.type === 'host_result' ? [`${e.host}:${e.task}`] : []));
    };
    // host_pinned with one fork: h1 runs all its tasks before h2 starts; linear: task by task.
    expect(await order(play(tasks, 'all'))).toEqual(['h1:a', 'h1:b', 'h2:a', 'h2:b']);
    expect(await order(play(`  strategy: linear\n${tasks}`, 'all'))).toEqual(['h1:a', 'h2:a', 'h1:b', 'h2:b']);
  });

  it('without config, reads no ansible.cfg', async () => {
    const { file } = configFile('poll_interval = 2\n');
    vi.stubEnv('ANSIBLE_CONFIG', file);
    const jobs: LaunchedJob[] = [];
    await runPlaybook({ playbook: await parsePlaybookText(ASYNC_TASK, 'job.yml'), asyncDir: join(dir(), 'a'), journal: false, onJobLaunched: (j) => jobs.push(j) });
    expect(jobs.map((j) => j.poll)).toEqual([15]);
  });

  it('takes the interpreter of hosts that set none from interpreter_python, and ANSIBLE_PYTHON_INTERPRETER over it', async () => {
    const { file } = configFile('interpreter_python = /usr/bin/python3\n');
    const inventory = await localInventory(['h1']);
    const ping = await parsePlaybookText('- hosts: all\n  gather_facts: false\n  tasks:\n    - name: p\n      ping:\n', 'ping.yml');
    const factsOf = async (): Promise<unknown> => {
      const events: RunEvent[] = [];
      await runPlaybook({ playbook: ping, inventory, config: file, journal: false, onEvent: (e) => events.push(e) });
      const result = events.find((e) => e.type === 'host_result' && e.task === 'p');
      expect(result?.type === 'host_result' && result.result.ping).toBe('pong');
      return result?.type === 'host_result' ? result.result.ansible_facts : 'no result';
    };
    // A literal interpreter: no discovery, so no discovered_interpreter_python.
    expect(await factsOf()).toBeUndefined();
    vi.stubEnv('ANSIBLE_PYTHON_INTERPRETER', 'auto_silent');
    expect(await factsOf()).toEqual({ discovered_interpreter_python: expect.stringMatching(/^\//) });
  });

  it('a config file that does not exist is a ConfigError naming it', async () => {
    const missing = join(dir(), 'nope.cfg');
    const plays = (await parsePlaybookText(play('  tasks:\n    - debug: msg=hi\n'), 'p.yml')).plays;
    await expect(runPlaybook({ plays, config: missing })).rejects.toThrow(new ConfigError(`the config file ${missing} does not exist`));
  });
});
