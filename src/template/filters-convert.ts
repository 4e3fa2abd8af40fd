/** Type conversion filters with Jinja's and Ansible's semantics: `bool`, `int`, `float`, `string`, `ternary`, `mandatory`. */
import { argument, splitArgs, type TemplateFunction } from './args.js';
import { pyStr, pyTruthy } from './python.js';

const PREFIX_BASES: Record<string, number> = { '0x': 16, '0o': 8, '0b': 2 };

/** Python's `int(text, base)`; null when Python would raise ValueError. */
function parseInteger(text: string, base: number): number | null {
  const match = /^([+-]?)(0[xob])?([0-9a-z]+(?:_[0-9a-z]+)*)$/i.exec(text.trim());
  if (match === null) return null;
  const [, sign, prefix, body] = match;
  let radix = base;
  if (prefix !== undefined) {
    const prefixBase = PREFIX_BASES[prefix.toLowerCase()];
    if (base !== 0 && base !== prefixBase) return null;
    radix = prefixBase;
  } else if (base === 0) {
    if (/^0+[1-9]/.test(body)) return null;
    radix = 10;
  }
  const digits = body.replaceAll('_', '').toLowerCase();
  if ([...digits].some((d) => Number.isNaN(parseInt(d, radix)))) return null;
  const value = parseInt(digits, radix);
  return sign === '-' ? -value : value;
}

/** Python's `float(text)`; null when Python would raise ValueError. */
function parseFloatText(text: string): number | null {
  const trimmed = text.trim().toLowerCase().replace(/(?<=\d)_(?=\d)/g, '');
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(trimmed);
  if (special) {
    if (special[2] === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

function toFloat(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return parseFloatText(value);
  return null;
}

/** Jinja's `int`: the integer, else the integer part of a float, else `default`. */
const int: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['default', 'base']);
  const fallback = argument(call, 0, 'default', 0);
  const base = Number(argument(call, 1, 'base', 10));
  if (typeof value === 'string') {
    const parsed = parseInteger(value, base);
    if (parsed !== null) return parsed;
  }
  const asFloat = toFloat(value);
  return asFloat === null || !Number.isFinite(asFloat) ? fallback : Math.trunc(asFloat);
};

/** Jinja's `float`: the number, else `default`. */
const float: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['default']);
  return toFloat(value) ?? argument(call, 0, 'default', 0);
};

/** Ansible's `bool`: true only for true, 1, and 'yes', 'on', '1', 'true' in any case. */
const bool: TemplateFunction = (value) => {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  if (typeof value === 'string') return ['yes', 'on', '1', 'true'].includes(value.toLowerCase());
  return false;
};

const string: TemplateFunction = (value) => pyStr(value);

/** Ansible's `ternary(true_val, false_val, none_val)`. */
const ternary: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['true_val', 'false_val', 'none_val']);
  const noneValue = argument(call, 2, 'none_val', null);
  if (value === null && noneValue !== null) return noneValue;
  return pyTruthy(value) ? argument(call, 0, 'true_val', null) : argument(call, 1, 'false_val', null);
};

/** Undefined input never gets here: the engine bridge reports it with `mandatoryMessage`. */
const mandatory: TemplateFunction = (value) => value;

/** Ansible's message when `mandatory` gets an undefined value; `args` are the filter's own. */
export function mandatoryMessage(variable: string | null, args: unknown[]): string {
  const call = splitArgs(args, ['msg']);
  const custom = argument(call, 0, 'msg', null);
  if (custom !== null) return pyStr(custom);
  return `Mandatory variable ${variable === null ? '' : `'${variable}' `}not defined.`;
}

export const convertFilters: Record<string, TemplateFunction> = { bool, int, float, string, ternary, mandatory };
