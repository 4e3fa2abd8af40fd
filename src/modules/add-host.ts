/**
 * `add_host`: a host (and its groups and variables) for the later plays of the run. The action
 * only reads its arguments into Ansible's `add_host` result; the executor applies that result to
 * the run's inventory and says whether it changed anything.
 */
import type { ModuleResult } from '../core/index.js';
import { hostModule } from './define.js';

const NAME_KEYS = ['name', 'hostname', 'host'];
const GROUP_KEYS = ['groupname', 'groups', 'group'];
/** Arguments that are not host variables (`host` and `group` are, as in Ansible). */
const SPECIAL = new Set(['name', 'hostname', 'groupname', 'groups']);

function firstOf(args: Record<string, unknown>, keys: readonly string[]): unknown {
  const key = keys.find((name) => args[name] !== undefined && args[name] !== null);
  return key === undefined ? undefined : args[key];
}

/** `host:port`, `[v6]:port` and a bare name, as Ansible's address parser reads them for add_host. */
function splitAddress(address: string): { name: string; port?: number } {
  const bracketed = /^\[([^\]]+)\]:(\d+)$/.exec(address);
  if (bracketed) return { name: bracketed[1], port: Number(bracketed[2]) };
  const plain = /^([^:]+):(\d+)$/.exec(address);
  return plain ? { name: plain[1], port: Number(plain[2]) } : { name: address };
}

function groupList(value: unknown): string[] | undefined {
  if (value === undefined || value === '') return [];
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : undefined;
  if (!list) return undefined;
  const out: string[] = [];
  for (const name of list.map((group) => group.trim())) if (name !== '' && !out.includes(name)) out.push(name);
  return out;
}

export const addHostModule = hostModule({
  name: 'add_host',
  display: 'default',
  controllerOnly: true,
  supportsCheckMode: true,
  bypassHostLoop: true,
  args: { description: 'name (or hostname, host), groups (or groupname, group) and host variables', type: 'object' },
  async run(ctx): Promise<ModuleResult> {
    const given = firstOf(ctx.args, NAME_KEYS);
    if (given === undefined) return { failed: true, changed: false, msg: 'name, host or hostname needs to be provided' };
    const { name, port } = splitAddress(String(given));
    const groups = groupList(firstOf(ctx.args, GROUP_KEYS));
    if (!groups) return { failed: true, changed: false, msg: 'Groups must be specified as a list.' };
    const hostVars: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(ctx.args)) if (!SPECIAL.has(key)) hostVars[key] = value;
    if (port !== undefined) hostVars.ansible_ssh_port = port;
    return { changed: false, add_host: { host_name: name, groups, host_vars: hostVars } };
  },
});
