import { describe, expect, it } from 'vitest';
import { type Block, type Handler, parsePlaybookText, type Task } from '../../../src/playbook/index.js';

async function load(yaml: string) {
  // Hidden Ansible: a play that may gather would otherwise carry this machine's `setup`.
  return parsePlaybookText(yaml, 'site.yml', { ansible: { env: { PATH: '' } } });
}

async function firstTask(taskYaml: string): Promise<Task> {
  const indented = taskYaml
    .trim()
    .split('\n')
    .map((line, i) => (i === 0 ? `    - ${line}` : `      ${line}`))
    .join('\n');
  const playbook = await load(`- hosts: all\n  tasks:\n${indented}\n`);
  return playbook.plays[0].tasks[0] as Task;
}

describe('play keywords', () => {
  it('reads every play keyword into its typed form', async () => {
    const playbook = await load(`
- name: Web servers
  hosts: [web, db]
  vars: {a: 1}
  remote_user: deploy
  become: yes
  become_user: root
  become_method: sudo
  gather_facts: no
  serial: [1, "30%", "5"]
  strategy: free
  any_errors_fatal: true
  max_fail_percentage: "25%"
  ignore_unreachable: "true"
  environment: {PATH: /opt/bin}
  tags: deploy,web
  connection: ssh
  port: 2222
  timeout: 60
  check_mode: false
  no_log: "{{ quiet }}"
  diff: true
  order: sorted
  pre_tasks: [{ping: }]
  tasks: [{ping: }]
  post_tasks: [{ping: }]
  handlers: [{name: restart, ping: }]
`);
    const play = playbook.plays[0];
    expect(play).toMatchObject({
      name: 'Web servers',
      hosts: 'web,db',
      vars: { a: 1 },
      remote_user: 'deploy',
      become: true,
      become_user: 'root',
      become_method: 'sudo',
      gather_facts: false,
      serial: [1, '30%', 5],
      strategy: 'free',
      any_errors_fatal: true,
      max_fail_percentage: 25,
      ignore_unreachable: true,
      environment: { PATH: '/opt/bin' },
      tags: ['deploy', 'web'],
      connection: 'ssh',
      port: 2222,
      timeout: 60,
      check_mode: false,
      no_log: '{{ quiet }}',
      diff: true,
      order: 'sorted',
      position: { file: 'site.yml', line: 2, col: 3 },
    });
    expect(play.pre_tasks).toHaveLength(1);
    expect(play.tasks).toHaveLength(1);
    expect(play.post_tasks).toHaveLength(1);
    expect(play.handlers[0]).toMatchObject({ name: 'restart', module: 'ping', listen: [] });
  });

  it('gives defaults for what a play leaves out', async () => {
    const play = (await load('- hosts: all\n  tasks:\n')).plays[0];
    expect(play).toEqual({
      position: { file: 'site.yml', line: 1, col: 3 },
      hosts: 'all',
      vars: {},
      vars_files: [],
      pre_tasks: [],
      tasks: [],
      post_tasks: [],
      handlers: [],
      roles: [],
    });
  });

  it('reads serial as a single number or percentage too', async () => {
    expect((await load('- hosts: all\n  serial: 2\n')).plays[0].serial).toEqual([2]);
    expect((await load('- hosts: all\n  serial: "30%"\n')).plays[0].serial).toEqual(['30%']);
  });
});

describe('task keywords', () => {
  it('reads async, poll, register, when, retries, until and delay', async () => {
    const task = await firstTask(`
name: Sleep30s
shell: sleep 30
async: 45
poll: 0
register: job
when: ansible_os_family == "Debian"
until: job is finished
retries: "10"
delay: 2.5`);
    expect(task).toMatchObject({
      kind: 'task',
      name: 'Sleep30s',
      module: 'shell',
      action: 'shell',
      args: { _raw_params: 'sleep 30' },
      async: 45,
      poll: 0,
      register: 'job',
      when: ['ansible_os_family == "Debian"'],
      until: ['job is finished'],
      retries: 10,
      delay: 2.5,
      position: { file: 'site.yml', line: 3, col: 7 },
    });
  });

  it('accepts templates where numbers and booleans are expected, keeping them for the executor', async () => {
    const task = await firstTask(`
command: sleep 1
async: "{{ limit }}"
poll: "{{ interval | int }}"
timeout: "{{ t }}"
ignore_errors: "{{ lenient }}"
become: "{% if root %}yes{% endif %}"`);
    expect(task).toMatchObject({
      async: '{{ limit }}',
      poll: '{{ interval | int }}',
      timeout: '{{ t }}',
      ignore_errors: '{{ lenient }}',
      become: '{% if root %}yes{% endif %}',
    });
  });

  it('reads boolean words as Ansible does', async () => {
    const task = await firstTask(`
ping:
ignore_errors: "yes"
ignore_unreachable: 1
no_log: "off"
run_once: True
check_mode: "n"
diff: "t"`);
    expect(task).toMatchObject({ ignore_errors: true, ignore_unreachable: true, no_log: false, run_once: true, check_mode: false, diff: true });
  });

  it('reads failed_when, changed_when and when lists, and literal booleans', async () => {
    const task = await firstTask(`
command: /bin/false
failed_when: [result.rc != 0, "'ERROR' in result.stdout"]
changed_when: false
when: [a, b]`);
    expect(task).toMatchObject({ failed_when: ['result.rc != 0', "'ERROR' in result.stdout"], changed_when: [false], when: ['a', 'b'] });
  });

  it('reads loop, loop_control and with_items', async () => {
    const looped = await firstTask(`
debug: msg={{ user }}
loop: "{{ users }}"
loop_control:
  loop_var: user
  index_var: i
  label: "{{ user.name }}"
  pause: 1
  extended: yes`);
    expect(looped).toMatchObject({
      loop: '{{ users }}',
      loop_keyword: 'loop',
      loop_control: { loop_var: 'user', index_var: 'i', label: '{{ user.name }}', pause: 1, extended: true },
    });
    const withItems = await firstTask('debug: msg={{ item }}\nwith_items: [[1, 2], 3]');
    expect(withItems).toMatchObject({ loop: [[1, 2], 3], loop_keyword: 'with_items' });
  });

  it('reads notify, tags, vars, environment, delegate_to and become keywords', async () => {
    const task = await firstTask(`
command: make
notify: restart web
tags: [build, 7]
vars: {target: all}
environment: {CC: gcc}
delegate_to: builder
delegate_facts: true
become: true
become_user: builder
become_method: su
become_flags: -l
remote_user: ci
connection: local
any_errors_fatal: no
throttle: 2`);
    expect(task).toMatchObject({
      notify: ['restart web'],
      tags: ['build', '7'],
      vars: { target: 'all' },
      environment: { CC: 'gcc' },
      delegate_to: 'builder',
      delegate_facts: true,
      become: true,
      become_user: 'builder',
      become_method: 'su',
      become_flags: '-l',
      remote_user: 'ci',
      connection: 'local',
      any_errors_fatal: false,
      throttle: 2,
    });
  });

  it('reads environment given as a template', async () => {
    expect(await firstTask('ping:\nenvironment: "{{ proxy_env }}"')).toMatchObject({ environment: '{{ proxy_env }}' });
  });

  it('turns local_action into the module delegated to localhost', async () => {
    const task = await firstTask('local_action: command echo hi chdir=/tmp');
    expect(task).toMatchObject({ module: 'command', action: 'command', args: { _raw_params: 'echo hi', chdir: '/tmp' }, delegate_to: 'localhost' });
  });

  it('reads action in its string and mapping forms', async () => {
    expect(await firstTask('action: shell echo hi')).toMatchObject({ module: 'shell', args: { _raw_params: 'echo hi' } });
    expect(await firstTask('action:\n  module: copy\n  src: a\n  dest: b')).toMatchObject({ module: 'copy', args: { src: 'a', dest: 'b' } });
  });

  it('names an unnamed task by its module in messages', async () => {
    await expect(firstTask('ping:\npoll: soon')).rejects.toThrow(`site.yml:4:7: task "ping": 'poll' must be a non-negative integer, got "soon"`);
  });
});

describe('blocks and handlers', () => {
  it('reads block, rescue and always with the block own keywords, nested blocks included', async () => {
    const playbook = await load(`
- hosts: all
  tasks:
    - name: Deploy
      when: deploy
      become: true
      vars: {x: 1}
      tags: deploy
      ignore_errors: true
      block:
        - command: /bin/deploy
        - block:
            - ping:
      rescue:
        - debug: msg=failed
      always:
        - debug: msg=done
`);
    const block = playbook.plays[0].tasks[0] as Block;
    expect(block).toMatchObject({ kind: 'block', name: 'Deploy', when: ['deploy'], become: true, vars: { x: 1 }, tags: ['deploy'], ignore_errors: true });
    expect(block.block.map((entry) => entry.kind)).toEqual(['task', 'block']);
    expect((block.block[1] as Block).block[0]).toMatchObject({ module: 'ping' });
    expect(block.rescue[0]).toMatchObject({ module: 'debug', args: { msg: 'failed' } });
    expect(block.always[0]).toMatchObject({ module: 'debug', args: { msg: 'done' } });
  });

  it('reads handlers with listen as a string or a list', async () => {
    const single = await load('- hosts: all\n  handlers:\n    - name: restart web\n      listen: web changed\n      command: /bin/true\n');
    expect(single.plays[0].handlers[0]).toMatchObject({ listen: ['web changed'] });
    const ok = await load(`
- hosts: all
  handlers:
    - name: restart web
      listen: [web changed, config changed]
      command: systemctl restart web
    - name: reload
      command: systemctl reload web
`);
    const [restart, reload] = ok.plays[0].handlers as Handler[];
    expect(restart).toMatchObject({ name: 'restart web', listen: ['web changed', 'config changed'], module: 'command' });
    expect(reload.listen).toEqual([]);
  });
});

describe('gather_facts', () => {
  it('loads gather_facts, gather_subset (a list or comma-separated text) and gather_timeout without a warning', async () => {
    const playbook = await parsePlaybookText(
      '- name: web\n  hosts: all\n  gather_facts: true\n  gather_subset: "!all,network"\n  gather_timeout: 5\n  tasks: []\n- hosts: db\n  gather_subset: [min]\n  tasks: []\n',
      'site.yml',
    );
    expect(playbook.warnings).toEqual([]);
    expect(playbook.plays[0]).toMatchObject({ gather_facts: true, gather_subset: ['!all', 'network'], gather_timeout: 5 });
    expect(playbook.plays[1]).toMatchObject({ gather_subset: ['min'] });
    expect(playbook.plays[1].gather_facts).toBeUndefined();
  });
});
