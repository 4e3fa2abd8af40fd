/**
 * A reader that stops reading: `castoff-playbook site.yml | head` closes the CLI's stdout mid-run.
 * The rest of the output is dropped, the run still goes to its end, and nothing is printed about
 * the pipe (no EPIPE, no stack trace). Local connection: no hosts involved.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAYBOOK_BIN } from '../helpers/cli.js';

interface Ended {
  code: number | null;
  stderr: string;
  /** How much of stdout was read before the pipe was closed. */
  read: number;
}

/** Runs the CLI, reads its first chunk of stdout, then closes the pipe as `head` would. */
function runAndCloseStdout(args: string[], cwd: string): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [PLAYBOOK_BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let read = 0;
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, read }));
  });
}

describe('stdout closed by its reader', () => {
  it.each(['default', 'jsonl'])('with %s output, the run goes on to its end, silently', async (output) => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-pipe-'));
    const marker = join(dir, 'after-the-output');
    writeFileSync(join(dir, 'hosts.ini'), 'localhost ansible_connection=local\n');
    writeFileSync(
      join(dir, 'site.yml'),
      [
        '- hosts: all',
        '  gather_facts: no',
        '  tasks:',
        '    - debug:',
        '        msg: "line {{ item }} {{ \'x\' * 200 }}"',
        '      loop: "{{ range(400) | list }}"',
        '    - command: touch {{ marker }}',
        '',
      ].join('\n'),
    );
    const ended = await runAndCloseStdout(['site.yml', '-i', 'hosts.ini', '-e', `marker=${marker}`, '--output', output], dir);
    expect(ended.read).toBeGreaterThan(0);
    expect(ended.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(ended.code).toBe(0);
    // The task after most of the output ran: closing the pipe stopped nothing.
    expect(existsSync(marker)).toBe(true);
  });
});
