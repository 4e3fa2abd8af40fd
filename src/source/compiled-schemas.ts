/**
 * The validators the build compiled ahead of time (`npm run build` runs scripts/schema-validators.ts,
 * which writes the schema-validators/ folder beside this file): ajv's standalone code, one file per
 * schema castoff knows, so checking a playbook costs no compile (175 ms on the first load), no ajv,
 * and only the code of the schemas it uses (all of it would take 50 ms to load).
 * Each file is named by its schema's content, so a schema changed since the build is never checked
 * with stale code: it has no file here and is compiled at run time instead.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { UnsafeText } from '../core/unsafe-text.js';
import type { JsonSchema } from './schema-values.js';

/** The generated folder; CommonJS files, so that one loads synchronously on first use, as validation runs. */
export const COMPILED_SCHEMAS_DIR = 'schema-validators';

/** What a generated file exports: given the UnsafeText class, the schema's validator. */
export type CompiledSchemaFactory = (unsafeText: typeof UnsafeText) => ValidateFunction;

const require = createRequire(import.meta.url);

/** A schema's name in the generated code and its file: a digest of its JSON, valid as an identifier. */
export function schemaKey(schema: JsonSchema): string {
  return `s${createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32)}`;
}

/** The build's validator for `schema`, undefined when the build did not compile this schema. */
export function compiledValidator(schema: JsonSchema): ValidateFunction | undefined {
  const file = fileURLToPath(new URL(`./${COMPILED_SCHEMAS_DIR}/${schemaKey(schema)}.cjs`, import.meta.url));
  return existsSync(file) ? (require(file) as CompiledSchemaFactory)(UnsafeText) : undefined;
}
