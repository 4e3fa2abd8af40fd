/**
 * The ajv that checks values against castoff's JSON Schemas: its options and the `text` keyword.
 * The build compiles every schema castoff knows with it into standalone code (compiled-schemas.ts),
 * so a run does not load ajv; a schema that code lacks is compiled here, with ajv loaded then.
 */
import { createRequire } from 'node:module';
import type { Ajv, CodeKeywordDefinition, Options, ValidateFunction } from 'ajv';
import { UnsafeText } from '../core/unsafe-text.js';
import type { JsonSchema } from './schema-values.js';

type AjvModule = typeof import('ajv');

const require = createRequire(import.meta.url);

/** The name the generated code knows the UnsafeText class by: a parameter of its factory. */
export const UNSAFE_TEXT_PARAMETER = 'UnsafeText';

/** `text: true`: a string, or an `!unsafe` string (UnsafeText), which a plain `type` cannot say. */
function textKeyword({ _, Name }: AjvModule): CodeKeywordDefinition {
  return {
    keyword: 'text',
    schemaType: 'boolean',
    code(cxt) {
      const unsafeText = cxt.gen.scopeValue('func', { ref: UnsafeText, code: new Name(UNSAFE_TEXT_PARAMETER) });
      cxt.fail(_`typeof ${cxt.data} != "string" && !(${cxt.data} instanceof ${unsafeText})`);
    },
  };
}

/** An ajv with castoff's options; `code` asks for source the build can write out (standalone code). */
export function schemaAjv(code?: Options['code']): Ajv {
  const ajv = require('ajv') as AjvModule;
  const instance = new ajv.Ajv({ allErrors: true, verbose: true, strict: false, allowUnionTypes: true, ...(code && { code }) });
  instance.addKeyword(textKeyword(ajv));
  return instance;
}

let runtime: Ajv | undefined;

/** A validator for a schema the build did not compile, compiled now. */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  runtime ??= schemaAjv();
  return runtime.compile(schema);
}
