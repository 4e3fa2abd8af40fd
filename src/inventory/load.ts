import { constants } from 'node:fs';
import { access, open, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { VaultError } from '../core/errors.js';
import { Diagnostics } from '../source/diagnostics.js';
import { isVaulted, VaultKeyring } from '../source/vault/index.js';
import { InventoryBuilder } from './builder.js';
import { InventoryError } from './errors.js';
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
  /**
   * Ansible's `unparsed_is_failed` ([inventory], ANSIBLE_INVENTORY_UNPARSED_FAILED): when no
   * source could be parsed, fail instead of warning.
   */
  unparsedIsFailed?: boolean;
  /**
   * Ansible's `any_unparsed_is_failed` ([inventory], ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED):
   * fail as soon as one source cannot be parsed.
   */
  anyUnparsedIsFailed?: boolean;
  /** Ansible's `inventory_unparsed_warning`: warn when no source could be parsed (default true). */
  unparsedWarning?: boolean;
  /** Ansible's `localhost_warning`: warn when the sources hold no host at all (default true). */
  localhostWarning?: boolean;
  /** Secrets for vaulted inventory files, `group_vars/`, `host_vars/` and `!vault` values. */
  vault?: VaultKeyring;
}

/** Ansible's warnings, word for word, so that logs and scripts read the same. */
export const INVENTORY_WARNINGS = {
  unparsed: (source: string) => `Unable to parse ${source} as an inventory source`,
  noneParsed: 'No inventory was parsed, only implicit localhost is available',
  noHosts: "provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'",
} as const;

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
  /** Sources that yielded nothing: missing paths, folders without an inventory file. */
  readonly unparsed: string[] = [];

  constructor(private readonly opts: LoadInventoryOptions) {}

  /** Loads one source; false when there was nothing to parse in it. */
  async source(source: string): Promise<boolean> {
    if (!(await exists(source))) {
      if (!source.includes(',')) return this.failed(resolve(source));
      this.hostList(source);
      return true;
    }
    if ((await stat(source)).isDirectory()) {
      this.varsFolders.push(source);
      return (await this.folder(source)) > 0 || this.failed(resolve(source));
    }
    this.varsFolders.push(dirname(source));
    await this.file(source);
    return true;
  }

  private failed(source: string): false {
    if (this.opts.anyUnparsedIsFailed) throw new InventoryError(source, `Completely failed to parse inventory source ${source}`);
    this.unparsed.push(source);
    this.warnings.push(INVENTORY_WARNINGS.unparsed(source));
    return false;
  }

  /** After every source: Ansible's verdict when none could be parsed. */
  noneParsed(): void {
    if (this.opts.unparsedIsFailed) {
      throw new InventoryError(
        this.unparsed.join(', '),
        `No inventory was parsed, please check your configuration and options (unable to parse ${this.unparsed.join(', ')})`,
      );
    }
    if (this.opts.unparsedWarning !== false) this.warnings.push(INVENTORY_WARNINGS.noneParsed);
  }

  /** `-i 'h1,h2:2222,'`: hosts named on the command line, all ungrouped. */
  private hostList(source: string): void {
    this.builder.source = { file: source, dir: null };
    for (const entry of source.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      const address = splitHostPort(entry);
      this.builder.addHost('ungrouped', address.host, address.port === undefined ? {} : { ansible_port: address.port });
    }
  }

  /** Loads every inventory file under `dir`; returns how many there were. */
  private async folder(dir: string): Promise<number> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    let files = 0;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name.endsWith('~') || IGNORED_EXTENSIONS.has(extname(entry.name))) continue;
      if (entry.isDirectory()) {
        if (!VARS_FOLDERS.has(entry.name)) files += await this.folder(path);
      } else {
        await this.file(path);
        files += 1;
      }
    }
    return files;
  }

  private async file(path: string): Promise<void> {
    this.builder.source = { file: resolve(path), dir: dirname(resolve(path)) };
    if (await isScript(path)) {
      await loadScriptInventory(path, this.builder, this.opts.scriptTimeoutMs ?? scriptTimeoutFromEnvironment() ?? DEFAULT_SCRIPT_TIMEOUT_MS);
      return;
    }
    const text = await this.plaintext(await readFile(path, 'utf8'), path);
    if (text === undefined) return;
    const extension = extname(path);
    if (YAML_EXTENSIONS.has(extension) || (extension === '' && looksLikeYaml(text))) {
      parseYamlInventory(text, path, this.builder, this.diag, this.opts.vault);
    } else {
      parseIniInventory(text, path, this.builder, this.diag);
    }
  }

  /** A file's text, decrypted when vaulted; undefined after reporting why it cannot be. */
  private async plaintext(text: string, path: string): Promise<string | undefined> {
    if (!isVaulted(text)) return text;
    try {
      return (this.opts.vault ?? new VaultKeyring()).decryptText(text);
    } catch (error) {
      if (!(error instanceof VaultError)) throw error;
      this.diag.vaultError({ file: path, line: 1, col: 1 }, error.message);
      return undefined;
    }
  }

  /** Applies `group_vars/` and `host_vars/` from beside the inventory and the playbook. */
  async varsFiles(inventory: Inventory): Promise<void> {
    const groups = new Set(inventory.groups.keys());
    const hosts = new Set(inventory.hosts.keys());
    const inventoryFolders = [...new Set(this.varsFolders.map((folder) => resolve(folder)))];
    for (const folder of inventoryFolders) {
      for (const [name, vars] of await readVarsDir(join(folder, 'group_vars'), groups, this.diag, this.opts.vault)) {
        Object.assign(inventory.groups.get(name)!.inventoryDirVars, vars);
      }
      for (const [name, vars] of await readVarsDir(join(folder, 'host_vars'), hosts, this.diag, this.opts.vault)) {
        Object.assign(inventory.hosts.get(name)!.inventoryDirVars, vars);
      }
    }
    const playbookDir = this.opts.playbookDir === undefined ? undefined : resolve(this.opts.playbookDir);
    // Ansible reads a folder that is both beside the inventory and the playbook only once.
    if (playbookDir === undefined || inventoryFolders.includes(playbookDir)) return;
    for (const [name, vars] of await readVarsDir(join(playbookDir, 'group_vars'), groups, this.diag, this.opts.vault)) {
      Object.assign(inventory.groups.get(name)!.playbookDirVars, vars);
    }
    for (const [name, vars] of await readVarsDir(join(playbookDir, 'host_vars'), hosts, this.diag, this.opts.vault)) {
      Object.assign(inventory.hosts.get(name)!.playbookDirVars, vars);
    }
  }
}

/**
 * Loads and merges inventory sources, each an INI, YAML/JSON or executable file, a folder of
 * such files, or a comma list of hosts (`'h1,h2:2222,'`). Throws ParseErrors for files with
 * mistakes (all of them at once) and InventoryError for failing scripts.
 *
 * A source that does not exist (or a folder without an inventory file) costs Ansible's warning,
 * or an InventoryError under `anyUnparsedIsFailed`, or when none parsed under `unparsedIsFailed`.
 * No sources at all is castoff's way of asking for the implicit localhost alone: no warning.
 */
export async function loadInventory(sources: string[], opts: LoadInventoryOptions = {}): Promise<Inventory> {
  const loader = new InventoryLoader(opts);
  let parsed = 0;
  for (const source of sources) if (await loader.source(source)) parsed += 1;
  if (sources.length > 0 && parsed === 0) loader.noneParsed();
  loader.diag.throwIfAny();
  const inventory = loader.builder.finish();
  inventory.sources = await Promise.all(sources.map(async (source) => (source.includes(',') && !(await exists(source)) ? source : resolve(source))));
  await loader.varsFiles(inventory);
  loader.diag.throwIfAny();
  inventory.warnings.push(...loader.warnings, ...loader.diag.warnings.map((w) => w.message));
  if (sources.length > 0 && inventory.hosts.size === 0 && opts.localhostWarning !== false) inventory.warnings.push(INVENTORY_WARNINGS.noHosts);
  return inventory;
}

