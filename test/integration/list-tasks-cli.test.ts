import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAYBOOK_CLI, runCliProcess } from '../helpers/cli.js';

const PLAYBOOK = `- hosts: a
  gather_facts: false
  tags: [p]
  vars: {x: dyn}
  tasks:
    - name: plain
      debug: msg=1
    - name: tagged
      debug: msg=2
      tags: [web, db]
    - name: nev
      debug: msg=3
      tags: never
    - name: templ
      debug: msg=4
      tags: "{{ x }}"
- hosts: a
  gather_facts: false
  tasks:
    - name: p2
      debug: msg=1
`;

async function list(args: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-list-'));
  writeFileSync(join(dir, 'site.yml'), PLAYBOOK);
  const r = await runCliProcess(PLAYBOOK_CLI, ['-i', 'a,', 'site.yml', ...args], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

// The expected texts are what ansible-playbook 2.14 prints for this playbook.
describe('castoff-playbook --list-tasks / --list-tags', () => {
  it('lists the selected tasks with their inherited, rendered tags; never-tagged tasks only when asked', async () => {
    expect(await list(['--list-tasks'])).toBe(
      '\nplaybook: site.yml\n\n  play #1 (a): a\tTAGS: [p]\n    tasks:\n      plain\tTAGS: [p]\n      tagged\tTAGS: [db, p, web]\n      templ\tTAGS: [dyn, p]\n' +
        '\n  play #2 (a): a\tTAGS: []\n    tasks:\n      p2\tTAGS: []\n',
    );
    expect(await list(['--list-tasks', '-t', 'never', '--skip-tags', 'web'])).toBe(
      '\nplaybook: site.yml\n\n  play #1 (a): a\tTAGS: [p]\n    tasks:\n      nev\tTAGS: [never, p]\n\n  play #2 (a): a\tTAGS: []\n    tasks:\n',
    );
  });

  it('--list-tags gives the tags of the tasks the options select', async () => {
    expect(await list(['--list-tags'])).toBe('\nplaybook: site.yml\n\n  play #1 (a): a\tTAGS: [p]\n      TASK TAGS: [db, dyn, p, web]\n\n  play #2 (a): a\tTAGS: []\n      TASK TAGS: []\n');
    expect(await list(['--list-tags', '--tags', 'web'])).toBe('\nplaybook: site.yml\n\n  play #1 (a): a\tTAGS: [p]\n      TASK TAGS: [db, p, web]\n\n  play #2 (a): a\tTAGS: []\n      TASK TAGS: []\n');
  });
});
