import { existsSync, readFileSync, utimesSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchAnsibleInstallation } from '../../../src/modules/ansible/index.js';
import { candidates } from '../../../src/modules/ansible/installation.js';
import { routingEntry } from '../../../src/modules/ansible/routing.js';
import { fakeInstallation } from '../../fixtures/ansible/fake-installation.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

/** A python3 stand-in that answers the probe with `packageDir` and counts how often it is asked. */
function fakePython(packageDir: string, counter: string): { text: string; mode: number } {
  const reply = JSON.stringify({ dir: packageDir, version: '2.14.99' });
  return { text: `#!/bin/sh\necho asked >> '${counter}'\necho '${reply}'\n`, mode: 0o755 };
}

const failingPython = { text: "#!/bin/sh\necho \"ModuleNotFoundError: No module named 'ansible'\" >&2\nexit 1\n", mode: 0o755 };
const timesAsked = (counter: string): number => (existsSync(counter) ? readFileSync(counter, 'utf8').split('\n').filter(Boolean).length : 0);

describe('finding the Ansible installation', () => {
  it("asks the configured interpreter, then ansible-playbook's #! interpreter, then python3 on PATH", async () => {
    const root = await writeTree({
      'bin/ansible-playbook': { text: '#!/usr/bin/env python3.11\nprint()\n', mode: 0o755 },
      'bin/python3.11': failingPython,
      'bin/python3': failingPython,
    });
    const bin = join(root, 'bin');
    expect(candidates({ python: '/opt/py/bin/python', env: { PATH: bin } })).toEqual([
      { path: '/opt/py/bin/python', kind: 'interpreter', source: 'castoff_ansible_python (/opt/py/bin/python)' },
      { path: join(bin, 'python3.11'), kind: 'interpreter', source: `the #! line of ${join(bin, 'ansible-playbook')}` },
      { path: join(bin, 'python3'), kind: 'interpreter', source: 'python3 on PATH' },
    ]);
  });

  it('says where it looked and why each place gave nothing', async () => {
    const root = await writeTree({ 'bin/python3': failingPython });
    const bin = join(root, 'bin');
    const search = await searchAnsibleInstallation({ env: { PATH: bin }, cacheDir: join(root, 'cache') });
    expect(search.installation).toBeUndefined();
    expect(search.searched).toEqual([
      'ansible-playbook on PATH (not found)',
      `python3 on PATH (${join(bin, 'python3')}: ModuleNotFoundError: No module named 'ansible')`,
    ]);
  });

  it('reads a configured ansible package folder (or the folder holding it) without starting Python', async () => {
    const fake = await fakeInstallation();
    for (const python of [fake.packageDir, fake.site]) {
      const { installation } = await searchAnsibleInstallation({ python, env: { PATH: '' }, cacheDir: join(fake.root, 'cache') });
      expect(installation).toEqual({ packageDir: fake.packageDir, version: '2.14.99', python: fake.packageDir, collectionRoots: [fake.site] });
    }
  });

  it('keeps the answer on disk: a later search asks no Python until the installation changes', async () => {
    const fake = await fakeInstallation();
    const counter = join(fake.root, 'asked');
    const bin = join(fake.root, 'bin');
    await mkdir(bin);
    const python = fakePython(fake.packageDir, counter);
    await writeFile(join(bin, 'python3'), python.text);
    await chmod(join(bin, 'python3'), python.mode);
    const cacheDir = join(fake.root, 'cache');
    // Each PATH is a new search in this process (no in-memory answer), as a new run would be.
    const search = (n: number) => searchAnsibleInstallation({ env: { PATH: `${bin}:/nonexistent-${n}` }, cacheDir });

    const first = await search(1);
    expect(first.installation).toMatchObject({ packageDir: fake.packageDir, version: '2.14.99', python: join(bin, 'python3') });
    expect(timesAsked(counter)).toBe(1);
    expect((await search(2)).installation?.packageDir).toBe(fake.packageDir);
    expect(timesAsked(counter)).toBe(1);

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(fake.packageDir, 'release.py'), later, later);
    expect((await search(3)).installation?.packageDir).toBe(fake.packageDir);
    expect(timesAsked(counter)).toBe(2);
  });
});

describe('routing files', () => {
  it('reads an entry from a file not laid out in blocks by parsing it whole', async () => {
    const root = await writeTree({ 'runtime.yml': 'plugin_routing: {modules: {old: {redirect: a.b.new}}}\n' });
    expect(routingEntry(join(root, 'runtime.yml'), 'old')).toEqual({ redirect: 'a.b.new' });
    expect(routingEntry(join(root, 'runtime.yml'), 'other')).toBeUndefined();
  });

  it('cuts one entry out of a block-style file, ignoring comments and other plugin types', async () => {
    const root = await writeTree({
      'runtime.yml': 'plugin_routing:\n  action:\n    m:\n      redirect: x.y.action\n  modules:\n    # a comment\n    m:\n      redirect: x.y.module\n    "quoted":\n      tombstone:\n        removal_date: 2020-01-01\n',
    });
    expect(routingEntry(join(root, 'runtime.yml'), 'm')).toEqual({ redirect: 'x.y.module' });
    expect(routingEntry(join(root, 'runtime.yml'), 'quoted')?.tombstone).toBeDefined();
    expect(routingEntry(join(root, 'missing.yml'), 'm')).toBeUndefined();
  });
});
