/** `--version` of the built commands, as a user runs them: no hosts involved. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CASTOFF_BIN, CASTOFF_CLI, PLAYBOOK_BIN, PLAYBOOK_CLI, runCliProcess } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const versionOf = (packageJson: string) => (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

const commands = [
  { name: 'castoff-playbook', path: PLAYBOOK_BIN, how: 'installed command' },
  { name: 'castoff', path: CASTOFF_BIN, how: 'installed command' },
  { name: 'castoff-playbook', path: PLAYBOOK_CLI, how: 'CLI module (commander)' },
  { name: 'castoff', path: CASTOFF_CLI, how: 'CLI module (commander)' },
];

describe('--version', () => {
  it.each(commands)('$name as the $how prints the lines of ansible-playbook --version', async ({ name, path }) => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-version-'));
    writeFileSync(join(dir, 'ansible.cfg'), '[defaults]\nforks = 3\n');
    const r = await runCliProcess(path, ['--version'], { cwd: dir, boundMs: 30_000 });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        `${name} ${versionOf(join(root, 'package.json'))}`,
        `  config file = ${join(dir, 'ansible.cfg')}`,
        '  configured module search path = Default w/o overrides',
        `  castoff module location = ${join(root, 'remote')}`,
        `  executable location = ${path}`,
        `  node version = ${process.version}`,
        `  ssh2 version = ${versionOf(join(root, 'node_modules/ssh2/package.json'))}`,
        '',
      ].join('\n'),
    );
  });

  it('names the file ANSIBLE_CONFIG points at, as the settings do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-version-'));
    const cfg = join(dir, 'team.cfg');
    writeFileSync(cfg, '[defaults]\n');
    writeFileSync(join(dir, 'ansible.cfg'), '[defaults]\n');
    const r = await runCliProcess(PLAYBOOK_BIN, ['--version'], { cwd: dir, env: { ANSIBLE_CONFIG: cfg }, boundMs: 30_000 });
    expect(r.code).toBe(0);
    expect(r.lines[1]).toBe(`  config file = ${cfg}`);
  });

  it('still runs the command when --version is not first (commander answers it the same way)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-version-'));
    const r = await runCliProcess(PLAYBOOK_BIN, ['site.yml', '--version'], { cwd: dir, boundMs: 30_000 });
    expect(r.code).toBe(0);
    expect(r.lines[0]).toBe(`castoff-playbook ${versionOf(join(root, 'package.json'))}`);
    expect(r.lines[6]).toMatch(/^ {2}ssh2 version = \d+\.\d+\.\d+$/);
  });
});
