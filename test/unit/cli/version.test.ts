import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { launch } from '../../../src/cli/launch.js';
import { formatVersion } from '../../../src/cli/version.js';
import { versionFacts } from '../../../src/version.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const versionOf = (packageJson: string) => (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

describe('--version text', () => {
  it('has the lines of ansible-playbook --version, castoff and node in place of ansible and python', () => {
    const text = formatVersion({
      command: 'castoff-playbook',
      version: '1.2.3',
      configFile: '/srv/site/ansible.cfg',
      moduleLocation: '/opt/castoff/remote',
      executable: '/usr/local/bin/castoff-playbook',
      nodeVersion: 'v20.1.0',
      ssh2Version: '1.17.0',
    });
    expect(text.split('\n')).toEqual([
      'castoff-playbook 1.2.3',
      '  config file = /srv/site/ansible.cfg',
      '  configured module search path = Default w/o overrides',
      '  castoff module location = /opt/castoff/remote',
      '  executable location = /usr/local/bin/castoff-playbook',
      '  node version = v20.1.0',
      '  ssh2 version = 1.17.0',
    ]);
  });

  it('says None for the config file when there is none, as Ansible does', () => {
    const text = formatVersion({ command: 'castoff', version: '0.1.0', moduleLocation: '/r', executable: '/b', nodeVersion: 'v22.0.0', ssh2Version: '1.0.0' });
    expect(text.split('\n')[0]).toBe('castoff 0.1.0');
    expect(text).toContain('\n  config file = None\n');
  });
});

describe('--version facts', () => {
  it('names the package version, its remote/ directory, and the node and ssh2 in use', () => {
    const facts = versionFacts('castoff', { ANSIBLE_CONFIG: '/nonexistent/ansible.cfg' }, mkdtempSync(join(tmpdir(), 'castoff-ver-')));
    expect(facts.version).toBe(versionOf(join(root, 'package.json')));
    expect(facts.moduleLocation).toBe(join(root, 'remote'));
    expect(facts.nodeVersion).toBe(process.version);
    expect(facts.ssh2Version).toBe(versionOf(join(root, 'node_modules/ssh2/package.json')));
  });

  it('names the ansible.cfg the settings come from: $ANSIBLE_CONFIG first, then ./ansible.cfg', () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-ver-'));
    const local = join(dir, 'ansible.cfg');
    const other = join(dir, 'other.cfg');
    writeFileSync(local, '[defaults]\n');
    writeFileSync(other, '[defaults]\n');
    expect(versionFacts('castoff', {}, dir).configFile).toBe(local);
    expect(versionFacts('castoff', { ANSIBLE_CONFIG: other }, dir).configFile).toBe(other);
  });
});

describe('the installed command', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
    vi.restoreAllMocks();
  });

  /** Runs `launch` with these arguments; whether it loaded the CLI and what it printed. */
  async function launched(args: string[]): Promise<{ loaded: boolean; out: string }> {
    process.argv = ['node', '/usr/local/bin/castoff-playbook', ...args];
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += chunk.toString();
      return true;
    });
    let loaded = false;
    await launch('castoff-playbook', async () => {
      loaded = true;
    });
    return { loaded, out };
  }

  it('answers --version without loading the CLI (and with it the executor)', async () => {
    const { loaded, out } = await launched(['--version']);
    expect(loaded).toBe(false);
    expect(out).toMatch(/^castoff-playbook \S+\n {2}config file = /);
    expect(out).toContain('\n  executable location = /usr/local/bin/castoff-playbook\n');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('loads the CLI for anything else, printing nothing itself', async () => {
    expect(await launched(['site.yml', '--version'])).toEqual({ loaded: true, out: '' });
    expect(await launched(['site.yml'])).toEqual({ loaded: true, out: '' });
  });
});
