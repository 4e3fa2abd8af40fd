/** Writes an INI inventory (and a known_hosts file) that reaches the given test hosts over SSH. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testKeys, type TestHost } from './hosts.js';

export interface TestInventory {
  dir: string;
  file: string;
  knownHostsFile: string;
}

/**
 * `groups` maps a group name to the indexes of hosts in it; every host is also listed bare.
 * `hostVars` adds or overrides variables per host name, e.g. `{ h2: { ansible_user: 'deploy', ansible_become: 'true' } }`.
 */
export function writeInventory(hosts: TestHost[], groups: Record<string, number[]> = {}, extra = '', hostVars: Record<string, Record<string, string>> = {}): TestInventory {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-inv-'));
  const knownHostsFile = join(dir, 'known_hosts');
  writeFileSync(knownHostsFile, hosts.map((h) => readFileSync(h.knownHostsFile, 'utf8')).join(''));
  const line = (h: TestHost) => {
    const vars = { ansible_host: '127.0.0.1', ansible_port: String(h.port), ansible_user: 'root', ansible_ssh_private_key_file: testKeys().keyFile, ...hostVars[h.name] };
    return `${h.name} ${Object.entries(vars).map(([k, v]) => `${k}=${v}`).join(' ')}`;
  };
  // Extra lines stay in the ungrouped section, before any [group] header.
  const sections = [hosts.map(line).join('\n') + (extra ? `\n${extra.trimEnd()}` : '')];
  for (const [group, members] of Object.entries(groups)) {
    sections.push(`[${group}]\n${members.map((i) => hosts[i].name).join('\n')}`);
  }
  const file = join(dir, 'hosts.ini');
  writeFileSync(file, `${sections.join('\n\n')}\n`);
  return { dir, file, knownHostsFile };
}

/**
 * `count` inventory names (`n1`..`nCOUNT`) spread round-robin over the test hosts: many simulated
 * hosts, each name its own SSH connection, on a few containers.
 */
export function writeSimulatedInventory(hosts: TestHost[], count: number): TestInventory {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-inv-'));
  const knownHostsFile = join(dir, 'known_hosts');
  writeFileSync(knownHostsFile, hosts.map((h) => readFileSync(h.knownHostsFile, 'utf8')).join(''));
  const lines = Array.from({ length: count }, (_, i) => {
    const h = hosts[i % hosts.length];
    return `n${i + 1} ansible_host=127.0.0.1 ansible_port=${h.port} ansible_user=root ansible_ssh_private_key_file=${testKeys().keyFile}`;
  });
  const file = join(dir, 'hosts.ini');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { dir, file, knownHostsFile };
}
