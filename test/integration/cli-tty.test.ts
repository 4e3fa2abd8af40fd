import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/src/cli/castoff-playbook.js', import.meta.url));
const session = `castoff-tty-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session);

afterAll(() => {
  try {
    tmux('kill-session', '-t', session);
  } catch {
    // already gone
  }
});

describe('the live status line on a terminal', () => {
  it('shows progress while async jobs run, then leaves only the permanent lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-tty-'));
    const playbook = join(dir, 'live.yml');
    writeFileSync(
      playbook,
      `- hosts: localhost
  tasks:
    - name: Slow job
      shell: sleep 4
      async: 30
      poll: 1
`,
    );
    tmux('new-session', '-d', '-s', session, '-x', '150', '-y', '40', `node ${CLI} ${playbook}; echo EXIT=$?; sleep 60`);
    await new Promise((r) => setTimeout(r, 2500));
    const during = screen();
    expect(during).toMatch(/\[Slow job\] 0\/1 done, 0 failed, 1 running, \d+s of 30s; slowest: localhost/);
    expect(during).toContain(`TASK [Slow job] ${'*'.repeat(63)}`);
    let after = '';
    for (let i = 0; i < 40 && !after.includes('EXIT='); i++) {
      await new Promise((r) => setTimeout(r, 250));
      after = screen();
    }
    expect(after).toContain('EXIT=0');
    expect(after).toContain('changed: [localhost]');
    expect(after).not.toMatch(/\d+ running/);
    // Every permanent line is whole: nothing of the status line is left inside them.
    const lines = after.split('\n');
    expect(lines.filter((l) => l.startsWith('ASYNC POLL on localhost')).every((l) => /^ASYNC POLL on localhost: jid=j\d+\.\d+ started=1 finished=0$/.test(l))).toBe(true);
  });
});
