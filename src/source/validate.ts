import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SourcePosition } from '../core/errors.js';
import type { JsonSchema } from './schema-values.js';
import { UnsafeText } from '../core/unsafe-text.js';
import type { PositionIndex } from './yaml.js';
import { compiledValidator } from './compiled-schemas.js';
import { compileSchema } from './schema-ajv.js';

export type PathSegment = string | number;

/** One schema violation, in terms a message can be built from. */
export type SchemaIssue =
  | { kind: 'unknown'; path: PathSegment[]; key: string; known: string[] }
  | { kind: 'missing'; path: PathSegment[]; key: string }
  | { kind: 'invalid'; path: PathSegment[]; expected: string; value: unknown };

const validators = new WeakMap<JsonSchema, ValidateFunction>();

function validatorFor(schema: JsonSchema): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = compiledValidator(schema) ?? compileSchema(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/** Validates `data` and returns one issue per mistake (not ajv's several per mistake). */
export function schemaIssues(schema: JsonSchema, data: unknown): SchemaIssue[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const issues: SchemaIssue[] = [];
  const invalid = new Map<string, ErrorObject>();
  for (const error of errors) {
    const path = pointerToPath(error.instancePath, data);
    if (error.keyword === 'additionalProperties') {
      const properties = (error.parentSchema as JsonSchema | undefined)?.properties as JsonSchema | undefined;
      const key = String(error.params.additionalProperty);
      issues.push({ kind: 'unknown', path, key, known: Object.keys(properties ?? {}) });
    } else if (error.keyword === 'required') {
      issues.push({ kind: 'missing', path, key: String(error.params.missingProperty) });
    } else {
      const seen = invalid.get(error.instancePath);
      if (!seen || error.schemaPath.length < seen.schemaPath.length) invalid.set(error.instancePath, error);
    }
  }
  // A wrong list item also fails the list's own anyOf; the outermost failure reads best.
  const pointers = [...invalid.keys()];
  for (const [pointer, error] of invalid) {
    if (pointers.some((other) => other !== pointer && pointer.startsWith(`${other}/`))) continue;
    const described = (error.parentSchema as JsonSchema | undefined)?.description;
    issues.push({
      kind: 'invalid',
      path: pointerToPath(pointer, data),
      expected: typeof described === 'string' ? described : (error.message ?? 'valid'),
      value: error.data,
    });
  }
  return issues;
}

function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let current = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key: PathSegment = Array.isArray(current) ? Number(segment) : segment;
    path.push(key);
    current = current !== null && typeof current === 'object' ? (current as Record<PathSegment, unknown>)[key] : undefined;
  }
  return path;
}

/** `'loop_control.pause'`, `'tags[1]'`: how a message names a value inside a task. */
export function pathName(path: PathSegment[]): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}

/** How a message shows a wrong value: strings quoted, containers by kind. */
export function describeValue(value: unknown): string {
  if (value instanceof UnsafeText) return JSON.stringify(value.text);
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

/**
 * Where the thing at `path` (below `root`) was written: the key when `atKey` and the last step is
 * a key, else the value; the nearest known ancestor when the exact spot is unknown.
 */
export function positionAt(
  positions: PositionIndex,
  root: object,
  path: PathSegment[],
  fallback: SourcePosition,
  atKey = true,
): SourcePosition {
  let container: unknown = root;
  let best = positions.of(root) ?? fallback;
  for (let i = 0; i < path.length; i++) {
    if (container === null || typeof container !== 'object') break;
    const segment = path[i];
    const keyPos = typeof segment === 'string' ? positions.key(container, segment) : undefined;
    const valuePos = positions.value(container, segment);
    const preferKey = atKey || i < path.length - 1;
    best = (preferKey ? (keyPos ?? valuePos) : (valuePos ?? keyPos)) ?? best;
    container = (container as Record<PathSegment, unknown>)[segment];
  }
  return best;
}
