/**
 * Building payloads of installed Ansible modules: imports are found as Python reads them, the zip
 * is deterministic and readable by Python's zipfile, the payload holds what the module needs, and
 * the internal arguments follow the installed ansible-core. Uses the installation on this machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanModuleReturn } from '../../../src/core/index.js';
import { ansiblePayload, findAnsibleInstallation, type AnsibleInstallation } from '../../../src/modules/ansible/index.js';
import { foundModule } from '../../fixtures/ansible/fake-installation.js';
import { pythonImports } from '../../../src/modules/ansible/imports.js';
import { internalArgs } from '../../../src/modules/ansible/module-args.js';
import { crc32, zipEntries } from '../../../src/modules/ansible/zip.js';
import { deprecationLine, resultWarnings } from '../../../src/output/printable.js';

let installation: AnsibleInstallation;

beforeAll(async () => {
  const found = await findAnsibleInstallation();
  if (!found) throw new Error('these tests need ansible-core installed on the controller (scripts/setup.sh installs it)');
  installation = found;
});

function zipNames(zip: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-zip-'));
  writeFileSync(join(dir, 'p.zip'), zip);
  const out = execFileSync('/usr/bin/python3', ['-c', 'import json, sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps(z.namelist()))', join(dir, 'p.zip')]);
  return JSON.parse(out.toString()) as string[];
}

describe('pythonImports', () => {
  it('reads every import form, nested and continued ones included, and resolves relative ones against the package', () => {
    const source = [
      'import os, ansible.module_utils.basic as basic',
      'from ansible.module_utils.six.moves import shlex_quote',
      'from ansible.module_utils import urls, common',
      'from ansible.module_utils.common.text.converters import (',
      '    to_bytes,  # bytes',
      '    to_native as native,',
      ')',
      'from ansible.module_utils.common.process import \\',
      '    get_bin_path',
      'try:',
      '    from .compat import thing',
      'except ImportError:',
      '    pass',
      'def f():',
      '    from ..parsing.convert_bool import boolean',
      'try: import ansible.module_utils.distro',
      'from . import sibling',
    ].join('\n');
    expect(pythonImports(source, 'ansible.module_utils.common')).toEqual([
      { module: 'os', names: [] },
      { module: 'ansible.module_utils.basic', names: [] },
      { module: 'ansible.module_utils.six.moves', names: ['shlex_quote'] },
      { module: 'ansible.module_utils', names: ['urls', 'common'] },
      { module: 'ansible.module_utils.common.text.converters', names: ['to_bytes', 'to_native'] },
      { module: 'ansible.module_utils.common.process', names: ['get_bin_path'] },
      { module: 'ansible.module_utils.common.compat', names: ['thing'] },
      { module: 'ansible.module_utils.parsing.convert_bool', names: ['boolean'] },
      { module: 'ansible.module_utils.distro', names: [] },
      { module: 'ansible.module_utils.common', names: ['sibling'] },
    ]);
  });
});

describe('zipEntries', () => {
  it('writes the same bytes for the same entries in any order, which Python reads back', () => {
    const a = zipEntries(new Map([['b/x.py', Buffer.from('print(1)\n')], ['a.py', Buffer.from('')]]));
    const b = zipEntries(new Map([['a.py', Buffer.from('')], ['b/x.py', Buffer.from('print(1)\n')]]));
    expect(a.equals(b)).toBe(true);
    expect(zipNames(a)).toEqual(['a.py', 'b/x.py']);
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('ansiblePayload', () => {
  it("holds the module, the module_utils it imports (six's package for six.moves) and the packages above them", () => {
    const payload = ansiblePayload(foundModule('lineinfile', installation));
    const names = zipNames(payload.bundle.files[payload.archive] as Buffer);
    expect(names).toEqual(expect.arrayContaining([
      '__main__.py',
      '_castoff_module.py',
      'ansible/__init__.py',
      'ansible/modules/__init__.py',
      'ansible/modules/lineinfile.py',
      'ansible/module_utils/__init__.py',
      'ansible/module_utils/basic.py',
      'ansible/module_utils/six/__init__.py',
      'ansible/module_utils/common/__init__.py',
      'ansible/module_utils/common/text/converters.py',
      'ansible/module_utils/common/parameters.py',
    ]));
    expect(names.some((n) => n.startsWith('ansible/modules/') && !/(__init__|lineinfile)\.py$/.test(n))).toBe(false);
    expect(names.some((n) => n.includes('__pycache__'))).toBe(false);
    expect(payload.moduleName).toBe('ansible.modules.lineinfile');
  });

  it("ships a collection module with its collection's module_utils and empty namespace packages", () => {
    const payload = ansiblePayload(foundModule('ansible.posix.authorized_key', installation));
    const names = zipNames(payload.bundle.files[payload.archive] as Buffer);
    expect(names).toEqual(expect.arrayContaining([
      'ansible_collections/__init__.py',
      'ansible_collections/ansible/__init__.py',
      'ansible_collections/ansible/posix/__init__.py',
      'ansible_collections/ansible/posix/plugins/__init__.py',
      'ansible_collections/ansible/posix/plugins/modules/__init__.py',
      'ansible_collections/ansible/posix/plugins/modules/authorized_key.py',
      'ansible/module_utils/urls.py',
    ]));
    expect(payload.moduleName).toBe('ansible_collections.ansible.posix.plugins.modules.authorized_key');
  });

  it('gives the same content-addressed bundle on every build, and a different one per module', () => {
    const ref = foundModule('replace', installation);
    const first = ansiblePayload(ref);
    const again = ansiblePayload({ ...ref });
    expect(again.bundle.dirName).toBe(first.bundle.dirName);
    expect(first.bundle.dirName).toMatch(/^ansible-[0-9a-f]{16}$/);
    expect(first.bundle.checkFirst).toBe(true);
    // The host unpacks the zip, and Python runs the bootstrap from the unpacked files.
    expect(first.bundle.unzip).toEqual([first.archive]);
    expect(first.entry).toBe('payload/__main__.py');
    expect(ansiblePayload(foundModule('blockinfile', installation)).bundle.dirName).not.toBe(first.bundle.dirName);
  });

  it.each(['payload.zip', 'payload/__main__.py'])('runs on a bare Python that has no Ansible: the module answers from %s alone', (entry) => {
    const payload = ansiblePayload(foundModule('lineinfile', installation));
    const dir = mkdtempSync(join(tmpdir(), 'castoff-run-'));
    writeFileSync(join(dir, payload.archive), payload.bundle.files[payload.archive] as Buffer);
    // As the host's installer unpacks it.
    execFileSync('/usr/bin/python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', join(dir, payload.archive), join(dir, 'payload')]);
    const args = { ANSIBLE_MODULE_ARGS: { path: join(dir, 'f.txt'), line: 'hi', create: true, ...internalArgs(installation, { checkMode: true, diff: false, noLog: false, moduleName: 'lineinfile' }) } };
    writeFileSync(join(dir, 'args.json'), JSON.stringify(args));
    // -I -S: no site-packages, no PYTHONPATH, so the controller's own ansible cannot be imported.
    const out = execFileSync('/usr/bin/python3', ['-I', '-S', join(dir, entry), join(dir, 'args.json')], { cwd: dir });
    expect(JSON.parse(out.toString())).toMatchObject({ changed: true, msg: 'line added' });
  });

  it('refuses a module that is not Python with a clear error', () => {
    const ref = { ...foundModule('lineinfile', installation), fqcn: 'ansible.windows.win_ping', file: '/x/win_ping.ps1' };
    expect(() => ansiblePayload(ref)).toThrow(/not a Python module; castoff runs Python modules only/);
  });
});

describe('internalArgs', () => {
  it("sends the keys the installed ansible-core accepts, with Ansible's defaults", () => {
    const args = internalArgs(installation, { checkMode: true, diff: true, noLog: false, moduleName: 'lineinfile' });
    expect(args).toMatchObject({
      _ansible_check_mode: true,
      _ansible_diff: true,
      _ansible_no_log: false,
      _ansible_debug: false,
      _ansible_verbosity: 0,
      _ansible_version: installation.version,
      _ansible_module_name: 'lineinfile',
      _ansible_syslog_facility: 'LOG_USER',
      _ansible_string_conversion_action: 'warn',
      _ansible_shell_executable: '/bin/sh',
      _ansible_keep_remote_files: false,
      _ansible_tmpdir: null,
      _ansible_remote_tmp: '~/.ansible/tmp',
      _ansible_socket: null,
    });
    if (installation.version.startsWith('2.14.')) expect(args).not.toHaveProperty('_ansible_target_log_info');
  });
});

describe('cleanModuleReturn and deprecations', () => {
  it("removes internal keys with Ansible's warning, empty warnings, a non-list results and discovery facts", () => {
    const cleaned = cleanModuleReturn({ changed: true, _ansible_no_log: false, warnings: [], deprecations: [], results: 'x', ansible_facts: { a: 1, discovered_interpreter_python: '/usr/bin/python3' } });
    expect(cleaned).toEqual({
      changed: true,
      ansible_module_results: 'x',
      ansible_facts: { a: 1 },
      warnings: ['Removed unexpected internal key in module return: _ansible_no_log = false', "Found internal 'results' key in module return, renamed to 'ansible_module_results'."],
    });
  });

  it("shows deprecations as Ansible's [DEPRECATION WARNING] lines after the warnings", () => {
    expect(deprecationLine({ msg: 'Param x is deprecated', version: '3.0.0', collection_name: 'community.general' })).toBe(
      '[DEPRECATION WARNING]: Param x is deprecated. This feature will be removed from community.general in version 3.0.0. Deprecation warnings can be disabled by setting deprecation_warnings=False in ansible.cfg.',
    );
    expect(deprecationLine({ msg: 'Old!', date: '2025-01-01', collection_name: 'ansible.builtin' })).toBe(
      '[DEPRECATION WARNING]: Old! This feature will be removed from ansible-core in a release after 2025-01-01. Deprecation warnings can be disabled by setting deprecation_warnings=False in ansible.cfg.',
    );
    expect(resultWarnings({ warnings: ['w'], deprecations: [{ msg: 'd' }] })).toEqual([
      '[WARNING]: w',
      '[DEPRECATION WARNING]: d. This feature will be removed in a future release. Deprecation warnings can be disabled by setting deprecation_warnings=False in ansible.cfg.',
    ]);
  });
});
