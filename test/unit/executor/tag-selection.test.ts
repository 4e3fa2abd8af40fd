import { describe, expect, it } from 'vitest';
import { listedTasks } from '../../../src/executor/index.js';
import { parsePlaybookText } from '../../../src/playbook/index.js';
import { play, resultOf, runLocal, tasksRun } from './run-local.js';

const PLAYBOOK = `- hosts: all
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
    - block:
        - name: inblock
          debug: msg=5
      tags: blk
    - name: always
      debug: msg=6
      tags: always
`;

async function listed(options: Parameters<typeof listedTasks>[1] = {}): Promise<string[]> {
  const { plays } = await parsePlaybookText(PLAYBOOK, 'site.yml', { ansible: { env: { PATH: '' } } });
  return listedTasks(plays[0], options).map((t) => `${t.name} [${t.tags.join(', ')}]`);
}

describe('--list-tasks selection (as ansible-playbook 2.14 prints it)', () => {
  it('shows inherited, rendered, sorted tags and hides never-tagged tasks', async () => {
    expect(await listed()).toEqual(['plain [p]', 'tagged [db, p, web]', 'templ [dyn, p]', 'inblock [blk, p]', 'always [always, p]']);
  });

  it('honours --tags (always-tagged tasks stay) and --skip-tags, and shows never-tagged tasks asked for', async () => {
    expect(await listed({ tags: ['web'] })).toEqual(['tagged [db, p, web]', 'always [always, p]']);
    expect(await listed({ tags: ['never', 'p'], skipTags: ['web', 'blk'] })).toEqual(['plain [p]', 'nev [never, p]', 'templ [dyn, p]', 'always [always, p]']);
  });

  it('renders tags with extra vars over play vars', async () => {
    expect((await listed({ extraVars: { x: 'other' }, tags: ['other'] }))).toEqual(['templ [other, p]', 'always [always, p]']);
  });
});

describe('tags at run time', () => {
  it('a templated tag selects its task; ansible_run_tags and ansible_skip_tags say what the run asked for', async () => {
    const run = await runLocal(
      play(`  vars: {x: dyn}
  tasks:
    - name: templ
      debug: msg=t
      tags: "{{ x }}"
    - name: other
      debug: msg=o
      tags: other
    - name: show
      debug: msg="{{ ansible_run_tags }} {{ ansible_skip_tags }}"
      tags: always
`),
      { tags: ['dyn'], skipTags: ['other'] },
    );
    expect(tasksRun(run)).toEqual(['templ', 'show']);
    expect(resultOf(run, 'show')?.result.msg).toBe("['dyn'] ['other']");
  });

  it('without --tags, ansible_run_tags is [\'all\']', async () => {
    const run = await runLocal(play(`  tasks:\n    - name: show\n      debug: msg="{{ ansible_run_tags }} {{ ansible_skip_tags }}"\n`));
    expect(resultOf(run, 'show')?.result.msg).toBe("['all'] []");
  });
});
