import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExtraVars } from '../../../src/cli/common.js';
import { inventoryOptions, loadSettings } from '../../../src/index.js';

function project(cfg: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-cfg-'));
  writeFileSync(join(dir, 'ansible.cfg'), cfg);
  return dir;
}

describe('ansible.cfg and ANSIBLE_* settings', () => {
  it('reads [defaults] and [privilege_escalation] from ./ansible.cfg, paths relative to it', () => {
    const dir = project(
      '[defaults]\ninventory = hosts.ini\nforks = 20 ; comment\ntimeout=7\nremote_user = ops\nhost_key_checking = False\npoll_interval = 2\ntask_timeout = 60\n[privilege_escalation]\nbecome = True\nbecome_user = deploy\n',
    );
    const s = loadSettings({}, dir);
    expect(s).toMatchObject({
      inventory: [join(dir, 'hosts.ini')],
      forks: 20,
      timeout: 7,
      remoteUser: 'ops',
      hostKeyChecking: 'off',
      pollInterval: 2,
      taskTimeout: 60,
      become: true,
      becomeUser: 'deploy',
    });
  });

  it('lets ANSIBLE_* variables override the file and ANSIBLE_CONFIG choose it', () => {
    const dir = project('[defaults]\nforks = 20\n');
    const other = project('[defaults]\nforks = 3\nhost_key_checking = True\n');
    expect(loadSettings({ ANSIBLE_FORKS: '9' }, dir).forks).toBe(9);
    expect(loadSettings({ ANSIBLE_CONFIG: join(other, 'ansible.cfg') }, dir)).toMatchObject({ forks: 3, hostKeyChecking: 'strict' });
    expect(loadSettings({ ANSIBLE_HOST_KEY_CHECKING: 'false' }, dir).hostKeyChecking).toBe('off');
  });
});

describe('the default strategy', () => {
  it('reads [defaults] strategy, ANSIBLE_STRATEGY winning; an empty value is unset', () => {
    const dir = project('[defaults]\nstrategy = host_pinned\n');
    expect(loadSettings({}, dir)).toMatchObject({ strategy: 'host_pinned', warnings: [] });
    expect(loadSettings({ ANSIBLE_STRATEGY: 'free' }, dir).strategy).toBe('free');
    expect(loadSettings({ ANSIBLE_STRATEGY: ' ' }, dir).strategy).toBe('host_pinned');
    expect(loadSettings({}, project('[defaults]\nforks = 2\n')).strategy).toBeUndefined();
  });
});

describe('settings castoff ignores', () => {
  it('names each ignored key with its file and line: ones Ansible knows, and ones nobody knows', () => {
    const dir = project('[defaults]\nforks = 5\nfact_caching = jsonfile\nforsk = 10\n[ssh_connection]\npipelining = True\n[mystery]\nx = 1\n');
    const file = join(dir, 'ansible.cfg');
    expect(loadSettings({}, dir).warnings).toEqual([
      `${file}:3: castoff does not support the setting 'fact_caching' in [defaults]; it is ignored`,
      `${file}:4: unknown setting 'forsk' in [defaults], neither castoff nor Ansible reads it; it is ignored (did you mean 'forks'?)`,
      `${file}:6: castoff does not support the setting 'pipelining' in [ssh_connection]; it is ignored`,
      `${file}:8: unknown setting 'x' in [mystery], neither castoff nor Ansible reads it; it is ignored`,
    ]);
  });

  it('says nothing about the keys it reads', () => {
    const dir = project(
      '[defaults]\ninventory = h\nforks = 2\ntimeout = 3\nremote_user = u\nprivate_key_file = k\nhost_key_checking = False\nknown_hosts = kh\n' +
        'poll_interval = 1\nasync_dir = /tmp/a\ntask_timeout = 9\nregex_timeout = 4\nlocalhost_warning = False\ngathering = explicit\n' +
        'inject_facts_as_vars = False\ngather_subset = !all,network\ngather_timeout = 5\n' +
        '[privilege_escalation]\nbecome = True\nbecome_user = root\nbecome_method = sudo\n' +
        '[inventory]\nunparsed_is_failed = True\nany_unparsed_is_failed = False\ninventory_unparsed_warning = False\n',
    );
    expect(loadSettings({}, dir).warnings).toEqual([]);
  });
});

describe('fact gathering settings', () => {
  it('reads gathering, inject_facts_as_vars, gather_subset and gather_timeout, the environment over the file', () => {
    const dir = project('[defaults]\ngathering = smart\ninject_facts_as_vars = False\ngather_subset = !all, network\ngather_timeout = 5\n');
    expect(loadSettings({}, dir)).toMatchObject({ gathering: 'smart', injectFactsAsVars: false, gatherSubset: ['!all', 'network'], gatherTimeout: 5 });
    const env = { ANSIBLE_GATHERING: 'Explicit', ANSIBLE_INJECT_FACT_VARS: 'yes', ANSIBLE_GATHER_SUBSET: 'min', ANSIBLE_GATHER_TIMEOUT: '7' };
    expect(loadSettings(env, dir)).toMatchObject({ gathering: 'explicit', injectFactsAsVars: true, gatherSubset: ['min'], gatherTimeout: 7 });
  });

  it('refuses a gathering value Ansible does not know, naming where it was set', () => {
    const dir = project('[defaults]\ngathering = sometimes\n');
    expect(() => loadSettings({}, dir)).toThrow(`${join(dir, 'ansible.cfg')}:2: [defaults] gathering: invalid value 'sometimes' for gathering, expected one of: implicit, explicit, smart`);
    expect(() => loadSettings({ ANSIBLE_GATHERING: 'never' }, dir)).toThrow("ANSIBLE_GATHERING: invalid value 'never'");
  });
});

describe('key names', () => {
  it('are case-insensitive, as Python\'s configparser makes them for Ansible', () => {
    const dir = project('[defaults]\nForks = 4\nREMOTE_USER = ops\n');
    const s = loadSettings({}, dir);
    expect(s).toMatchObject({ forks: 4, remoteUser: 'ops' });
    expect(s.warnings).toEqual([]);
  });
});

describe('inventory and template settings', () => {
  it('reads [inventory] unparsed_is_failed, any_unparsed_is_failed, inventory_unparsed_warning and regex_timeout', () => {
    const dir = project('[defaults]\nregex_timeout = 4.5\nlocalhost_warning = no\n[inventory]\nunparsed_is_failed = yes\nany_unparsed_is_failed = true\ninventory_unparsed_warning = False\n');
    const s = loadSettings({}, dir);
    expect(s).toMatchObject({
      regexTimeout: 4.5,
      localhostWarning: false,
      inventoryUnparsedIsFailed: true,
      inventoryAnyUnparsedIsFailed: true,
      inventoryUnparsedWarning: false,
    });
    expect(inventoryOptions(s)).toEqual({ unparsedIsFailed: true, anyUnparsedIsFailed: true, unparsedWarning: false, localhostWarning: false });
  });

  it('lets ANSIBLE_INVENTORY_UNPARSED_FAILED, ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED and CASTOFF_REGEX_TIMEOUT override the file', () => {
    const dir = project('[defaults]\nregex_timeout = 4\n[inventory]\nunparsed_is_failed = False\n');
    const s = loadSettings({ ANSIBLE_INVENTORY_UNPARSED_FAILED: '1', ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED: 'yes', CASTOFF_REGEX_TIMEOUT: '0.5' }, dir);
    expect(s).toMatchObject({ inventoryUnparsedIsFailed: true, inventoryAnyUnparsedIsFailed: true, regexTimeout: 0.5 });
  });

  it('ignores a number setting that is not one, and says so', () => {
    const dir = project('[defaults]\nregex_timeout = 0\nforks = many\n');
    const cfg = join(dir, 'ansible.cfg');
    const fromFile = loadSettings({}, dir);
    expect(fromFile.regexTimeout).toBeUndefined();
    expect(fromFile.forks).toBeUndefined();
    expect(fromFile.warnings).toEqual([
      `${cfg}:3: forks must be a positive number, got 'many'; it is ignored`,
      `${cfg}:2: regex_timeout must be a positive number, got '0'; it is ignored`,
    ]);
    const fromEnv = loadSettings({ CASTOFF_REGEX_TIMEOUT: 'soon', ANSIBLE_FORKS: '4' }, dir);
    expect(fromEnv).toMatchObject({ regexTimeout: undefined, forks: 4 });
    expect(fromEnv.warnings).toEqual(["CASTOFF_REGEX_TIMEOUT must be a positive number, got 'soon'; it is ignored"]);
  });
});

describe('extra vars', () => {
  it('reads k=v, JSON, YAML mappings and @files, later ones winning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-ev-'));
    writeFileSync(join(dir, 'v.yml'), 'from_file: 1\na: file\n');
    const vars = await parseExtraVars(['a=1 b="two words"', '{"c": [1, 2]}', `@${join(dir, 'v.yml')}`, '{d: yaml}']);
    expect(vars).toEqual({ a: 'file', b: 'two words', c: [1, 2], from_file: 1, d: 'yaml' });
  });

  it('rejects words that are not key=value', async () => {
    await expect(parseExtraVars(['oops'])).rejects.toThrow("invalid extra vars 'oops': use key=value, @file or a JSON/YAML mapping");
  });
});

describe('host key checking settings', () => {
  it('read every spelling of the three policies, castoff\'s variable before Ansible\'s before the file', () => {
    const dir = project('[defaults]\nhost_key_checking = accept_new\n');
    expect(loadSettings({}, dir).hostKeyChecking).toBe('accept-new');
    for (const v of ['strict', 'yes', 'True', '1', 'on']) expect(loadSettings({ CASTOFF_HOST_KEY_CHECKING: v }, dir).hostKeyChecking, v).toBe('strict');
    for (const v of ['accept-new', 'ACCEPT_NEW']) expect(loadSettings({ CASTOFF_HOST_KEY_CHECKING: v }, dir).hostKeyChecking, v).toBe('accept-new');
    for (const v of ['off', 'no', 'False', '0']) expect(loadSettings({ ANSIBLE_HOST_KEY_CHECKING: v }, dir).hostKeyChecking, v).toBe('off');
    expect(loadSettings({ CASTOFF_HOST_KEY_CHECKING: 'off', ANSIBLE_HOST_KEY_CHECKING: 'yes' }, dir).hostKeyChecking).toBe('off');
  });

  it('an empty value is unset, so the next source or the strict default applies', () => {
    const dir = project('[defaults]\nhost_key_checking =\n');
    expect(loadSettings({ CASTOFF_HOST_KEY_CHECKING: '' }, dir).hostKeyChecking).toBeUndefined();
    expect(loadSettings({ CASTOFF_HOST_KEY_CHECKING: ' ', ANSIBLE_HOST_KEY_CHECKING: 'no' }, dir).hostKeyChecking).toBe('off');
  });

  it('refuses a value it does not know, naming where it came from, instead of turning the check off', () => {
    const dir = project('[defaults]\nforks = 2\nhost_key_checking = ask\n');
    expect(() => loadSettings({}, dir)).toThrow(`${join(dir, 'ansible.cfg')}:3: [defaults] host_key_checking: invalid host key checking 'ask'`);
    expect(() => loadSettings({ CASTOFF_HOST_KEY_CHECKING: 'stric' }, dir)).toThrow(/^CASTOFF_HOST_KEY_CHECKING: invalid host key checking 'stric': expected strict/);
    expect(() => loadSettings({ ANSIBLE_HOST_KEY_CHECKING: 'maybe' }, dir)).toThrow(/^ANSIBLE_HOST_KEY_CHECKING: invalid host key checking 'maybe'/);
  });
});

describe('ssh connection args', () => {
  it('reads [ssh_connection] ssh_args, ssh_common_args and ssh_extra_args without warning, ANSIBLE_SSH_* over the file', () => {
    const dir = project('[ssh_connection]\nssh_args = -C -F ./ssh.cfg\nssh_common_args = -J bastion\nssh_extra_args = -v\n');
    const s = loadSettings({}, dir);
    expect(s).toMatchObject({ sshArgs: '-C -F ./ssh.cfg', sshCommonArgs: '-J bastion', sshExtraArgs: '-v' });
    expect(s.warnings).toEqual([]);
    expect(loadSettings({ ANSIBLE_SSH_ARGS: '-F /etc/x' }, dir).sshArgs).toBe('-F /etc/x');
  });
});
