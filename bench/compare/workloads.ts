/**
 * The playbooks both tools run, and the inventories that map many inventory names onto the few
 * benchmark containers. The same files go to ansible-playbook and castoff-playbook.
 */
import type { BenchContainer } from './containers.js';

const PLAY = '- hosts: all\n  gather_facts: no\n  tasks:\n';

export const PLAYBOOKS = {
  /** (a) three short synchronous commands. */
  sync: `${PLAY}    - command: /bin/true
    - command: echo hello
    - shell: uname -r
`,
  /** (b) async sleep 1, async echo, sync echo; poll 1. */
  asyncPoll: `${PLAY}    - name: async sleep
      command: sleep 1
      async: 30
      poll: 1
    - name: async echo
      command: echo async
      async: 30
      poll: 1
    - name: sync echo
      command: echo sync
`,
  /** (c) twenty fire-and-forget launches, then an async_status until-loop over them. */
  fireAndForget: `${PLAY}    - name: launch
      command: sleep 1
      async: 60
      poll: 0
      loop: "{{ range(20) | list }}"
      register: launched
    - name: wait
      async_status:
        jid: "{{ item.ansible_job_id }}"
      loop: "{{ launched.results }}"
      loop_control:
        label: "{{ item.ansible_job_id }}"
      register: job
      until: job is finished
      retries: 30
      delay: 1
`,
  /**
   * (d) one async task on many hosts, poll 1 as in (b). The limit is generous because with 100
   * forks on a small machine Ansible's module start-up alone can pass 30 s ("Timeout exceeded").
   */
  manyHosts: `${PLAY}    - name: async sleep
      command: sleep 1
      async: 120
      poll: 1
`,
  /** The scale run: one async task, poll 5. */
  scale: `${PLAY}    - name: async sleep
      command: sleep 1
      async: 60
      poll: 5
`,
  /**
   * Finish-to-report latency: each job prints the moment it ends (this machine's clock, which the
   * containers share); the hosts' sleeps are staggered so the ends fall at every phase of the poll
   * schedule, not only just after a check.
   */
  latency: `${PLAY}    - name: finish-to-report poll 1
      shell: "sleep {{ sleep_poll1 }}; date +%s.%N"
      async: 30
      poll: 1
    - name: finish-to-report poll 5
      shell: "sleep {{ sleep_poll5 }}; date +%s.%N"
      async: 60
      poll: 5
    - name: finish-to-report poll 15
      shell: "sleep {{ sleep_poll15 }}; date +%s.%N"
      async: 90
      poll: 15
`,
};

export const LATENCY_TASKS: Record<string, number> = { 'finish-to-report poll 1': 1, 'finish-to-report poll 5': 5, 'finish-to-report poll 15': 15 };

export interface InventoryOptions {
  /** Ansible only: one ControlPersist socket per inventory name in this folder (see compare.ts). */
  controlDir?: string;
  /** Extra host variables per host index. */
  hostVars?: (index: number) => Record<string, string>;
}

function hostName(index: number): string {
  return `h${index + 1}`;
}

/** `count` inventory names spread round-robin over the containers. */
export function inventoryIni(count: number, containers: BenchContainer[], keyFile: string, options: InventoryOptions = {}): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = hostName(i);
    const vars: Record<string, string> = {
      ansible_host: '127.0.0.1',
      ansible_port: String(containers[i % containers.length].port),
      ansible_user: 'root',
      ansible_ssh_private_key_file: keyFile,
      ...(options.controlDir ? { ansible_control_path: `${options.controlDir}/${name}` } : {}),
      ...options.hostVars?.(i),
    };
    lines.push(`${name} ${Object.entries(vars).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  }
  // Both tools are told the interpreter, so neither pays for discovering it.
  lines.push('', '[all:vars]', 'ansible_python_interpreter=/usr/bin/python3', '');
  return lines.join('\n');
}
