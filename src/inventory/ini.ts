import type { SourcePosition } from '../core/errors.js';
import type { Diagnostics } from '../source/diagnostics.js';
import { GroupLoopError, type InventoryBuilder } from './builder.js';
import { ShellSyntaxError, shellWords } from '../core/shell-words.js';
import { iniValue } from './ini-values.js';
import { expandHostRange, HostRangeError, splitHostPort } from './ranges.js';
import type { VarMap } from './types.js';

type SectionKind = 'hosts' | 'children' | 'vars';

const SECTION = /^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:[#;].*)?$/;

/**
 * Reads an INI inventory: hosts before any section are ungrouped; `[g]` lists hosts (with ranges,
 * ports and inline `k=v` variables), `[g:children]` child groups, `[g:vars]` `k=v` variables.
 */
export function parseIniInventory(text: string, file: string, builder: InventoryBuilder, diag: Diagnostics): void {
  let group = 'ungrouped';
  let kind: SectionKind = 'hosts';
  const declared = new Set(['all', 'ungrouped']);
  const varsSections = new Map<string, SourcePosition>();
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const at = (offset = line.length - line.trimStart().length): SourcePosition => ({ file, line: index + 1, col: offset + 1 });
    // `[::1]:22` and `[a:c].example.com` start like a section but are host lines.
    if (trimmed.startsWith('[') && !/^\[[^\]]*\][^\s#;]/.test(trimmed)) {
      const section = SECTION.exec(trimmed);
      if (!section) {
        diag.error(at(), `invalid section entry: '${trimmed}'`);
        continue;
      }
      const [, name, type] = section;
      if (type !== undefined && type !== 'children' && type !== 'vars') {
        diag.error(at(), `Section [${name}:${type}] has unknown type: ${type}`);
        kind = 'hosts';
        group = name;
        continue;
      }
      group = name;
      kind = (type as SectionKind | undefined) ?? 'hosts';
      if (kind === 'vars') {
        if (!varsSections.has(name)) varsSections.set(name, at());
      } else {
        declared.add(name);
        builder.group(name);
      }
      continue;
    }
    if (kind === 'vars') readVarLine(trimmed, group, builder, diag, at);
    else if (kind === 'children') readChildLine(line, group, builder, declared, diag, at);
    else readHostLine(line, group, builder, diag, at);
  }
  for (const [name, position] of varsSections) {
    if (!declared.has(name)) diag.error(position, `Section [${name}:vars] not valid for undefined group: ${name}`);
  }
}

function readVarLine(
  trimmed: string,
  group: string,
  builder: InventoryBuilder,
  diag: Diagnostics,
  at: (offset?: number) => SourcePosition,
): void {
  const equals = trimmed.indexOf('=');
  if (equals <= 0) {
    diag.error(at(), `Expected key=value, got: ${trimmed}`);
    return;
  }
  builder.setGroupVars(group, { [trimmed.slice(0, equals).trim()]: iniValue(trimmed.slice(equals + 1)) });
}

function words(line: string, diag: Diagnostics, at: (offset?: number) => SourcePosition): ReturnType<typeof shellWords> | undefined {
  try {
    return shellWords(line);
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    diag.error(at(), `cannot read this line: ${error.message}`);
    return undefined;
  }
}

function readChildLine(
  line: string,
  group: string,
  builder: InventoryBuilder,
  declared: Set<string>,
  diag: Diagnostics,
  at: (offset?: number) => SourcePosition,
): void {
  const [child] = words(line, diag, at) ?? [];
  if (!child) return;
  declared.add(child.text);
  try {
    builder.addChild(group, child.text);
  } catch (error) {
    if (!(error instanceof GroupLoopError)) throw error;
    diag.error(at(child.start), error.message);
  }
}

function readHostLine(
  line: string,
  group: string,
  builder: InventoryBuilder,
  diag: Diagnostics,
  at: (offset?: number) => SourcePosition,
): void {
  const found = words(line, diag, at);
  if (!found || found.length === 0) return;
  const [pattern, ...assignments] = found;
  const vars: VarMap = {};
  for (const word of assignments) {
    const equals = word.text.indexOf('=');
    if (equals <= 0) {
      diag.error(at(word.start), `Expected key=value host variable assignment, got: ${word.text}`);
      return;
    }
    vars[word.text.slice(0, equals)] = iniValue(word.text.slice(equals + 1));
  }
  const address = splitHostPort(pattern.text);
  if (address.port !== undefined) vars.ansible_port = address.port;
  let names: string[];
  try {
    names = expandHostRange(address.host);
  } catch (error) {
    if (!(error instanceof HostRangeError)) throw error;
    diag.error(at(pattern.start), error.message);
    return;
  }
  for (const name of names) builder.addHost(group, name, vars, at(pattern.start));
}
