/**
 * A hostile host tries to make the controller expand its secrets: its /etc/motd_evil holds
 * `{{ ansible_password }} / {{ ansible_become_password }}`, and the playbook copies that text
 * around (set_fact, task vars, a prefix, a loop, filters, an async job) and back to the host. The
 * host must get back the literal template text and never the passwords; playbook templates must
 * still resolve as before.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src/events/index.js';
import { PLAYBOOK_CLI, runCliProcess } from '../../helpers/cli.js';
import { startHosts, type TestHost, type TestHosts } from '../../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../../helpers/inventory.js';
import { playRecorded } from '../../helpers/play.js';

const SSH_PASSWORD = 'ssh-secret-7431';
const BECOME_PASSWORD = 'become-secret-9152';
const EVIL = '{{ ansible_password }} / {{ ansible_become_password }}';

let fleet: TestHosts;
let evil: TestHost;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'tnt' });
  [evil] = fleet.hosts;
  inv = writeInventory(fleet.hosts);
  appendFileSync(inv.file, `\n[all:vars]\nansible_password=${SSH_PASSWORD}\nansible_become_password=${BECOME_PASSWORD}\n`);
  // Two lines, so a loop over stdout_lines has more than one item to leak through.
  const written = await evil.sh(`printf '%s\\n%s\\n' '${EVIL}' 'second {{ ansible_password }}' > /etc/motd_evil`);
  expect(written.rc).toBe(0);
}, 300_000);

afterAll(async () => {
  await fleet?.stop();
});

async function fileOnHost(path: string): Promise<string> {
  const r = await evil.sh(`cat ${path}`);
  expect(r.rc, `${path} on the host`).toBe(0);
  return r.output;
}

function expectNoSecret(text: string, where: string): void {
  expect(text, where).not.toContain(SSH_PASSWORD);
  expect(text, where).not.toContain(BECOME_PASSWORD);
}

function hostResults(events: RunEvent[]): RunEvent[] {
  return events.filter((e) => e.type === 'host_result');
}

const READ_MOTD = `
    - name: read motd
      command: cat /etc/motd_evil
      register: motd
`;

describe('text from a host is never rendered as a template', () => {
  it('set_fact then copy content (the reported exfiltration) writes the literal template text back', async () => {
    const r = await playRecorded(
      inv,
      `
- hosts: tnt1
  gather_facts: false
  tasks:
${READ_MOTD}
    - name: copy to fact
      set_fact: banner="{{ motd.stdout_lines[0] }}"
    - name: cacheable fact of a fact
      set_fact:
        cached: "{{ banner }}"
        cacheable: true
    - name: write banner
      copy: content="{{ banner }}" dest=/tmp/banner.txt
    - name: write cached
      copy: content="{{ cached }}" dest=/tmp/cached.txt
`,
    );
    expect(r.exitCode, JSON.stringify(r.stats)).toBe(0);
    expect(await fileOnHost('/tmp/banner.txt')).toBe(EVIL);
    expect(await fileOnHost('/tmp/cached.txt')).toBe(EVIL);
    expect(r.resultOf('copy to fact', 'tnt1')).toMatchObject({ ansible_facts: { banner: EVIL } });
    expect(r.resultOf('cacheable fact of a fact', 'tnt1')).toMatchObject({ ansible_facts: { cached: EVIL } });
    expectNoSecret(JSON.stringify(hostResults(r.events)), 'events');
  });

  it('task vars that copy host text, with or without a prefix, are not rendered again', async () => {
    const r = await playRecorded(
      inv,
      `
- hosts: tnt1
  gather_facts: false
  tasks:
${READ_MOTD}
    - name: task var
      copy: content="{{ b2 }}" dest=/tmp/b2.txt
      vars:
        b2: "{{ motd.stdout }}"
    - name: prefixed task var
      copy: content="{{ pre }}" dest=/tmp/pre.txt
      vars:
        pre: "pre-{{ motd.stdout }}"
    - name: prefixed inline
      copy: content="pre-{{ motd.stdout }}" dest=/tmp/inline.txt
    - name: var of a var
      copy: content="{{ outer }}" dest=/tmp/outer.txt
      vars:
        outer: "{{ inner }}"
        inner: "{{ motd.stdout_lines | first }}"
`,
    );
    expect(r.exitCode, JSON.stringify(r.stats)).toBe(0);
    const whole = `${EVIL}\nsecond {{ ansible_password }}`;
    expect(await fileOnHost('/tmp/b2.txt')).toBe(whole);
    expect(await fileOnHost('/tmp/pre.txt')).toBe(`pre-${whole}`);
    expect(await fileOnHost('/tmp/inline.txt')).toBe(`pre-${whole}`);
    expect(await fileOnHost('/tmp/outer.txt')).toBe(EVIL);
  });

  it('loop items from stdout_lines stay literal, in module arguments, in set_fact and in results', async () => {
    const r = await playRecorded(
      inv,
      `
- hosts: tnt1
  gather_facts: false
  tasks:
${READ_MOTD}
    - name: write each line
      copy: content="{{ item }}" dest=/tmp/line{{ i }}.txt
      loop: "{{ motd.stdout_lines }}"
      loop_control:
        index_var: i
    - name: fact per line
      set_fact:
        last_line: "{{ item }}"
      loop: "{{ motd.stdout_lines }}"
    - name: echo each line
      command: echo "{{ item }}"
      loop: "{{ motd.stdout_lines }}"
      register: echoed
    - name: write the last line
      copy: content="{{ last_line }}|{{ echoed.results | map(attribute='stdout') | join('|') }}" dest=/tmp/lines.txt
`,
    );
    expect(r.exitCode, JSON.stringify(r.stats)).toBe(0);
    expect(await fileOnHost('/tmp/line0.txt')).toBe(EVIL);
    expect(await fileOnHost('/tmp/line1.txt')).toBe('second {{ ansible_password }}');
    expect(await fileOnHost('/tmp/lines.txt')).toBe(`second {{ ansible_password }}|${EVIL}|second {{ ansible_password }}`);
    const items = hostResults(r.events).filter((e) => e.type === 'host_result' && e.task === 'echo each line' && e.item !== undefined);
    expect(items.map((e) => e.type === 'host_result' && e.item)).toEqual([EVIL, 'second {{ ansible_password }}']);
    expectNoSecret(JSON.stringify(r.events), 'events');
  });

  it('filters over host text (trim, upper, replace, join) give literal text', async () => {
    const r = await playRecorded(
      inv,
      `
- hosts: tnt1
  gather_facts: false
  tasks:
${READ_MOTD}
    - name: trimmed
      copy: content="{{ t }}" dest=/tmp/trim.txt
      vars:
        t: "{{ motd.stdout_lines[0] | trim }}"
    - name: upper
      copy: content="{{ motd.stdout_lines[0] | upper }}" dest=/tmp/upper.txt
    - name: replaced and joined
      set_fact:
        joined: "{{ motd.stdout_lines | map('replace', 'second ', '') | join(' + ') }}"
    - name: write joined
      copy: content="{{ joined }}" dest=/tmp/joined.txt
`,
    );
    expect(r.exitCode, JSON.stringify(r.stats)).toBe(0);
    expect(await fileOnHost('/tmp/trim.txt')).toBe(EVIL);
    expect(await fileOnHost('/tmp/upper.txt')).toBe('{{ ANSIBLE_PASSWORD }} / {{ ANSIBLE_BECOME_PASSWORD }}');
    expect(await fileOnHost('/tmp/joined.txt')).toBe(`${EVIL} + {{ ansible_password }}`);
  });

  it('an async job\'s result is host data too', async () => {
    const r = await playRecorded(
      inv,
      `
- hosts: tnt1
  gather_facts: false
  tasks:
    - name: read in the background
      command: cat /etc/motd_evil
      async: 30
      poll: 0
      register: job
    - name: wait
      async_status: jid="{{ job.ansible_job_id }}"
      register: finished
      until: finished.finished
      retries: 20
      delay: 1
    - name: write
      copy: content="{{ out }}" dest=/tmp/async.txt
      vars:
        out: "{{ finished.stdout_lines[0] }}"
`,
    );
    expect(r.exitCode, JSON.stringify(r.stats)).toBe(0);
    expect(await fileOnHost('/tmp/async.txt')).toBe(EVIL);
  });

  it('host text is still usable as data: conditions, lengths, numbers and debug show the plain text', async () => {
    await evil.sh(`echo 42 > /etc/answer`);
    const r = await playRecorded(
      inv,
      `
- hosts: tnt1
  gather_facts: false
  tasks:
${READ_MOTD}
    - name: answer
      command: cat /etc/answer
      register: answer
    - name: compared
      debug: msg="match"
      when:
        - motd.stdout_lines | length == 2
        - "'ansible_password' in motd.stdout"
        - (answer.stdout | int) + 1 == 43
    - name: shown
      debug: msg="{{ motd.stdout_lines[0] }}"
    - name: shown var
      debug: var=motd.stdout_lines
`,
    );
    expect(r.exitCode, JSON.stringify(r.stats)).toBe(0);
    expect(r.statusOf('compared', 'tnt1')).toBe('ok');
    expect(r.resultOf('shown', 'tnt1').msg).toBe(EVIL);
    expect(r.resultOf('shown var', 'tnt1')['motd.stdout_lines']).toEqual([EVIL, 'second {{ ansible_password }}']);
    expect(JSON.stringify(r.events)).not.toMatch(/\[object Object\]|"text":/);
  });

  it('the CLI prints the literal host text, never a password or an object', async () => {
    const file = join(inv.dir, 'cli-taint.yml');
    writeFileSync(
      file,
      `
- hosts: tnt1
  gather_facts: false
  tasks:
${READ_MOTD}
    - set_fact: banner="{{ motd.stdout_lines[0] }}"
    - debug: msg="{{ banner }}"
    - debug: var=banner
`,
    );
    const r = await runCliProcess(PLAYBOOK_CLI, ['-i', inv.file, file], { cwd: inv.dir, env: { CASTOFF_KNOWN_HOSTS: inv.knownHostsFile }, boundMs: 60_000 });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`"msg": "${EVIL}"`);
    expect(r.stdout).toContain(`"banner": "${EVIL}"`);
    expect(r.stdout).not.toMatch(/\[object Object\]|"text":/);
    expectNoSecret(r.stdout + r.stderr, 'CLI output');
  });
});

describe('playbook templates still resolve', () => {
  it('chained vars resolve through each other, and a playbook template may use a secret on purpose', async () => {
    const r = await playRecorded(
      inv,
      `
- hosts: tnt1
  gather_facts: false
  vars:
    a: "{{ b }}"
    b: "{{ c }}-{{ n + 1 }}"
    c: chained
    n: 1
    listed: "{{ [a, c] }}"
  tasks:
    - name: write chained
      copy: content="{{ a }}|{{ listed | length }}|{{ d }}" dest=/tmp/chained.txt
      vars:
        d: "task-{{ a }}"
    - name: write secret on purpose
      copy: content="{{ pw }}" dest=/tmp/pw.txt
      vars:
        pw: "{{ ansible_password }}"
`,
    );
    expect(r.exitCode, JSON.stringify(r.stats)).toBe(0);
    expect(await fileOnHost('/tmp/chained.txt')).toBe('chained-2|2|task-chained-2');
    expect(await fileOnHost('/tmp/pw.txt')).toBe(SSH_PASSWORD);
  });

  it('a variable that needs itself fails only the task that uses it, with Ansible\'s message', async () => {
    const r = await playRecorded(
      inv,
      `
- hosts: tnt1
  gather_facts: false
  vars:
    loop_a: "{{ loop_b }}"
    loop_b: "{{ loop_a }}"
  tasks:
    - name: unaffected
      command: echo fine
    - name: uses it
      debug: msg="{{ loop_a }}"
      ignore_errors: true
    - name: after
      command: echo after
`,
    );
    expect(r.statusOf('unaffected', 'tnt1')).toBe('changed');
    expect(r.statusOf('uses it', 'tnt1')).toBe('failed');
    expect(String(r.resultOf('uses it', 'tnt1').msg)).toMatch(/recursive loop detected in template string: \{\{ loop_[ab] \}\}/);
    expect(r.statusOf('after', 'tnt1')).toBe('changed');
  });
});
