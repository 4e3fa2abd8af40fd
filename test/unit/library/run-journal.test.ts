/**
 * A library run journals its async jobs as the CLI's do, so `castoff jobs` finds them; `journal:
 * false` opts out. Local hosts: no Docker.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journalFile, knownJobs, parsePlaybookText, RunJournal, runPlaybook, type LaunchedJob } from '../../../src/index.js';
import { play } from '../executor/run-local.js';

const dir = () => mkdtempSync(join(tmpdir(), 'castoff-journal-'));

/** A fire-and-forget job (poll: 0) in a private async dir. */
async function fireAndForget(): Promise<{ playbook: Awaited<ReturnType<typeof parsePlaybookText>>; asyncDir: string }> {
  const asyncDir = join(dir(), 'async');
  const playbook = await parsePlaybookText(play('  tasks:\n    - name: fire\n      command: "sleep 1"\n      async: 30\n      poll: 0\n'), 'fire.yml');
  return { playbook, asyncDir };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('journalling a library run', () => {
  it('journals a poll: 0 job by default, in $CASTOFF_HOME, with the id the launch returned', async () => {
    const home = dir();
    vi.stubEnv('CASTOFF_HOME', home);
    const { playbook, asyncDir } = await fireAndForget();
    const launched: LaunchedJob[] = [];
    const result = await runPlaybook({ playbook, asyncDir, onJobLaunched: (j) => launched.push(j) });
    expect(result.outcome).toBe('ok');
    expect(launched).toHaveLength(1);
    const jobs = knownJobs({ home });
    expect(jobs.map((j) => [j.launch.host, j.launch.jid, j.state, j.launch.poll, j.launch.asyncDir])).toEqual([['localhost', launched[0].job.jid, 'launched', 0, asyncDir]]);
  });

  it('journals in the directory `journal` names', async () => {
    const home = dir();
    const { playbook, asyncDir } = await fireAndForget();
    await runPlaybook({ playbook, asyncDir, journal: home });
    expect(knownJobs({ home }).map((j) => j.state)).toEqual(['launched']);
  });

  it('journals nothing with journal: false', async () => {
    const home = dir();
    vi.stubEnv('CASTOFF_HOME', home);
    const { playbook, asyncDir } = await fireAndForget();
    const launched: LaunchedJob[] = [];
    const result = await runPlaybook({ playbook, asyncDir, journal: false, onJobLaunched: (j) => launched.push(j) });
    expect(result.outcome).toBe('ok');
    expect(launched).toHaveLength(1);
    expect(existsSync(journalFile({ home }))).toBe(false);
  });

  it('a RunJournal given knows which jobs of the run are still running', async () => {
    const home = dir();
    const journal = new RunJournal({ home });
    const { playbook, asyncDir } = await fireAndForget();
    await runPlaybook({ playbook, asyncDir, journal });
    expect(journal.stillRunning()).toEqual({ waited: [], leftRunning: 1 });
    expect(knownJobs({ home })).toHaveLength(1);
  });

  it('journals the collection of a waited job', async () => {
    const home = dir();
    const asyncDir = join(dir(), 'async');
    const playbook = await parsePlaybookText(play('  tasks:\n    - name: waited\n      command: "true"\n      async: 30\n      poll: 1\n'), 'waited.yml');
    const result = await runPlaybook({ playbook, asyncDir, journal: home });
    expect(result.outcome).toBe('ok');
    // A successful wait also erased the job's files.
    expect(knownJobs({ home }).map((j) => j.state)).toEqual(['cleaned']);
  });

  it('a journal that cannot be written fails a poll: 0 launch, and says so in the task result', async () => {
    // A file where the journal's directory should be makes every write fail.
    const home = join(dir(), 'file');
    writeFileSync(home, '');
    const { playbook, asyncDir } = await fireAndForget();
    const failures: unknown[] = [];
    const result = await runPlaybook({
      playbook,
      asyncDir,
      journal: home,
      onEvent: (e) => {
        if (e.type === 'host_result') failures.push(e.result.msg);
      },
    });
    expect(result.outcome).toBe('failed');
    expect(String(failures[0])).toContain("a poll: 0 job would be lost to 'castoff jobs', so it was not started");
  });
});
