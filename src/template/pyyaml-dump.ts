/**
 * PyYAML's block style, as Ansible's `to_nice_yaml` prints it (`yaml.dump(indent=4,
 * default_flow_style=False)`): sorted keys, sequences under a key not indented, a collection inside
 * a sequence item starting on the dash's line, strings quoted only when YAML 1.1 would read them
 * as something else.
 */
import { isMapping } from './python.js';

/** Plain scalars YAML 1.1 would resolve to a bool, null, number, timestamp, merge key or value. */
const RESOLVABLE = [
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:~|null|Null|NULL)$/,
  /^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/,
  /^(?:<<|=)$/,
];

function isPlainSafe(text: string): boolean {
  if (text === '' || text !== text.trim() || /[\n\r\t]/.test(text)) return false;
  if (/^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?:\s|$))/.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (/[\x00-\x1f\x7f]/.test(text)) return false;
  return !RESOLVABLE.some((pattern) => pattern.test(text));
}

/** A scalar's text; `continuation` indents the lines of a quoted multi-line string. */
function scalar(value: unknown, continuation: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const text = String(value);
  if (isPlainSafe(text)) return text;
  // Single quotes fold line breaks: one break is written as an empty line.
  const quoted = text.replaceAll("'", "''").split('\n').join(`\n\n${continuation}`);
  return `'${quoted}'`;
}

function isCollection(value: unknown): value is unknown[] | Record<string, unknown> {
  return Array.isArray(value) ? value.length > 0 : isMapping(value) && Object.keys(value).length > 0;
}

function emptyCollection(value: unknown): string | null {
  if (Array.isArray(value)) return '[]';
  if (isMapping(value)) return '{}';
  return null;
}

function lines(value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isCollection(item)) return [`- ${emptyCollection(item) ?? scalar(item, pad)}`];
      const [first, ...rest] = lines(item, indent);
      return [`-${' '.repeat(indent - 1)}${first}`, ...rest.map((line) => pad + line)];
    });
  }
  if (isMapping(value)) {
    return Object.keys(value).sort().flatMap((key) => {
      const item = value[key];
      const name = scalar(key, pad);
      if (!isCollection(item)) return [`${name}: ${emptyCollection(item) ?? scalar(item, pad)}`];
      const nested = lines(item, indent);
      return [`${name}:`, ...(Array.isArray(item) ? nested : nested.map((line) => pad + line))];
    });
  }
  return [scalar(value, pad)];
}

/** The document PyYAML dumps for `value`, ending in a newline. */
export function pyYamlBlock(value: unknown, indent = 4): string {
  if (!isCollection(value)) return `${emptyCollection(value) ?? scalar(value, '')}\n`;
  return `${lines(value, indent).join('\n')}\n`;
}
