/**
 * Building blocks of the playbook JSON Schemas. Every value schema carries a `description`
 * phrase ("a non-negative integer") that error messages quote, and wherever Ansible accepts a
 * number or a boolean it also accepts a template (`"{{ n }}"`), which the executor renders.
 */

export type JsonSchema = Record<string, unknown>;

/** A string the executor renders before use: it contains `{{ }}` or `{% %}`. */
export const TEMPLATE_PATTERN = '\\{\\{|\\{%';

export function isTemplate(value: unknown): value is string {
  return typeof value === 'string' && /\{\{|\{%/.test(value);
}

const template: JsonSchema = { type: 'string', pattern: TEMPLATE_PATTERN };

/** A string, or an `!unsafe` string (checked by the custom `text` keyword, see validate.ts). */
export function text(description = 'a string'): JsonSchema {
  return { description, text: true };
}

/** Words Ansible's `boolean()` reads as true or false; case does not matter. */
export const TRUE_WORDS = ['y', 'yes', 'on', '1', 'true', 't'];
export const FALSE_WORDS = ['n', 'no', 'off', '0', 'false', 'f'];

function caseless(word: string): string {
  return [...word].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
}

const boolWordPattern = `^\\s*(?:${[...TRUE_WORDS, ...FALSE_WORDS].map(caseless).join('|')})\\s*$`;

export const bool: JsonSchema = {
  description: 'a boolean',
  anyOf: [{ type: 'boolean' }, { enum: [0, 1] }, { type: 'string', pattern: `${boolWordPattern}|${TEMPLATE_PATTERN}` }],
};

function integerSchema(description: string, minimum: number, maximum?: number): JsonSchema {
  return {
    description,
    anyOf: [
      { type: 'integer', minimum, ...(maximum === undefined ? {} : { maximum }) },
      { type: 'string', pattern: `^\\s*\\d+\\s*$|${TEMPLATE_PATTERN}` },
    ],
  };
}

export const nonNegativeInt = integerSchema('a non-negative integer', 0);
export const portNumber = integerSchema('a port number (1-65535)', 1, 65535);

export const nonNegativeNumber: JsonSchema = {
  description: 'a non-negative number',
  anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: `^\\s*\\d+(?:\\.\\d*)?\\s*$|${TEMPLATE_PATTERN}` }],
};

export const percentage: JsonSchema = {
  description: 'a percentage (0-100, optionally with %)',
  anyOf: [
    { type: 'number', minimum: 0, maximum: 100 },
    { type: 'string', pattern: `^\\s*\\d+(?:\\.\\d+)?%?\\s*$|${TEMPLATE_PATTERN}` },
  ],
};

/** `serial: 5`, `serial: "30%"` or a list of them (batch sizes that grow). */
const batchSize: JsonSchema = {
  anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: `^\\s*\\d+(?:\\.\\d+)?%?\\s*$|${TEMPLATE_PATTERN}` }],
};
export const serial: JsonSchema = {
  description: 'a number, a percentage like "30%" or a list of them',
  anyOf: [batchSize, { type: 'array', items: batchSize }],
};

export function oneOfWords(words: readonly string[]): JsonSchema {
  const quoted = words.map((w) => `'${w}'`);
  const description = `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return { description, anyOf: [{ enum: words }, template] };
}

/** `when`, `failed_when`, `changed_when`, `until`: bare expressions, booleans, or a list of them. */
const conditionItem: JsonSchema = { anyOf: [{ type: 'string' }, { type: 'boolean' }] };
export const conditions: JsonSchema = {
  description: 'a condition (an expression or a boolean) or a list of them',
  anyOf: [conditionItem, { type: 'array', items: conditionItem }],
};

/** `tags: a`, `tags: a,b`, `tags: [a, 1]`. */
const tagItem: JsonSchema = { anyOf: [{ type: 'string' }, { type: 'number' }] };
export const tags: JsonSchema = {
  description: 'a string or a list of strings',
  anyOf: [tagItem, { type: 'array', items: tagItem }],
};

export const stringList: JsonSchema = {
  description: 'a string or a list of strings',
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
};

export const mapping: JsonSchema = { description: 'a mapping', anyOf: [{ type: 'object' }, { type: 'null' }] };

/** `vars:` as a mapping or, as Ansible also accepts, a list of mappings merged in order. */
export const varsMapping: JsonSchema = {
  description: 'a mapping or a list of mappings',
  anyOf: [{ type: 'object' }, { type: 'null' }, { type: 'array', items: { type: 'object' } }],
};

export const mappingOrTemplate: JsonSchema = {
  description: 'a mapping or a template',
  anyOf: [{ type: 'object' }, { type: 'null' }, template],
};

export const listOrTemplate: JsonSchema = {
  description: 'a list or a template that gives one',
  anyOf: [{ type: 'array' }, template],
};

export const taskList: JsonSchema = { description: 'a list of tasks', anyOf: [{ type: 'array' }, { type: 'null' }] };

export const variableName: JsonSchema = {
  description: 'a variable name (letters, digits and _, not starting with a digit)',
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
};

/** A hosts pattern: `web`, `web:&prod`, or a list of patterns. */
export const hostPattern: JsonSchema = {
  description: 'a host pattern or a list of them',
  anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string' } }],
};

export const anything: JsonSchema = {};

/** An object schema whose unknown keys are reported (with a did-you-mean). */
export function objectOf(properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false };
}
