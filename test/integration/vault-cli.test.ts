/**
 * `castoff vault encrypt|decrypt|view|encrypt_string` against the real ansible-vault (Debian's
 * ansible-core): what castoff encrypts, ansible-vault opens, and the other way round. No hosts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CASTOFF_CLI, runCliProcess, type CliResult } from '../helpers/cli.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'castoff-vault-cli-'));
  writeFileSync(join(dir, 'pw'), 'the-password\n');
  writeFileSync(join(dir, 'ansible.cfg'), '[defaults]\n');
});

function castoff(args: string[]): Promise<CliResult> {
  return runCliProcess(CASTOFF_CLI, ['vault', ...args], { cwd: dir, env: { ANSIBLE_CONFIG: join(dir, 'ansible.cfg') }, boundMs: 60_000 });
}

function ansibleVault(args: string[]): string {
  return execFileSync('ansible-vault', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ANSIBLE_CONFIG: join(dir, 'ansible.cfg') } });
}

describe('castoff vault', () => {
  it('encrypts a file in place that ansible-vault decrypts, with a vault id label', async () => {
    writeFileSync(join(dir, 'a.txt'), 'first line\nsecond\n');
    const r = await castoff(['encrypt', '--vault-id', 'prod@pw', 'a.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('Encryption successful\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toMatch(/^\$ANSIBLE_VAULT;1\.2;AES256;prod\n/);
    expect(ansibleVault(['view', '--vault-id', 'prod@pw', 'a.txt'])).toBe('first line\nsecond\n');
  });

  it('views and decrypts what ansible-vault encrypted, to --output or in place', async () => {
    writeFileSync(join(dir, 'b.txt'), 'from ansible\n');
    ansibleVault(['encrypt', '--vault-password-file', 'pw', 'b.txt']);
    const viewed = await castoff(['view', '--vault-password-file', 'pw', 'b.txt']);
    expect(viewed.code, viewed.stderr).toBe(0);
    expect(viewed.stdout).toBe('from ansible\n');
    const out = await castoff(['decrypt', '--vault-password-file', 'pw', '--output', 'plain.txt', 'b.txt']);
    expect(out.code, out.stderr).toBe(0);
    expect(readFileSync(join(dir, 'plain.txt'), 'utf8')).toBe('from ansible\n');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toMatch(/^\$ANSIBLE_VAULT;1\.1;AES256\n/);
    const inPlace = await castoff(['decrypt', '--vault-password-file', 'pw', 'b.txt']);
    expect(inPlace.code, inPlace.stderr).toBe(0);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('from ansible\n');
  });

  it('encrypt_string gives a !vault value ansible-playbook reads', async () => {
    const r = await castoff(['encrypt_string', '--vault-password-file', 'pw', '--name', 'db_password', 's3cret value']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^db_password: !vault \|\n {10}\$ANSIBLE_VAULT;1\.1;AES256\n( {10}[0-9a-f]{1,80}\n)+$/);
    writeFileSync(join(dir, 'vars.yml'), r.stdout);
    writeFileSync(join(dir, 'play.yml'), '- hosts: localhost\n  gather_facts: false\n  vars_files: [vars.yml]\n  tasks:\n    - debug: var=db_password\n');
    const played = execFileSync('ansible-playbook', ['-c', 'local', '-i', 'localhost,', '--vault-password-file', 'pw', 'play.yml'], { cwd: dir, encoding: 'utf8' });
    expect(played).toContain('"db_password": "s3cret value"');
  });

  it("refuses as ansible-vault does: already encrypted, not encrypted, wrong password", async () => {
    writeFileSync(join(dir, 'c.txt'), 'x\n');
    expect((await castoff(['encrypt', '--vault-password-file', 'pw', 'c.txt'])).code).toBe(0);
    const twice = await castoff(['encrypt', '--vault-password-file', 'pw', 'c.txt']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('ERROR! input is already encrypted');
    writeFileSync(join(dir, 'plain.txt'), 'y\n');
    const notVaulted = await castoff(['view', '--vault-password-file', 'pw', 'plain.txt']);
    expect(notVaulted.code).toBe(1);
    expect(notVaulted.stderr).toContain('ERROR! input is not vault encrypted data. plain.txt is not a vault encrypted file for plain.txt');
    writeFileSync(join(dir, 'wrong'), 'nope\n');
    const wrong = await castoff(['view', '--vault-password-file', 'wrong', 'c.txt']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('ERROR! Decryption failed (no vault secrets were found that could decrypt) on c.txt for c.txt');
  });
});
