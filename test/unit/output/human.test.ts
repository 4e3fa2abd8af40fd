import { describe, expect, it } from 'vitest';
import { MinimalOutput, banner, dumpResult, HumanOutput, recapLine } from '../../../src/output/index.js';
import type { RunEvent, RunEventInput } from '../../../src/events/index.js';

const time = '2026-11-22T00:00:00.000Z';

function render(events: RunEventInput[], verbosity = 0): string {
  let out = '';
  const human = new HumanOutput({ write: (t) => (out += t), verbosity, color: false });
  for (const e of events) human.onEvent({ ...e, time } as RunEvent);
  return out;
}

describe('human output', () => {
  it('pads banners with * to 80 columns like Ansible', () => {
    expect(banner('PLAY [web]')).toBe(`PLAY [web] ${'*'.repeat(69)}`);
    expect(banner('PLAY [web]')).toHaveLength(80);
    expect(banner(`TASK [${'x'.repeat(90)}]`).endsWith(' ***')).toBe(true);
  });

  it('formats the recap with Ansible\'s column widths', () => {
    expect(recapLine('h1', { ok: 1, changed: 0, unreachable: 0, failed: 1, skipped: 0, rescued: 0, ignored: 0 })).toBe(
      'h1                         : ok=1    changed=0    unreachable=0    failed=1    skipped=0    rescued=0    ignored=0   ',
    );
  });

  it('dumps results as Python\'s json.dumps does, changed and msg first', () => {
    expect(dumpResult({ rc: 1, msg: 'boom', changed: false, cmd: ['a', 'b'], _ansible_no_log: false })).toBe(
      '{"changed": false, "msg": "boom", "cmd": ["a", "b"], "rc": 1}',
    );
    expect(dumpResult({ msg: 'a, b: c' })).toBe('{"msg": "a, b: c"}');
  });

  it("prints Ansible's included: lines, with the loop item", () => {
    const out = render([
      { type: 'included', play: 'web', task: 'steps', file: '/p/a.yml', hosts: ['h1', 'h2'], item: 'a' },
      { type: 'included', play: 'web', task: 'steps', file: '/p/b.yml', hosts: ['h1'] },
    ]);
    expect(out.split('\n')).toEqual(['included: /p/a.yml for h1, h2 => (item=a)', 'included: /p/b.yml for h1', '']);
  });

  it('prints the lines of docs/async-protocol.md section 8', () => {
    const base = { play: 'web', task: 'Sleep30s', host: 'h1' };
    const out = render([
      { type: 'play_start', play: 'web', hosts: ['h1'], position: { file: 'f', line: 1, col: 1 } },
      { type: 'task_start', play: 'web', task: 'Sleep30s', action: 'shell', handler: false, position: { file: 'f', line: 2, col: 3 } },
      { type: 'async_poll', ...base, jid: 'j906749911899.29', started: 1, finished: 0, elapsed: 1, limit: 10 },
      { type: 'async_done', ...base, jid: 'j906749911899.29', ok: false },
      { type: 'host_result', ...base, action: 'shell', display: 'command', status: 'failed', ignored: false, result: { changed: false, msg: 'async task did not complete within the requested time - 10s', failed: true } },
      { type: 'retry', ...base, retriesLeft: 9, attempt: 1, result: {} },
    ]);
    expect(out.split('\n')).toEqual([
      '',
      `PLAY [web] ${'*'.repeat(69)}`,
      '',
      `TASK [Sleep30s] ${'*'.repeat(64)}`,
      'ASYNC POLL on h1: jid=j906749911899.29 started=1 finished=0',
      'ASYNC FAILED on h1: jid=j906749911899.29',
      'fatal: [h1]: FAILED! => {"changed": false, "msg": "async task did not complete within the requested time - 10s", "failed": true}',
      'FAILED - RETRYING: [h1]: Sleep30s (9 retries left).',
      '',
    ]);
  });

  it('shows ok/changed/skipping lines, ...ignoring, delegation, items, and results only with -v', () => {
    const r = (status: 'ok' | 'changed' | 'skipped' | 'failed', extra: Partial<Extract<RunEvent, { type: 'host_result' }>> = {}) =>
      ({ type: 'host_result', play: 'p', task: 't', action: 'command', display: 'command', host: 'h1', status, ignored: false, result: { changed: status === 'changed' }, ...extra }) as const;
    expect(render([r('ok'), r('changed', { delegatedTo: 'h9' }), r('skipped'), r('changed', { item: 'a' })])).toBe(
      'ok: [h1]\nchanged: [h1 -> h9]\nskipping: [h1]\nchanged: [h1] => (item=a)\n',
    );
    expect(render([r('failed', { ignored: true })])).toBe('fatal: [h1]: FAILED! => {"changed": false}\n...ignoring\n');
    expect(render([r('changed')], 1)).toBe('changed: [h1] => {"changed": true}\n');
  });

  it('shows only msg for debug, like Ansible', () => {
    const out = render([{ type: 'host_result', play: 'p', task: 't', action: 'debug', display: 'debug', host: 'h1', status: 'ok', ignored: false, result: { msg: 'hi', changed: false, failed: false } }]);
    expect(out).toBe('ok: [h1] => {\n    "msg": "hi"\n}\n');
  });
});

describe('--diff output', () => {
  it('prints a changed file as a unified diff and an empty line before the result line, as Ansible does', () => {
    const out = render([
      {
        type: 'host_result',
        play: 'p',
        task: 't',
        action: 'copy',
        display: 'default',
        host: 'h1',
        status: 'changed',
        ignored: false,
        result: { changed: true, diff: { before: 'a\nb\nc\n', after: 'a\nB\nc\nd\n', before_header: '/etc/x', after_header: '/etc/x' } },
      },
    ]);
    expect(out).toBe('--- before: /etc/x\n+++ after: /etc/x\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n\nchanged: [h1]\n');
  });
});

describe('-vvvv connection detail', () => {
  const connected: RunEventInput = { type: 'connection', host: 'h1', address: '10.0.0.5', port: 22, user: 'root', via: ['ops@bastion:22'], ms: 41 };

  it('prints how each host was reached only at -vvvv', () => {
    expect(render([connected], 3)).toBe('');
    expect(render([connected], 4)).toBe('<10.0.0.5> ESTABLISH SSH CONNECTION FOR USER: root\n<10.0.0.5> SSH: port 22, via ops@bastion:22, connected in 41 ms\n');
  });
});

describe('warnings', () => {
  it('go to writeWarning as `[WARNING]: ...` (stderr in the CLI), never into the results stream', () => {
    let out = '';
    let err = '';
    const human = new HumanOutput({ write: (t) => (out += t), writeWarning: (t) => (err += t), verbosity: 0, color: false });
    human.onEvent({ type: 'warning', message: 'Unable to parse /x/nosuch.ini as an inventory source', time } as RunEvent);
    human.onEvent({ type: 'play_no_hosts', play: 'all', time } as RunEvent);
    expect(err).toBe('[WARNING]: Unable to parse /x/nosuch.ini as an inventory source\n');
    expect(out).toBe('skipping: no hosts matched\n');
  });

  it('are written to the one stream when no writeWarning is given, as before', () => {
    expect(render([{ type: 'warning', message: 'careful' }])).toBe('[WARNING]: careful\n');
  });

  it('ad-hoc output sends them to its warning writer too', () => {
    let out = '';
    let err = '';
    const adhoc = new MinimalOutput((t) => (out += t), (t) => (err += t));
    adhoc.onEvent({ type: 'warning', message: 'No hosts matched, nothing to do', time } as RunEvent);
    expect(err).toBe('[WARNING]: No hosts matched, nothing to do\n');
    expect(out).toBe('');
  });
});
