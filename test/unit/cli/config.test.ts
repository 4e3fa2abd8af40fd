import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExtraVars } from '../../../src/cli/common.js';
import { loadSettings } from '../../../src/cli/config.js';

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
