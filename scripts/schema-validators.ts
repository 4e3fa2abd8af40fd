/**
 * src/source/schema-validators/: ajv's standalone code for every schema the loader checks playbooks
 * against (src/playbook/schemas.ts), one file per schema named by its key, so a run neither loads
 * ajv nor compiles a schema, and loads the code of the schemas it uses only. `npm run build` runs
 * this after tsc and writes the folder (build output, not committed) into src/ and dist/src/; a
 * unit test generates the files afresh and fails when the built ones differ.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Ajv } from 'ajv';
import { playbookSchemas } from '../src/playbook/schemas.js';
import { COMPILED_SCHEMAS_DIR, schemaKey } from '../src/source/compiled-schemas.js';
import { schemaAjv, UNSAFE_TEXT_PARAMETER } from '../src/source/schema-ajv.js';

export const COMPILED_SCHEMAS_PATH = `src/source/${COMPILED_SCHEMAS_DIR}`;

// CommonJS under ESM: require() hands over the function itself, whatever the interop.
const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone') as (ajv: Ajv, refs: Record<string, string>) => string;

/** One schema's file: a factory taking the UnsafeText class and returning the schema's validator. */
function fileText(key: string, code: string): string {
  return [
    '// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.',
    "'use strict';",
    `module.exports = function compiledSchema(${UNSAFE_TEXT_PARAMETER}) {`,
    'const exports = {};',
    code,
    `return exports.${key};`,
    '};',
    '',
  ].join('\n');
}

/** Every generated file of the folder, by name. */
export function schemaValidatorFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const schema of playbookSchemas()) {
    const key = schemaKey(schema);
    const name = `${key}.cjs`;
    if (name in files) continue;
    const ajv = schemaAjv({ source: true, lines: true });
    ajv.addSchema(schema, key);
    files[name] = fileText(key, standaloneCode(ajv, { [key]: key }));
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = schemaValidatorFiles();
  for (const dir of [COMPILED_SCHEMAS_PATH, join('dist', COMPILED_SCHEMAS_PATH)].map((path) => join(process.cwd(), path))) {
    // Files of schemas that changed or went must go: their names are their old contents.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  }
  console.log(`wrote ${Object.keys(files).length} files to ${COMPILED_SCHEMAS_PATH} and its copy in dist/`);
}
