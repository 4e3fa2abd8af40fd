/**
 * Ansible Vault through castoff-playbook on a real host: a vaulted vars file, an inline `!vault`
 * value, two vault ids (a file and a script), a vaulted file copied decrypted (and one kept
 * encrypted with `decrypt: false`), a vaulted template, the unvault/file/config lookups, secrets from
 * the environment, and Ansible's failures.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptVaultText } from '../../src/source/vault/index.js';
import { PLAYBOOK_CLI, runCliProcess, type CliResult } from '../helpers/cli.js';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

let fleet: TestHosts;
let inv: TestInventory;
let play: string;

const SECRET_FILE_TEXT = 'copied secret line\n';

function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCliProcess(PLAYBOOK_CLI, ['-i', inv.file, play, ...args], {
    cwd: inv.dir,
    env: { ANSIBLE_CONFIG: join(inv.dir, 'none.cfg'), CASTOFF_KNOWN_HOSTS: inv.knownHostsFile, ...env },
    boundMs: 90_000,
  });
}

/** `name: !vault |` with the envelope indented under it. */
function inlineVault(name: string, value: string, password: string, vaultId?: string): string {
  return `${name}: !vault |\n  ${encryptVaultText(value, password, { vaultId }).split('\n').join('\n  ')}\n`;
}

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'vlt' });
  inv = writeInventory(fleet.hosts);
  const at = (name: string) => join(inv.dir, name);
  writeFileSync(at('none.cfg'), '[defaults]\n');
  writeFileSync(at('pw-default'), 'default-password\n');
  writeFileSync(at('pw-dev.sh'), '#!/bin/sh\necho dev-password\n');
  chmodSync(at('pw-dev.sh'), 0o755);
  writeFileSync(at('pw-wrong'), 'not-it\n');
  mkdirSync(at('vars'));
  mkdirSync(at('files'));
  writeFileSync(at('vars/secret.yml'), encryptVaultText('db_password: from-vaulted-file\n', 'default-password'));
  writeFileSync(at('files/secret.txt'), encryptVaultText(SECRET_FILE_TEXT, 'dev-password', { vaultId: 'dev' }));
  mkdirSync(at('templates'));
  writeFileSync(at('templates/vaulted.j2'), encryptVaultText('host={{ inventory_hostname }}\n', 'default-password'));
  writeFileSync(at('lookups.cfg'), '[defaults]\nforks = 3\n');
  writeFileSync(
    at('lookups.yml'),
    `- hosts: vlt1
  gather_facts: false
  tasks:
    - template: { src: vaulted.j2, dest: /tmp/vault-template.txt }
    - copy:
        content: "{{ lookup('unvault', 'secret.txt') }}|{{ lookup('file', 'secret.txt') }}|{{ lookup('config', 'DEFAULT_FORKS') }}|{{ lookup('config', 'DEFAULT_TIMEOUT') }}"
        dest: /tmp/vault-lookups.txt
`,
  );
  play = at('vault.yml');
  writeFileSync(
    play,
    `- hosts: vlt1
  gather_facts: false
  vars_files: [vars/secret.yml]
  vars:
    ${inlineVault('api_token', 'inline-token', 'dev-password', 'dev').split('\n').join('\n    ')}
  tasks:
    - name: Use the decrypted variables
      copy:
        content: "{{ db_password }}/{{ api_token }}"
        dest: /tmp/vault-vars.txt
    - name: Copy a vaulted file
      copy: { src: secret.txt, dest: /tmp/vault-copied.txt }
    - name: Copy it still encrypted
      copy: { src: secret.txt, dest: /tmp/vault-raw.txt, decrypt: false }
`,
  );
}, 300_000);

afterAll(async () => {
  await fleet?.stop();
});

const onHost = async (path: string) => (await fleet.hosts[0].sh(`cat ${path}`)).output;

describe('castoff-playbook with vaulted data', () => {
  it('decrypts a vars file, an inline value and a copied file with two vault ids (a file and a script)', async () => {
    await fleet.hosts[0].sh('rm -f /tmp/vault-*.txt');
    const r = await cli(['--vault-id', 'default@pw-default', '--vault-id', 'dev@pw-dev.sh']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(await onHost('/tmp/vault-vars.txt')).toBe('from-vaulted-file/inline-token');
    expect(await onHost('/tmp/vault-copied.txt')).toBe(SECRET_FILE_TEXT);
    expect(await onHost('/tmp/vault-raw.txt')).toMatch(/^\$ANSIBLE_VAULT;1\.2;AES256;dev\n[0-9a-f]{80}\n/);
  });

  it('renders a vaulted template and decrypts in the unvault and file lookups; config gives the settings', async () => {
    await fleet.hosts[0].sh('rm -f /tmp/vault-*.txt');
    const r = await runCliProcess(PLAYBOOK_CLI, ['-i', inv.file, join(inv.dir, 'lookups.yml'), '--vault-id', 'default@pw-default', '--vault-id', 'dev@pw-dev.sh'], {
      cwd: inv.dir,
      env: { ANSIBLE_CONFIG: join(inv.dir, 'lookups.cfg'), CASTOFF_KNOWN_HOSTS: inv.knownHostsFile },
      boundMs: 90_000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(await onHost('/tmp/vault-template.txt')).toBe('host=vlt1\n');
    expect(await onHost('/tmp/vault-lookups.txt')).toBe(`${SECRET_FILE_TEXT}|${SECRET_FILE_TEXT.trimEnd()}|3|10`);
  });

  it('takes the secrets from ANSIBLE_VAULT_PASSWORD_FILE and ANSIBLE_VAULT_IDENTITY_LIST', async () => {
    await fleet.hosts[0].sh('rm -f /tmp/vault-*.txt');
    const r = await cli([], { ANSIBLE_VAULT_PASSWORD_FILE: join(inv.dir, 'pw-default'), ANSIBLE_VAULT_IDENTITY_LIST: `dev@${join(inv.dir, 'pw-dev.sh')}` });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(await onHost('/tmp/vault-copied.txt')).toBe(SECRET_FILE_TEXT);
  });

  it('a wrong password fails at load with Ansible message naming the file, exit 1, nothing run', async () => {
    await fleet.hosts[0].sh('rm -f /tmp/vault-*.txt');
    const r = await cli(['--vault-password-file', 'pw-wrong']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    // The inline value of the playbook is met first: its file and line are named.
    expect(r.stderr).toContain(`ERROR! ${play}:5:`);
    expect(r.stderr).toContain('Decryption failed (no vault secrets were found that could decrypt)');
    expect(r.stdout + r.stderr).not.toContain('inline-token');
    expect((await fleet.hosts[0].sh('ls /tmp/vault-vars.txt')).rc).not.toBe(0);
  });

  it('without any secret says none were found, exit 1', async () => {
    const r = await cli([]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain('Attempting to decrypt but no vault secrets found');
  });

  it('a copied file only the missing id decrypts fails that task with the file named', async () => {
    await fleet.hosts[0].sh('rm -f /tmp/vault-*.txt');
    // The dev secret is wrong: the inline value fails at load, so the play holds only the file copy.
    const copyOnly = join(inv.dir, 'copy-only.yml');
    writeFileSync(copyOnly, '- hosts: vlt1\n  gather_facts: false\n  tasks:\n    - copy: { src: secret.txt, dest: /tmp/vault-copied.txt }\n');
    const r = await runCliProcess(PLAYBOOK_CLI, ['-i', inv.file, copyOnly, '--vault-password-file', 'pw-default'], {
      cwd: inv.dir,
      env: { ANSIBLE_CONFIG: join(inv.dir, 'none.cfg'), CASTOFF_KNOWN_HOSTS: inv.knownHostsFile },
      boundMs: 90_000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toContain(`Decryption failed (no vault secrets were found that could decrypt) on ${join(inv.dir, 'files/secret.txt')}`);
    expect(r.stdout).not.toContain('copied secret line');
  });
});
