import type { SourcePosition } from '../core/errors.js';
import type { Diagnostics } from '../source/diagnostics.js';
import { describeValue } from '../source/validate.js';
import { type PositionIndex, readYaml } from '../source/yaml.js';
import type { VaultKeyring } from '../source/vault/index.js';
import { GroupLoopError, type InventoryBuilder } from './builder.js';
import { expandHostRange, HostRangeError, splitHostPort } from './ranges.js';
import type { VarMap } from './types.js';

const GROUP_KEYS = ['hosts', 'vars', 'children'];

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a YAML (or JSON) inventory: `all: {hosts: {h: vars}, vars: {...}, children: {g: ...}}`. */
export function parseYamlInventory(text: string, file: string, builder: InventoryBuilder, diag: Diagnostics, vault?: VaultKeyring): void {
  const loaded = readYaml(text, file, diag, { vault });
  if (!loaded || loaded.value === null) return;
  const reader = new YamlInventoryReader(file, loaded.positions, builder, diag);
  if (!isMap(loaded.value)) {
    diag.error(reader.where(loaded.value), `a YAML inventory must be a mapping of groups, got ${describeValue(loaded.value)}`);
    return;
  }
  for (const [name, group] of Object.entries(loaded.value)) reader.group(name, group, loaded.value, undefined);
}

class YamlInventoryReader {
  constructor(
    private readonly file: string,
    private readonly positions: PositionIndex,
    private readonly builder: InventoryBuilder,
    private readonly diag: Diagnostics,
  ) {}

  where(container: unknown, key?: string): SourcePosition {
    const fallback = { file: this.file, line: 1, col: 1 };
    if (!isMap(container) && !Array.isArray(container)) return fallback;
    return (key === undefined ? this.positions.of(container) : this.positions.key(container, key)) ?? fallback;
  }

  group(name: string, definition: unknown, parentMap: Record<string, unknown>, parent: string | undefined): void {
    this.builder.group(name);
    if (parent !== undefined) {
      try {
        this.builder.addChild(parent, name);
      } catch (error) {
        if (!(error instanceof GroupLoopError)) throw error;
        this.diag.error(this.where(parentMap, name), error.message);
        return;
      }
    }
    if (definition === null) return;
    if (!isMap(definition)) {
      this.diag.error(this.where(parentMap, name), `group '${name}' must be a mapping with 'hosts', 'vars' or 'children', got ${describeValue(definition)}`);
      return;
    }
    for (const key of Object.keys(definition).filter((k) => !GROUP_KEYS.includes(k))) {
      this.diag.warn(this.where(definition, key), `skipping unexpected key '${key}' in group '${name}', only 'vars', 'children' and 'hosts' are valid`);
    }
    const { hosts, vars, children } = definition;
    if (this.mapOrNull(hosts, definition, 'hosts', name) && hosts) {
      for (const [pattern, hostVars] of Object.entries(hosts)) this.hosts(name, pattern, hostVars, hosts);
    }
    if (this.mapOrNull(vars, definition, 'vars', name) && vars) this.builder.setGroupVars(name, vars);
    if (this.mapOrNull(children, definition, 'children', name) && children) {
      for (const [child, childDefinition] of Object.entries(children)) this.group(child, childDefinition, children, name);
    }
  }

  private mapOrNull(value: unknown, owner: Record<string, unknown>, key: string, group: string): value is Record<string, unknown> | null | undefined {
    if (value === undefined || value === null || isMap(value)) return true;
    this.diag.error(this.where(owner, key), `'${key}' of group '${group}' must be a mapping, got ${describeValue(value)}`);
    return false;
  }

  private hosts(group: string, pattern: string, hostVars: unknown, hostsMap: Record<string, unknown>): void {
    const at = this.where(hostsMap, pattern);
    if (hostVars !== null && !isMap(hostVars)) {
      this.diag.error(at, `variables of host '${pattern}' must be a mapping, got ${describeValue(hostVars)}`);
      return;
    }
    const address = splitHostPort(pattern);
    const vars: VarMap = { ...(address.port === undefined ? {} : { ansible_port: address.port }), ...(hostVars ?? {}) };
    let names: string[];
    try {
      names = expandHostRange(address.host);
    } catch (error) {
      if (!(error instanceof HostRangeError)) throw error;
      this.diag.error(at, error.message);
      return;
    }
    for (const name of names) this.builder.addHost(group, name, vars, at);
  }
}
