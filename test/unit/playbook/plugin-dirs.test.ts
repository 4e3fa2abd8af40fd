import { describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../../src/playbook/index.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

const noAnsible = { ansible: { env: { PATH: '' } }, rolesPaths: [] as string[] };

describe('Python plugin folders', () => {
  it('names every plugin folder beside the playbook and in its roles in one warning', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  roles:\n    - web\n  tasks:\n    - debug: msg=play\n',
      'filter_plugins/my.py': 'class FilterModule: pass\n',
      'callback_plugins/cb.py': '\n',
      'roles/web/tasks/main.yml': '- debug: msg=web\n',
      'roles/web/lookup_plugins/l.py': '\n',
      'roles/web/action_plugins/a.py': '\n',
    });
    const { warnings } = await loadPlaybook(`${root}/site.yml`, noAnsible);
    const plugin = warnings.filter((w) => w.message.includes('Python plugins'));
    expect(plugin).toHaveLength(1);
    for (const dir of ['filter_plugins', 'callback_plugins', 'roles/web/lookup_plugins', 'roles/web/action_plugins']) {
      expect(plugin[0].message).toContain(`${root}/${dir}`);
    }
    expect(plugin[0].message).toMatch(/^castoff does not load Ansible's Python plugins; these folders are ignored: /);
  });

  it('says nothing when there are none', async () => {
    const root = await writeTree({ 'site.yml': '- hosts: all\n  tasks:\n    - debug: msg=play\n', 'library/.keep': '' });
    const { warnings } = await loadPlaybook(`${root}/site.yml`, noAnsible);
    expect(warnings.filter((w) => w.message.includes('Python plugins'))).toEqual([]);
  });
});
