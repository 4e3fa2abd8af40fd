import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaybook, loadSettings, playbookLoadOptions, type Task } from '../../../src/index.js';
import { fakeInstallation } from '../../fixtures/ansible/fake-installation.js';

describe('settings that say where Ansible and its modules are', () => {
  it('reads them from ansible.cfg [defaults], paths relative to the file, without warnings', async () => {
    const fake = await fakeInstallation({
      'ansible.cfg': `[defaults]\ncastoff_ansible_python = site/ansible\ncastoff_prefer_ansible_modules = yes\ncollections_path = ./colls:~/more\nlibrary = lib:/opt/lib\n`,
    });
    const settings = loadSettings({}, fake.root);
    expect(settings).toMatchObject({
      ansiblePython: join(fake.root, 'site', 'ansible'),
      preferAnsibleModules: true,
      collectionsPaths: [join(fake.root, 'colls'), join(homedir(), 'more')],
      libraryPaths: [join(fake.root, 'lib'), '/opt/lib'],
      warnings: [],
    });
  });

  it('lets CASTOFF_ and ANSIBLE_ variables win, ANSIBLE_COLLECTIONS_PATH over the older ANSIBLE_COLLECTIONS_PATHS', async () => {
    const fake = await fakeInstallation({ 'ansible.cfg': `[defaults]\ncollections_paths = old\ncastoff_prefer_ansible_modules = yes\n` });
    const settings = loadSettings(
      {
        CASTOFF_ANSIBLE_PYTHON: '/opt/venv/bin/python',
        CASTOFF_PREFER_ANSIBLE_MODULES: 'no',
        ANSIBLE_COLLECTIONS_PATHS: '/a',
        ANSIBLE_COLLECTIONS_PATH: '/b:/c',
        ANSIBLE_LIBRARY: '/lib1:/lib2',
      },
      fake.root,
    );
    expect(settings).toMatchObject({ ansiblePython: '/opt/venv/bin/python', preferAnsibleModules: false, collectionsPaths: ['/b', '/c'], libraryPaths: ['/lib1', '/lib2'] });
    expect(loadSettings({}, fake.root).collectionsPaths).toEqual([join(fake.root, 'old')]);
  });

  it('reach the loader: a configured installation, collection path and library folder are where modules come from', async () => {
    const fake = await fakeInstallation({
      'project/ansible.cfg': `[defaults]\ncastoff_ansible_python = ../site\ncollections_path = ../colls\nlibrary = ../lib\n`,
      'colls/ansible_collections/acme/infra/plugins/modules/deploy.py': '# module\n',
      'lib/custom_check.py': '# custom module\n',
      'project/site.yml': '- hosts: all\n  tasks:\n    - acme.infra.deploy: version=2\n    - custom_check:\n    - lineinfile: path=/tmp/x line=y\n',
    });
    const project = join(fake.root, 'project');
    const settings = loadSettings({ PATH: '' }, project);
    const loaded = await loadPlaybook(join(project, 'site.yml'), playbookLoadOptions(settings));
    const [deploy, custom, lineinfile] = loaded.plays[0].tasks as Task[];
    expect(deploy.ansible?.file).toBe(join(fake.root, 'colls', 'ansible_collections', 'acme', 'infra', 'plugins', 'modules', 'deploy.py'));
    expect(custom.library?.path).toBe(join(fake.root, 'lib', 'custom_check.py'));
    expect(lineinfile.ansible?.file).toBe(join(fake.packageDir, 'modules', 'lineinfile.py'));
  });

  it('has no warning for the settings in a config file that sets them', async () => {
    const fake = await fakeInstallation({});
    writeFileSync(join(fake.root, 'ansible.cfg'), '[defaults]\ncollections_paths = x\ncollections_path = y\n');
    expect(loadSettings({}, fake.root).warnings).toEqual([]);
  });
});
