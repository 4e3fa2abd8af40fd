import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { GroupLoopError, type InventoryBuilder } from './builder.js';
import { InventoryError } from './errors.js';
import type { VarMap } from './types.js';

export const DEFAULT_SCRIPT_TIMEOUT_MS = 30_000;

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs an inventory script with arguments and returns its stdout, bounded by `timeoutMs`. */
function runScript(file: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((done, fail) => {
    // Its own process group, so that a timeout also stops what the script started.
    const child = spawn(resolve(file), args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(new InventoryError(file, `inventory script ${file} could not be run: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const command = `${file} ${args.join(' ')}`;
      if (timedOut) {
        fail(new InventoryError(file, `inventory script ${command} did not finish within ${timeoutMs / 1000}s`));
      } else if (code !== 0) {
        const reason = Buffer.concat(stderr).toString('utf8').trim().split('\n')[0] || (signal ? `killed by ${signal}` : 'no error output');
        fail(new InventoryError(file, `inventory script ${command} failed with exit code ${code ?? signal}: ${reason}`));
      } else {
        done(Buffer.concat(stdout).toString('utf8'));
      }
    });
  });
}

function parseJsonObject(file: string, command: string, output: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(output);
  } catch {
    const preview = output.trim().slice(0, 60);
    throw new InventoryError(file, `inventory script ${command} printed invalid JSON: ${JSON.stringify(preview)}`);
  }
  if (!isMap(data)) {
    throw new InventoryError(file, `inventory script ${command} must print a JSON object, got ${Array.isArray(data) ? 'a list' : typeof data}`);
  }
  return data;
}

/**
 * Runs an executable inventory with `--list` and reads its JSON: groups as lists of hosts or as
 * `{hosts, vars, children}`, host variables from `_meta.hostvars`, or, when a script gives no
 * `_meta`, from `--host <name>` per host as Ansible does.
 */
export async function loadScriptInventory(file: string, builder: InventoryBuilder, timeoutMs = DEFAULT_SCRIPT_TIMEOUT_MS): Promise<void> {
  const data = parseJsonObject(file, `${file} --list`, await runScript(file, ['--list'], timeoutMs));
  const seenHosts = new Set<string>();
  for (const [name, definition] of Object.entries(data)) {
    if (name === '_meta') continue;
    builder.group(name);
    const group = Array.isArray(definition) ? { hosts: definition } : definition;
    if (!isMap(group)) throw new InventoryError(file, `inventory script ${file}: group '${name}' must be a list of hosts or a mapping`);
    const hosts = group.hosts ?? [];
    const children = group.children ?? [];
    if (!Array.isArray(hosts) || !Array.isArray(children)) {
      throw new InventoryError(file, `inventory script ${file}: 'hosts' and 'children' of group '${name}' must be lists`);
    }
    for (const host of hosts) {
      builder.addHost(name, String(host));
      seenHosts.add(String(host));
    }
    for (const child of children) {
      try {
        builder.addChild(name, String(child));
      } catch (error) {
        if (!(error instanceof GroupLoopError)) throw error;
        throw new InventoryError(file, `inventory script ${file}: ${error.message}`);
      }
    }
    if (group.vars !== undefined) {
      if (!isMap(group.vars)) throw new InventoryError(file, `inventory script ${file}: 'vars' of group '${name}' must be a mapping`);
      builder.setGroupVars(name, group.vars);
    }
  }
  const meta = data._meta;
  if (isMap(meta)) {
    const hostvars = isMap(meta.hostvars) ? meta.hostvars : {};
    for (const [host, vars] of Object.entries(hostvars)) {
      if (seenHosts.has(host) && isMap(vars)) Object.assign(builder.host(host).vars, vars);
    }
    return;
  }
  for (const host of seenHosts) {
    const vars: VarMap = parseJsonObject(file, `${file} --host ${host}`, await runScript(file, ['--host', host], timeoutMs));
    Object.assign(builder.host(host).vars, vars);
  }
}
