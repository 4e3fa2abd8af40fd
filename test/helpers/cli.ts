/** Running the built CLIs as a user would: a subprocess, its exit code and output. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const PLAYBOOK_CLI = join(root, 'dist/src/cli/castoff-playbook.js');
export const CASTOFF_CLI = join(root, 'dist/src/cli/castoff.js');

export interface CliResult {
  /** Exit code; null when the bound killed it. */
  code: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
  ms: number;
  /** Killed by `boundMs`: the CLI hung. */
  hung: boolean;
}

export interface CliOptions {
  cwd: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  boundMs?: number;
}

export function runCliProcess(bin: string, args: string[], options: CliOptions): Promise<CliResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      'node',
      [bin, ...args],
      { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, timeout: options.boundMs ?? 90_000, killSignal: 'SIGKILL', maxBuffer: 32 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const e = err as (Error & { code?: number; killed?: boolean }) | null;
        const code = e ? (typeof e.code === 'number' ? e.code : null) : 0;
        resolve({ code, stdout, stderr, lines: stdout.split('\n'), ms: performance.now() - started, hung: Boolean(e?.killed) });
      },
    );
  });
}

/** The commands npm installs (package.json `bin`): they answer `--version` before loading the CLI. */
export const PLAYBOOK_BIN = join(root, 'dist/src/cli/bin/castoff-playbook.js');
export const CASTOFF_BIN = join(root, 'dist/src/cli/bin/castoff.js');
