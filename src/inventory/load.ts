import { constants } from 'node:fs';
import { access, open, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { Diagnostics } from '../playbook/diagnostics.js';
import { InventoryBuilder } from './builder.js';
import { parseIniInventory } from './ini.js';
import { DEFAULT_SCRIPT_TIMEOUT_MS, loadScriptInventory } from './script.js';
import type { Inventory } from './types.js';
import { readVarsDir } from './vars-dirs.js';
import { parseYamlInventory } from './yaml-inventory.js';
import { splitHostPort } from './ranges.js';

export interface LoadInventoryOptions {
  /** Folder of the playbook, whose `group_vars/` and `host_vars/` also apply. */
  playbookDir?: string;
  /**
   * How long an executable inventory may run, in milliseconds. Default: the environment variable
   * CASTOFF_INVENTORY_SCRIPT_TIMEOUT (seconds), else 30 s.
   */
  scriptTimeoutMs?: number;
}

/** CASTOFF_INVENTORY_SCRIPT_TIMEOUT in ms, when it holds a positive number of seconds. */
function scriptTimeoutFromEnvironment(): number | undefined {
  const seconds = Number(process.env.CASTOFF_INVENTORY_SCRIPT_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/** Files a folder source skips, as Ansible's default `inventory_ignore_extensions` does. */
const IGNORED_EXTENSIONS = new Set(['.orig', '.ini~', '.cfg', '.retry', '.pyc', '.pyo', '.swp', '.bak', '.md', '.txt', '.rst', '.rpm']);
const VARS_FOLDERS = new Set(['group_vars', 'host_vars']);
const YAML_EXTENSIONS = new Set(['.yml', '.yaml', '.json']);

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function isScript(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
  } catch {
    return false;
  }
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return buffer.subarray(0, bytesRead).toString() === '#!';
  } finally {
    await handle.close();
  }
}

/** An extensionless file is YAML when its first line that says something is `name:`. */
function looksLikeYaml(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '' && !/^\s*[#;]/.test(line));
  return first !== undefined && /^[\w.-]+:\s*(?:#.*)?$/.test(first) && !first.startsWith('[');
}

class InventoryLoader {
  readonly builder = new InventoryBuilder();
  readonly diag = new Diagnostics();
  /** Folders whose `group_vars/` and `host_vars/` apply, in source order. */
  readonly varsFolders: string[] = [];
  readonly warnings: string[] = [];

  constructor(private readonly opts: LoadInventoryOptions) {}

  async source(source: string): Promise<void> {
    if (!(await exists(source))) {
      if (source.includes(',')) this.hostList(source);
      else this.warnings.push(`Unable to parse ${source} as an inventory source`);
      return;
    }
    if ((await stat(source)).isDirectory()) {
      this.varsFolders.push(source);
      await this.folder(source);
    } else {
      this.varsFolders.push(dirname(source));
      await this.file(source);
    }
  }

  /** `-i 'h1,h2:2222,'`: hosts named on the command line, all ungrouped. */
  private hostList(source: string): void {
    for (const entry of source.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      const address = splitHostPort(entry);
      this.builder.addHost('ungrouped', address.host, address.port === undefined ? {} : { ansible_port: address.port });
    }
  }

  private async folder(dir: string): Promise<void> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name.endsWith('~') || IGNORED_EXTENSIONS.has(extname(entry.name))) continue;
      if (entry.isDirectory()) {
        if (!VARS_FOLDERS.has(entry.name)) await this.folder(path);
      } else {
        await this.file(path);
      }
    }
  }

  private async file(path: string): Promise<void> {
    if (await isScript(path)) {
      await loadScriptInventory(path, this.builder, this.opts.scriptTimeoutMs ?? scriptTimeoutFromEnvironment() ?? DEFAULT_SCRIPT_TIMEOUT_MS);
      return;
    }
    const text = await readFile(path, 'utf8');
    const extension = extname(path);
    if (YAML_EXTENSIONS.has(extension) || (extension === '' && looksLikeYaml(text))) {
      parseYamlInventory(text, path, this.builder, this.diag);
    } else {
      parseIniInventory(text, path, this.builder, this.diag);
    }
  }

  /** Applies `group_vars/` and `host_vars/` from beside the inventory and the playbook. */
  async varsFiles(inventory: Inventory): Promise<void> {
    const groups = new Set(inventory.groups.keys());
    const hosts = new Set(inventory.hosts.keys());
    const inventoryFolders = [...new Set(this.varsFolders.map((folder) => resolve(folder)))];
    for (const folder of inventoryFolders) {
      for (const [name, vars] of await readVarsDir(join(folder, 'group_vars'), groups, this.diag)) {
        Object.assign(inventory.groups.get(name)!.inventoryDirVars, vars);
      }
      for (const [name, vars] of await readVarsDir(join(folder, 'host_vars'), hosts, this.diag)) {
        Object.assign(inventory.hosts.get(name)!.inventoryDirVars, vars);
      }
    }
    const playbookDir = this.opts.playbookDir === undefined ? undefined : resolve(this.opts.playbookDir);
    // Ansible reads a folder that is both beside the inventory and the playbook only once.
    if (playbookDir === undefined || inventoryFolders.includes(playbookDir)) return;
    for (const [name, vars] of await readVarsDir(join(playbookDir, 'group_vars'), groups, this.diag)) {
      Object.assign(inventory.groups.get(name)!.playbookDirVars, vars);
    }
    for (const [name, vars] of await readVarsDir(join(playbookDir, 'host_vars'), hosts, this.diag)) {
      Object.assign(inventory.hosts.get(name)!.playbookDirVars, vars);
    }
  }
}

/**
 * Loads and merges inventory sources, each an INI, YAML/JSON or executable file, a folder of
 * such files, or a comma list of hosts (`'h1,h2:2222,'`). Throws ParseErrors for files with
 * mistakes (all of them at once) and InventoryError for failing scripts.
 */
export async function loadInventory(sources: string[], opts: LoadInventoryOptions = {}): Promise<Inventory> {
  const loader = new InventoryLoader(opts);
  for (const source of sources) await loader.source(source);
  loader.diag.throwIfAny();
  const inventory = loader.builder.finish();
  await loader.varsFiles(inventory);
  loader.diag.throwIfAny();
  inventory.warnings.push(...loader.warnings, ...loader.diag.warnings.map((w) => w.message));
  return inventory;
}

