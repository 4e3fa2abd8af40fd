/**
 * Preloaded with `--import` by tests of which modules a command loads (module-trace.ts): every
 * module the process loads is appended, one path a line, to the file CASTOFF_MODULE_TRACE names.
 * ES modules are seen by a load hook as they load; CommonJS ones (ajv, ssh2 and minijinja-js are
 * CommonJS), whether imported or required, are in require's cache when the process exits.
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const traceFile = process.env.CASTOFF_MODULE_TRACE;
if (traceFile) {
  register('./hooks.mjs', import.meta.url, { data: { traceFile } });
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => appendFileSync(traceFile, Object.keys(cache).map((path) => `${path}\n`).join('')));
}
