/**
 * `plugin_routing` entries of a routing file (ansible-core's `config/ansible_builtin_runtime.yml`,
 * a collection's `meta/runtime.yml`): redirects, deprecations and tombstones of renamed or removed
 * modules. ansible-core's file holds thousands of entries and takes a second to parse whole, so
 * the one entry asked for is cut out by indentation and only it is parsed; a file laid out
 * otherwise is parsed whole.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One module's routing: where it went, or that it is deprecated or removed. */
export interface RoutingEntry {
  redirect?: string;
  deprecation?: RoutingNotice;
  tombstone?: RoutingNotice;
}

export interface RoutingNotice {
  warning_text?: string;
  removal_version?: string;
  removal_date?: string;
}

const texts = new Map<string, string | undefined>();
const wholeFiles = new Map<string, Record<string, unknown>>();

function fileText(path: string): string | undefined {
  if (!texts.has(path)) {
    try {
      texts.set(path, readFileSync(path, 'utf8'));
    } catch {
      texts.set(path, undefined);
    }
  }
  return texts.get(path);
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isContent = (line: string): boolean => line.trim() !== '' && !line.trimStart().startsWith('#');
const keyOf = (line: string): string | undefined => /^\s*(['"]?)([^'":#\s][^'":#]*)\1\s*:\s*(?:#.*)?$/.exec(line)?.[2];

type Section = { start: number; end: number; indent: number };

/** The lines under `key:` between `start` and `end` at `indent`, if the key is there. */
function findKey(lines: string[], section: Section, key: string): Section | undefined {
  for (let i = section.start; i < section.end; i++) {
    const line = lines[i];
    if (!isContent(line) || indentOf(line) !== section.indent || keyOf(line) !== key) continue;
    let end = i + 1;
    while (end < section.end && (!isContent(lines[end]) || indentOf(lines[end]) > section.indent)) end++;
    const first = lines.slice(i + 1, end).find(isContent);
    return { start: i + 1, end, indent: first === undefined ? section.indent + 2 : indentOf(first) };
  }
  return undefined;
}

/** The entry by indentation, `null` when the file is not laid out as expected. */
function scanEntry(text: string, pluginType: string, name: string): RoutingEntry | undefined | null {
  const lines = text.split('\n');
  const routing = findKey(lines, { start: 0, end: lines.length, indent: 0 }, 'plugin_routing');
  if (!routing) return text.includes('plugin_routing') ? null : undefined;
  const section = findKey(lines, routing, pluginType);
  const entry = section && findKey(lines, section, name);
  if (!entry) return undefined;
  const block = lines.slice(entry.start, entry.end).map((line) => line.slice(Math.min(entry.indent, indentOf(line)))).join('\n');
  return asEntry(parse(block));
}

function asEntry(value: unknown): RoutingEntry | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RoutingEntry) : undefined;
}

function parsedWhole(path: string, text: string): Record<string, unknown> {
  let parsed = wholeFiles.get(path);
  if (!parsed) {
    const value: unknown = parse(text);
    parsed = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    wholeFiles.set(path, parsed);
  }
  return parsed;
}

/** The routing of one plugin in a routing file; a missing or unreadable file routes nothing. */
export function routingEntry(file: string, name: string, pluginType = 'modules'): RoutingEntry | undefined {
  const text = fileText(file);
  if (text === undefined) return undefined;
  try {
    const scanned = scanEntry(text, pluginType, name);
    if (scanned !== null) return scanned;
    const routing = parsedWhole(file, text).plugin_routing as Record<string, Record<string, unknown>> | undefined;
    return asEntry(routing?.[pluginType]?.[name]);
  } catch {
    // A routing file that is not YAML routes nothing, as a collection without one.
    return undefined;
  }
}
