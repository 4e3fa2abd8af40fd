/** Lookups of the controller's process and the play's variables: pipe, lines, env, vars. */
import { spawnSync } from 'node:child_process';
import { TemplateError } from '../../core/errors.js';
import { baseDir } from './context.js';
import { LookupUndefined } from './errors.js';
import type { Lookup } from './types.js';
import type { Vars } from '../render.js';

/** A generous bound: a lookup runs inside a render, which cannot be cancelled. */
const COMMAND_TIMEOUT_MS = 10 * 60 * 1000;

function runShell(lookup: string, command: string, vars: Vars): string {
  const result = spawnSync('/bin/sh', ['-c', command], { cwd: baseDir(vars), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: COMMAND_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 });
  if (result.error !== undefined) throw new TemplateError(`lookup_plugin.${lookup}(${command}): ${result.error.message}`);
  const code = result.status ?? 1;
  if (code !== 0) throw new TemplateError(`lookup_plugin.${lookup}(${command}) returned ${code}`);
  return result.stdout;
}

const pipe: Lookup = {
  options: [],
  run: (terms, _options, vars) => terms.map((term) => runShell('pipe', String(term), vars).trimEnd()),
};

const lines: Lookup = {
  options: [],
  run: (terms, _options, vars) => terms.flatMap((term) => runShell('lines', String(term), vars).split(/\r?\n/).filter((line, i, all) => i < all.length - 1 || line !== '')),
};

const env: Lookup = {
  options: ['default'],
  run: (terms, options) => terms.map((term) => process.env[String(term)] ?? options.default ?? ''),
};

const varsLookup: Lookup = {
  options: ['default'],
  run: (terms, options, vars) =>
    terms.map((term) => {
      if (typeof term !== 'string') throw new TemplateError(`Invalid setting identifier, "${String(term)}" is not a string, its a ${typeof term}`);
      if (Object.hasOwn(vars, term) || term in vars) return vars[term];
      if (Object.hasOwn(options, 'default')) return options.default;
      throw new LookupUndefined(`No variable found with this name: ${term}`);
    }),
};

export const commandLookups: Record<string, Lookup> = { pipe, lines, env, vars: varsLookup };
