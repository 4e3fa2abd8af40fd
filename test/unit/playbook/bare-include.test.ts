import { describe, expect, it } from 'vitest';
import { type Block, loadPlaybook, type Task } from '../../../src/playbook/index.js';
import { asIncludeTask } from '../../../src/playbook/bare-include.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

const noAnsible = { ansible: { env: { PATH: '' } }, rolesPaths: [] as string[] };

describe('bare include: (Ansible 2.14, deprecated)', () => {
  it('reads a static include as import_tasks, its key=value words as vars, with the deprecation warning at its line', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  tasks:\n    - include: sub/t.yml greet=hello\n      when: true\n    - include: sub/t.yml\n',
      'sub/t.yml': '- debug: msg="{{ greet }}"\n',
    });
    const playbook = await loadPlaybook(`${root}/site.yml`, noAnsible);
    const [first, second] = playbook.plays[0].tasks as Block[];
    expect(first).toMatchObject({ kind: 'block', when: [true], vars: { greet: 'hello' }, included: { keyword: 'import_tasks', file: `${root}/sub/t.yml` } });
    expect((first.block[0] as Task).args.msg).toBe('{{ greet }}');
    expect(second.included?.keyword).toBe('import_tasks');
    const deprecations = playbook.warnings.filter((w) => w.detail.startsWith('"include" is deprecated, use include_tasks/import_tasks instead.'));
    expect(deprecations.map((w) => [w.line, w.col])).toEqual([[3, 7], [5, 7]]);
  });

  it('stands for include_tasks when the file name is a template or the task loops, as Ansible decides', () => {
    expect(asIncludeTask({ include: '{{ f }}.yml x=1' }, 'include')).toEqual({ keyword: 'include_tasks', raw: { include_tasks: '{{ f }}.yml', vars: { x: '1' } } });
    expect(asIncludeTask({ include: 'a.yml', loop: [1, 2] }, 'include')).toEqual({ keyword: 'include_tasks', raw: { include_tasks: 'a.yml', loop: [1, 2] } });
    expect(asIncludeTask({ 'ansible.builtin.include': { file: 'a.yml', y: 2 }, vars: { z: 3 } }, 'ansible.builtin.include')).toEqual({
      keyword: 'import_tasks',
      raw: { import_tasks: 'a.yml', vars: { z: 3, y: 2 } },
    });
    expect(asIncludeTask({ include: '' }, 'include')).toEqual({ problem: "'include' needs a file name" });
  });

  it('is no play keyword: a play-level include names import_playbook, as Ansible 2.14 refuses it', async () => {
    const root = await writeTree({ 'site.yml': '- include: other.yml\n', 'other.yml': '- hosts: all\n  tasks: []\n' });
    await expect(loadPlaybook(`${root}/site.yml`, noAnsible)).rejects.toThrow(/site\.yml:1:3: .*'include' is not a valid attribute for a Play; use 'import_playbook'/);
  });
});
