import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { candidateNames, collectionRoots, resolveAnsibleModule, type AnsibleInstallation } from '../../../src/modules/ansible/index.js';
import { fakeInstallation, type FakeInstallation } from '../../fixtures/ansible/fake-installation.js';

let fake: FakeInstallation;
let installation: AnsibleInstallation;

beforeAll(async () => {
  fake = await fakeInstallation({
    'user/ansible_collections/ansible/posix/plugins/modules/sysctl.py': '# the user copy\n',
  });
  installation = {
    packageDir: fake.packageDir,
    version: '2.14.99',
    python: '/usr/bin/python3',
    collectionRoots: collectionRoots({ collectionsPaths: [join(fake.root, 'user'), join(fake.root, 'missing')], packageDir: fake.packageDir, env: {} }),
  };
});

const found = (name: string, collections?: string[]) => {
  const resolution = resolveAnsibleModule(name, installation, collections);
  if (resolution.kind !== 'found') throw new Error(`${name}: ${JSON.stringify(resolution)}`);
  return resolution.ref;
};

describe('collection roots', () => {
  it('searches the playbook collections, the configured paths, then the package beside ansible, leaving out folders without ansible_collections', async () => {
    const extra = await fakeInstallation({ 'pb/collections/ansible_collections/a/b/plugins/modules/m.py': '' });
    const roots = collectionRoots({
      playbookDir: join(extra.root, 'pb'),
      collectionsPaths: [join(extra.root, 'nowhere'), join(extra.site, 'ansible_collections')],
      packageDir: extra.packageDir,
      env: {},
    });
    expect(roots).toEqual([join(extra.root, 'pb', 'collections'), extra.site]);
  });

  it("uses Ansible's default paths when none is configured", () => {
    const roots = collectionRoots({ env: { HOME: fake.root }, packageDir: fake.packageDir });
    expect(roots).toEqual([fake.site]);
  });
});

describe('resolving module names in an installation', () => {
  it('finds short, ansible.builtin and ansible.legacy names among ansible-core modules', () => {
    for (const name of ['apt', 'ansible.builtin.apt', 'ansible.legacy.apt']) {
      const ref = found(name);
      expect(ref.fqcn).toBe('ansible.builtin.apt');
      expect(ref.file).toBe(join(fake.packageDir, 'modules', 'apt.py'));
      expect(ref.collection).toBeUndefined();
    }
  });

  it('finds a collection module in the first root that has the collection', () => {
    const ref = found('ansible.posix.sysctl');
    expect(ref.file).toBe(join(fake.root, 'user', 'ansible_collections', 'ansible', 'posix', 'plugins', 'modules', 'sysctl.py'));
    expect(ref.collection).toEqual({ namespace: 'ansible', name: 'posix', dir: join(fake.root, 'user', 'ansible_collections', 'ansible', 'posix') });
    expect(found('community.general.ufw').file).toBe(join(fake.site, 'ansible_collections', 'community', 'general', 'plugins', 'modules', 'ufw.py'));
  });

  it("follows ansible-core's routing file for a short name moved to a collection", () => {
    const ref = found('ini_file');
    expect(ref.fqcn).toBe('community.general.ini_file');
    expect(ref.redirectedFrom).toEqual(['ansible.builtin.ini_file']);
  });

  it("follows a collection's redirect chain and carries its deprecation warning", () => {
    const ref = found('community.general.files.ini_file');
    expect(ref.fqcn).toBe('community.general.ini_file');
    expect(ref.deprecation).toBe(
      'community.general.files.ini_file has been deprecated. Use the short name. This feature will be removed from community.general in version 9.0.0.',
    );
    const hop = found('community.general.hop');
    expect(hop.fqcn).toBe('ansible.posix.sysctl');
    expect(hop.deprecation).toBeUndefined();
  });

  it('refuses a redirect loop, naming the chain', () => {
    expect(resolveAnsibleModule('community.general.loop_a', installation)).toEqual({
      kind: 'refused',
      message: 'module redirect loop: community.general.loop_a -> community.general.loop_b -> community.general.loop_a',
    });
  });

  it('refuses removed modules with the text of their tombstone', () => {
    expect(resolveAnsibleModule('community.general.removed_mod', installation)).toEqual({
      kind: 'refused',
      message: 'community.general.removed_mod has been removed. It is gone. This feature was removed from community.general in version 3.0.0.',
    });
    expect(resolveAnsibleModule('old_gone', installation)).toEqual({
      kind: 'refused',
      message: 'ansible.builtin.old_gone has been removed. Use new_thing instead. This feature was removed from ansible-core in version 2.0.0.',
    });
  });

  it('refuses Windows modules: a .ps1 beside its documentation, ansible.windows names, and a .ps1-only module', () => {
    const windows = (fqcn: string) => ({ kind: 'refused', message: `'${fqcn}' is a Windows (PowerShell) module; castoff does not run Windows modules` });
    expect(resolveAnsibleModule('win_ping', installation)).toEqual(windows('ansible.windows.win_ping'));
    expect(resolveAnsibleModule('ansible.windows.win_file', installation)).toEqual(windows('ansible.windows.win_file'));
    expect(resolveAnsibleModule('vendor.tools.legacy_tool', installation)).toEqual(windows('vendor.tools.legacy_tool'));
  });

  it('says missing for names no installation has', () => {
    for (const name of ['nosuch', 'community.general.nosuch', 'nobody.none.mod', 'a.b', 'ansible.builtin.nosuch']) {
      expect(resolveAnsibleModule(name, installation)).toEqual({ kind: 'missing' });
    }
  });

  it('marks modules Ansible runs through a controller-side action plugin', () => {
    expect(found('template').actionPlugin).toBe(join(fake.packageDir, 'plugins', 'action', 'template.py'));
    expect(found('apt').actionPlugin).toBeUndefined();
  });

  it('looks a short name up in the listed collections first, then ansible.legacy', () => {
    expect(candidateNames('ping', ['vendor.tools'])).toEqual(['vendor.tools.ping', 'ansible.builtin.ping']);
    expect(candidateNames('ping', ['ansible.builtin', 'vendor.tools'])).toEqual(['ansible.builtin.ping', 'vendor.tools.ping']);
    expect(candidateNames('vendor.tools.ping', ['x.y'])).toEqual(['vendor.tools.ping']);
    expect(found('ping', ['vendor.tools']).fqcn).toBe('vendor.tools.ping');
    expect(found('apt', ['vendor.tools']).fqcn).toBe('ansible.builtin.apt');
    expect(found('ping', ['ansible.legacy', 'vendor.tools']).fqcn).toBe('ansible.builtin.ping');
  });
});
