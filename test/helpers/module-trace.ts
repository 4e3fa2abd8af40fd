/** Which modules a built command loads: the CLI run with a preloaded tracer (module-trace/register.mjs). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliProcess, type CliOptions, type CliResult } from './cli.js';

const REGISTER = new URL('./module-trace/register.mjs', import.meta.url);

export interface TracedRun {
  result: CliResult;
  /** The file of every module loaded, ES and CommonJS, as real paths. */
  modules: string[];
}

export async function tracedCliRun(bin: string, args: string[], options: CliOptions): Promise<TracedRun> {
  const traceFile = join(mkdtempSync(join(tmpdir(), 'castoff-trace-')), 'modules.txt');
  writeFileSync(traceFile, '');
  const env = { ...options.env, NODE_OPTIONS: `--import=${REGISTER.href}`, CASTOFF_MODULE_TRACE: traceFile };
  const result = await runCliProcess(bin, args, { ...options, env });
  return { result, modules: [...new Set(readFileSync(traceFile, 'utf8').split('\n').filter(Boolean))] };
}
