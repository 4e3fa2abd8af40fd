/**
 * Checking arguments against an Ansible argument spec (`validate_argument_spec`, roles'
 * meta/argument_specs.yml), castoff's own code giving Ansible's messages: required options, types
 * with Ansible's conversions, list elements, choices, nested `options`, and options the spec does
 * not know. Pure: values in, messages and converted values out.
 */

export type ArgumentSpec = Record<string, OptionSpec>;

export interface OptionSpec {
  type?: string;
  required?: boolean;
  default?: unknown;
  choices?: unknown[];
  elements?: string;
  options?: ArgumentSpec;
  aliases?: string[];
}

type Converted = { ok: true; value: unknown } | { ok: false; detail: string };

const TRUE_VALUES = new Set(['y', 'yes', 'on', '1', 'true', 't', '1.0']);
const FALSE_VALUES = new Set(['n', 'no', 'off', '0', 'false', 'f', '0.0']);
const VALID_BOOLEANS = "'on', 1, 0, 'true', '1', 'f', 'n', 'y', '0', 'off', 't', 'false', 'no', 'yes'";

/** The Python class a value of the playbook has in Ansible, as its messages print it. */
export function pythonClass(value: unknown): string {
  if (typeof value === 'string') return "<class 'ansible.parsing.yaml.objects.AnsibleUnicode'>";
  if (typeof value === 'boolean') return "<class 'bool'>";
  if (typeof value === 'number') return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>";
  if (value === null || value === undefined) return "<class 'NoneType'>";
  if (Array.isArray(value)) return "<class 'ansible.parsing.yaml.objects.AnsibleSequence'>";
  return "<class 'ansible.parsing.yaml.objects.AnsibleMapping'>";
}

function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function toInt(value: unknown): Converted {
  if (typeof value === 'boolean') return { ok: true, value: value ? 1 : 0 };
  if (typeof value === 'number' && Number.isInteger(value)) return { ok: true, value };
  if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) return { ok: true, value: Number(value) };
  return { ok: false, detail: `${pythonClass(value)} cannot be converted to an int` };
}

function toFloat(value: unknown): Converted {
  if (typeof value === 'number') return { ok: true, value };
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return { ok: true, value: Number(value) };
  return { ok: false, detail: `${pythonClass(value)} cannot be converted to a float` };
}

function toBool(value: unknown): Converted {
  if (typeof value === 'boolean') return { ok: true, value };
  const word = String(value).toLowerCase();
  if ((typeof value === 'string' || typeof value === 'number') && TRUE_VALUES.has(word)) return { ok: true, value: true };
  if ((typeof value === 'string' || typeof value === 'number') && FALSE_VALUES.has(word)) return { ok: true, value: false };
  return { ok: false, detail: `The value '${pyStr(value)}' is not a valid boolean.  Valid booleans include: ${VALID_BOOLEANS}` };
}

function toList(value: unknown): Converted {
  if (Array.isArray(value)) return { ok: true, value };
  if (typeof value === 'string') return { ok: true, value: value.split(',') };
  if (typeof value === 'number') return { ok: true, value: [String(value)] };
  return { ok: false, detail: `${pythonClass(value)} cannot be converted to a list` };
}

function toDict(value: unknown): Converted {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ok: true, value };
  const fail: Converted = { ok: false, detail: 'dictionary requested, could not parse JSON or key=value' };
  if (typeof value !== 'string') return { ok: false, detail: `${pythonClass(value)} cannot be converted to a dict` };
  if (value.trim().startsWith('{')) {
    try {
      const parsed = JSON.parse(value) as unknown;
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { ok: true, value: parsed } : fail;
    } catch {
      return fail;
    }
  }
  const pairs = value.split(/[\s,]+/).filter(Boolean);
  if (pairs.length === 0 || !pairs.every((pair) => pair.includes('='))) return fail;
  return { ok: true, value: Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])) };
}

function toStr(value: unknown): Converted {
  return { ok: true, value: typeof value === 'string' ? value : pyStr(value) };
}

const CONVERTERS: Readonly<Record<string, (value: unknown) => Converted>> = {
  str: toStr,
  path: toStr,
  int: toInt,
  float: toFloat,
  bool: toBool,
  list: toList,
  dict: toDict,
  raw: (value) => ({ ok: true, value }),
  json: (value) => ({ ok: true, value: typeof value === 'string' ? value : JSON.stringify(value) }),
  jsonarg: (value) => ({ ok: true, value: typeof value === 'string' ? value : JSON.stringify(value) }),
};

export interface CheckOutcome {
  errors: string[];
  values: Record<string, unknown>;
}

function sortedNames(names: Iterable<string>): string {
  return [...names].sort().join(', ');
}

function namesOf(name: string, option: OptionSpec): string[] {
  return [name, ...(option.aliases ?? [])];
}

/** Checks `provided` against `spec`; `path` names the enclosing option of a nested spec (`o`, `o.p`). */
export function checkArguments(spec: ArgumentSpec, provided: Record<string, unknown>, path: string[] = []): CheckOutcome {
  const errors: string[] = [];
  const unsupported: string[] = [];
  const values: Record<string, unknown> = {};
  const known = new Set(Object.entries(spec).flatMap(([name, option]) => namesOf(name, option ?? {})));
  for (const name of Object.keys(provided)) if (!known.has(name)) unsupported.push(name);
  for (const [name, option = {}] of Object.entries(spec)) {
    const given = namesOf(name, option).find((alias) => provided[alias] !== undefined && provided[alias] !== null);
    if (given !== undefined) values[name] = provided[given];
  }
  const where = path.length > 0 ? ` found in ${path.join(' -> ')}` : '';
  const missing = Object.entries(spec).filter(([name, option]) => option?.required === true && values[name] === undefined).map(([name]) => name);
  if (missing.length > 0) errors.push(`missing required arguments: ${sortedNames(missing)}${where}`);
  for (const [name, option = {}] of Object.entries(spec)) {
    if (values[name] === undefined) {
      if (option.default !== undefined) values[name] = option.default;
      continue;
    }
    const type = option.type ?? 'str';
    const convert = CONVERTERS[type];
    if (!convert) continue;
    const converted = convert(values[name]);
    if (!converted.ok) {
      errors.push(`argument '${name}' is of type ${pythonClass(values[name])} and we were unable to convert to ${type}: ${converted.detail}`);
      continue;
    }
    values[name] = converted.value;
    if (type === 'list' && option.elements !== undefined && CONVERTERS[option.elements]) {
      const elements = (converted.value as unknown[]).map((item) => ({ item, converted: CONVERTERS[option.elements!](item) }));
      const bad = elements.find((e) => !e.converted.ok);
      if (bad && !bad.converted.ok) {
        errors.push(`Elements value for option '${name}' is of type ${pythonClass(bad.item)} and we were unable to convert to ${option.elements}: ${bad.converted.detail}`);
      } else {
        values[name] = elements.map((e) => (e.converted.ok ? e.converted.value : e.item));
      }
    }
  }
  for (const [name, option = {}] of Object.entries(spec)) {
    const value = values[name];
    if (!option.choices || value === undefined) continue;
    const choices = option.choices.map(pyStr);
    if (Array.isArray(value)) {
      const outside = value.filter((item) => !choices.includes(pyStr(item)));
      if (outside.length > 0) errors.push(`value of ${name} must be one or more of: ${choices.join(', ')}. Got no match for: ${outside.map(pyStr).join(', ')}`);
    } else if (!choices.includes(pyStr(value))) {
      errors.push(`value of ${name} must be one of: ${choices.join(', ')}, got: ${pyStr(value)}`);
    }
  }
  const nestedUnsupported: string[] = [];
  for (const [name, option = {}] of Object.entries(spec)) {
    const value = values[name];
    if (!option.options || value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
      const nested = checkArguments(option.options, item as Record<string, unknown>, [...path, name]);
      errors.push(...nested.errors.filter((e) => !e.includes('. Supported parameters include: ')));
      nestedUnsupported.push(...nested.errors.filter((e) => e.includes('. Supported parameters include: ')));
    }
  }
  if (unsupported.length > 0) {
    const prefix = path.length > 0 ? `${path.join('.')}.` : '';
    errors.push(`${unsupported.map((name) => `${prefix}${name}`).sort().join(', ')}. Supported parameters include: ${sortedNames(known)}.`);
  }
  errors.push(...nestedUnsupported);
  return { errors, values };
}
