/**
 * docs/events.schema.json is generated from the event types (npm run docs:events): the committed
 * file must be what the generator makes of the types today, and every event a real run emits must
 * validate against it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventSchemaText, SCHEMA_FILE } from '../../../scripts/events-schema.js';
import type { RunEvent } from '../../../src/events/index.js';
import { parsePlaybookText, runPlaybook } from '../../../src/index.js';
import { localInventory } from '../executor/run-local.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const committed = readFileSync(new URL(`../../../${SCHEMA_FILE}`, import.meta.url), 'utf8');

/** A run that makes every kind of event the local connection can: all but `connection` (SSH only). */
const PLAYBOOK = `
- name: Nobody
  hosts: nosuchgroup
  gather_facts: false
  tasks:
    - ping:
- name: Everything
  hosts: local
  gather_facts: false
  tasks:
    - name: changed and notifying
      command: echo hi
      notify: handler
    - name: loop
      debug:
        msg: ["a list", "{{ item }}"]
      loop: [1, 2]
    - name: skipped
      command: "true"
      when: false
    - name: ignored failure
      command: "false"
      ignore_errors: true
    - name: secret
      command: echo secret
      no_log: true
    - name: retried
      command: echo again
      register: r
      until: r.attempts | default(0) > 1
      retries: 2
      delay: 0
    - name: delegated
      command: echo there
      delegate_to: l2
    - name: done
      shell: sleep 1
      async: 30
      poll: 1
    # Polled while it runs, then terminated at the task timeout; the timeout leaves a loaded
    # machine time to launch the job first.
    - name: polled and timed out
      shell: sleep 120
      async: 180
      poll: 1
      timeout: 20
      ignore_errors: true
  handlers:
    - name: handler
      debug:
        msg: handled
`;

describe('the event schema', () => {
  it('docs/events.schema.json is what npm run docs:events generates from src/events/types.ts', () => {
    expect(committed, 'run npm run docs:events and commit docs/events.schema.json').toBe(eventSchemaText(ROOT));
  }, 180_000);

  describe('every event of a real run validates', () => {
    let events: RunEvent[];
    let validate: ReturnType<Ajv['compile']>;

    beforeAll(async () => {
      const inventory = await localInventory(['l1', 'l2'], '[local]\nl1\n');
      // The terminate of the timed-out job goes on after the task's result, and on a loaded machine
      // it may outlast the run's close: its event is awaited, up to a deadline.
      events = [];
      let terminated!: () => void;
      const terminatedSeen = new Promise<void>((resolve) => (terminated = resolve));
      await runPlaybook({
        playbook: await parsePlaybookText(PLAYBOOK, 'events.yml'),
        inventory: [inventory],
        onEvent: (e) => {
          events.push(e);
          if (e.type === 'async_terminated') terminated();
        },
      });
      await Promise.race([terminatedSeen, new Promise((resolve) => setTimeout(resolve, 90_000).unref())]);
      const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
      ajv.addFormat('date-time', (text: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(text) && !Number.isNaN(Date.parse(text)));
      validate = ajv.compile(JSON.parse(committed) as object);
    }, 180_000);

    it('the run made every kind of event but connection', () => {
      const kinds = new Set(events.map((e) => e.type));
      const expected = ['run_start', 'play_no_hosts', 'play_start', 'task_start', 'host_result', 'retry', 'async_poll', 'async_done', 'async_terminated', 'warning', 'recap', 'run_end'];
      expect([...kinds].sort()).toEqual(expect.arrayContaining(expected.sort()));
    });

    it('each event is valid', () => {
      const invalid = events.flatMap((e) => (validate(e) ? [] : [`${JSON.stringify(e)}: ${JSON.stringify(validate.errors)}`]));
      expect(invalid).toEqual([]);
    });

    it('the schema rejects what is not an event: an unknown type, a missing field, an extra one, a bad time', () => {
      const start = events.find((e) => e.type === 'run_start')!;
      expect(validate({ ...start, type: 'run_begin' })).toBe(false);
      const { playbook: _playbook, ...noPlaybook } = start as Extract<RunEvent, { type: 'run_start' }>;
      expect(validate(noPlaybook)).toBe(false);
      expect(validate({ ...start, extra: 1 })).toBe(false);
      expect(validate({ ...start, time: 'yesterday' })).toBe(false);
      expect(validate(start)).toBe(true);
    });
  });
});
