/**
 * A host's facts as variables, as Ansible shows them: every fact under `ansible_facts` without its
 * `ansible_` prefix, and (with `inject_facts_as_vars`, the default) each one also as a top-level
 * variable under the name the module gave it. Facts come from hosts: stored unsafe, and never
 * allowed to stand in for the variables that steer the connection, become or the interpreter.
 */
import { taint, type Vars } from '../template/index.js';
import type { HostState } from './host-state.js';

/**
 * Variables a fact may not set at top level: a host must not redirect its own connection or
 * privileges. `ansible_ssh_host_key_*` facts are the host's public keys, not connection settings.
 */
const RESTRICTED = [
  /^ansible_(host|port|user|password|connection|shell_type|shell_executable|private_key_file|remote_tmp|async_dir|timeout|pipelining|module_compression)$/,
  /^ansible_(ssh|local|docker|paramiko|sftp|scp|winrm|psrp)_(?!host_key_)/,
  /^ansible_become/,
  /^ansible_.*_interpreter$/,
  /^ansible_(facts|playbook_python|rsync_path)$/,
  // Would replace the prototype of the variables' object as they are merged.
  /^__proto__$/,
  /^(inventory_hostname|inventory_hostname_short|inventory_dir|inventory_file|group_names|groups|hostvars|omit|playbook_dir|play_hosts|ansible_play_hosts|ansible_play_hosts_all|ansible_play_batch|ansible_check_mode|ansible_diff_mode|ansible_version)$/,
];

/** Names among `facts` that are not injected as variables (Ansible warns about them too). */
export function restrictedFactNames(facts: Record<string, unknown>): string[] {
  return Object.keys(facts).filter((name) => RESTRICTED.some((re) => re.test(name)));
}

const layers = new WeakMap<Record<string, unknown>, { inject: boolean; vars: Vars }>();

/**
 * The variables a host's facts give: `ansible_facts` always (empty before any gathering), the
 * facts themselves at top level when injected, else `ansible_local` alone (Ansible promotes it
 * either way). Computed once per set of facts: the host's facts object is replaced, never changed,
 * when new facts arrive.
 */
export function factVars(facts: Record<string, unknown>, inject: boolean): Vars {
  const known = layers.get(facts);
  if (known && known.inject === inject) return known.vars;
  const namespaced: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(facts)) {
    const short = name.startsWith('ansible_') && name !== 'ansible_local' ? name.slice('ansible_'.length) : name;
    Object.defineProperty(namespaced, short, { value, enumerable: true, writable: true, configurable: true });
  }
  let top: Record<string, unknown>;
  if (inject) {
    const restricted = new Set(restrictedFactNames(facts));
    top = Object.fromEntries(Object.entries(facts).filter(([name]) => !restricted.has(name)));
  } else {
    top = Object.hasOwn(facts, 'ansible_local') ? { ansible_local: facts.ansible_local } : {};
  }
  // Its keys came from the host as well: the whole mapping is unsafe, as the facts themselves are.
  const vars = { ...top, ansible_facts: taint(namespaced) };
  layers.set(facts, { inject, vars });
  return vars;
}

/**
 * Adds facts from the host to its facts: a module's `ansible_facts`, and the place for facts the
 * executor learns about a host itself (such as the interpreter it discovered,
 * `discovered_interpreter_python`). `facts` must already be unsafe if they came from the host.
 */
export function addHostFacts(state: HostState, facts: Record<string, unknown>, warn: (message: string) => void): void {
  for (const name of restrictedFactNames(facts)) warn(`Removed restricted key from module data: ${name}`);
  // A new object, so the variables computed from the old one (factVars) are not reused.
  state.hostFacts = { ...state.hostFacts, ...facts };
}
