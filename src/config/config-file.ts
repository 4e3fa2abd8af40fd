/**
 * Which ansible.cfg castoff reads, in Ansible's order: $ANSIBLE_CONFIG, ./ansible.cfg,
 * ~/.ansible.cfg, /etc/ansible/ansible.cfg. Kept apart from the settings parser so `--version`
 * can name the file without loading the rest of castoff.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function findConfigFile(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const candidates = [env.ANSIBLE_CONFIG, join(cwd, 'ansible.cfg'), join(homedir(), '.ansible.cfg'), '/etc/ansible/ansible.cfg'];
  return candidates.find((c): c is string => Boolean(c) && existsSync(c!));
}
