import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src/events/index.js';
import { displayKindOf } from '../../../src/modules/index.js';
import { banner, outputFormat, outputFormatNames, type OutputContext } from '../../../src/output/index.js';
import { clockTime, duration, summaryLine } from '../../../src/output/profile-tasks.js';
import { ConfigError } from '../../../src/core/errors.js';

const position = { file: 'site.yml', line: 1, col: 3 };
const stats = { h1: { ok: 1, changed: 1, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 } };

/** Renders events through a named format; events are stamped one second apart unless they carry a time. */
function render(name: string, events: ReadonlyArray<{ readonly type: string; readonly time?: string; readonly [field: string]: unknown }>, verbosity = 0): { out: string; err: string } {
  let out = '';
  let err = '';
  const context: OutputContext = { write: (t) => (out += t), writeWarning: (t) => (err += t), verbosity, color: false };
  const output = outputFormat(name).create(context);
  events.forEach((e, i) => output.onEvent({ time: new Date(Date.UTC(2026, 10, 30, 10, 0, i)).toISOString(), ...e } as unknown as RunEvent));
  return { out, err };
}

// Each event carries its module's display kind as the executor sets it, from the module registry.
const hostResult = (host: string, action: string, status: 'ok' | 'changed' | 'failed' | 'skipped' | 'unreachable', result: Record<string, unknown>) =>
  ({ type: 'host_result', play: 'p', task: 't', action, display: displayKindOf({ module: action }), host, status, ignored: false, result }) as const;

const run = [
  { type: 'run_start', playbook: 'site.yml', check: false },
  { type: 'play_start', play: 'p', hosts: ['h1'], position },
  { type: 'task_start', play: 'p', task: 't', action: 'shell', handler: false, position },
  hostResult('h1', 'shell', 'changed', { changed: true, rc: 0, stdout: 'hi', stderr: '' }),
  { type: 'recap', stats },
  { type: 'run_end', exitCode: 0, cancelled: false, connections: {} },
] as const;

describe('output registry', () => {
  it('knows Ansible\'s short and fully qualified names of each format', () => {
    for (const name of ['default', 'ansible.builtin.default', 'json', 'ansible.posix.json', 'jsonl', 'ansible.posix.jsonl', 'minimal', 'ansible.builtin.minimal', 'oneline', 'ansible.builtin.oneline', 'profile_tasks', 'ansible.posix.profile_tasks']) {
      expect(outputFormatNames()).toContain(name);
      expect(outputFormat(name).names).toContain(name);
    }
  });

  it('an unknown name is Ansible\'s "Invalid callback for stdout specified" ConfigError, naming the known ones', () => {
    expect(() => outputFormat('yaml')).toThrow(ConfigError);
    expect(() => outputFormat('yaml')).toThrow('Invalid callback for stdout specified: yaml (castoff knows default, minimal, oneline, json, jsonl, ansible.posix.jsonl, profile_tasks)');
  });
});

describe('default', () => {
  it('prints banners, result lines and the recap', () => {
    const { out } = render('ansible.builtin.default', [...run]);
    expect(out).toContain(`${banner('TASK [t]')}\nchanged: [h1]\n`);
    expect(out).toContain('PLAY RECAP');
  });
});

describe('json', () => {
  it('writes nothing until run_end, then the document in the shape of Ansible\'s json callback: plays, tasks, hosts, stats', () => {
    let out = '';
    const output = outputFormat('json').create({ write: (t) => (out += t), writeWarning: () => undefined, verbosity: 0, color: false });
    const time = '2026-11-30T10:00:00.000Z';
    for (const e of run.slice(0, -1)) output.onEvent({ ...e, time } as RunEvent);
    expect(out).toBe('');
    output.onEvent({ ...run.at(-1)!, time } as RunEvent);
    const heading = (name: string, line: number) => ({ name, id: expect.any(String), path: expect.stringMatching(new RegExp(`/site\\.yml:${line}$`)), duration: { start: '2026-11-30T10:00:00.000000Z', end: '2026-11-30T10:00:00.000000Z' } });
    expect(JSON.parse(out)).toEqual({
      custom_stats: {},
      global_custom_stats: {},
      plays: [{ play: heading('p', 1), tasks: [{ task: heading('t', 1), hosts: { h1: { _ansible_no_log: false, action: 'shell', changed: true, rc: 0, stdout: 'hi', stderr: '' } } }] }],
      stats: { h1: { ok: 1, changed: 1, unreachable: 0, failures: 0, skipped: 0, rescued: 0, ignored: 0 } },
    });
  });

  it('per-item results stay out of the document, warnings go to stderr, and each run gets its own document', () => {
    const item = { ...hostResult('h1', 'shell', 'changed', { changed: true, item: 1 }), item: '1' };
    const { out, err } = render('ansible.posix.json', [{ type: 'warning', message: 'careful' }, ...run.slice(0, 3), item, ...run.slice(3), ...run]);
    expect(err).toBe('[WARNING]: careful\n');
    const documents = out.split(/\n(?=\{)/).map((d) => JSON.parse(d) as { plays: Array<{ tasks: Array<{ hosts: Record<string, unknown> }> }> });
    expect(documents).toHaveLength(2);
    expect(documents[0].plays[0].tasks[0].hosts.h1).toEqual({ _ansible_no_log: false, action: 'shell', changed: true, rc: 0, stdout: 'hi', stderr: '' });
    expect(documents[1].plays).toHaveLength(1);
  });
});

describe('jsonl', () => {
  it('writes each event on its own line as it comes, time included', () => {
    const { out } = render('jsonl', [...run]);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; time: string });
    expect(lines.map((l) => l.type)).toEqual(['run_start', 'play_start', 'task_start', 'host_result', 'recap', 'run_end']);
    expect(lines[0].time).toBe('2026-11-30T10:00:00.000Z');
  });
});

describe('minimal', () => {
  it('shows a command as host | CHANGED | rc=0 >> and its output, other modules as host | SUCCESS => {json}, no banners', () => {
    const { out } = render('minimal', [...run.slice(0, 4), hostResult('h1', 'ping', 'ok', { changed: false, ping: 'pong' }), ...run.slice(4)]);
    expect(out).toBe('h1 | CHANGED | rc=0 >>\nhi\nh1 | SUCCESS => {\n    "changed": false,\n    "ping": "pong"\n}\n');
  });

  it('the command-like display follows the event\'s module, not the command line', () => {
    const { out } = render('minimal', [hostResult('h1', 'command', 'failed', { changed: true, rc: 2, stdout: '', stderr: 'no', msg: 'non-zero return code' })]);
    expect(out).toBe('h1 | FAILED | rc=2 >>\nno\nnon-zero return code\n');
  });

  it('reads the display kind from the event, not from the module name', () => {
    const fields = { changed: true, rc: 0, stdout: 'up', stderr: '' };
    const { out } = render('minimal', [
      { ...hostResult('h1', 'deploy_app', 'changed', fields), display: 'command' },
      { ...hostResult('h2', 'shell', 'changed', fields), display: 'default' },
    ]);
    expect(out).toBe('h1 | CHANGED | rc=0 >>\nup\nh2 | CHANGED => {\n    "changed": true,\n    "rc": 0,\n    "stderr": "",\n    "stdout": "up"\n}\n');
  });
});

describe('oneline', () => {
  it('puts every result on one line as Ansible\'s -o does', () => {
    const { out, err } = render('ansible.builtin.oneline', [
      { type: 'warning', message: 'w' },
      hostResult('h1', 'ping', 'ok', { changed: false, ping: 'pong' }),
      hostResult('h2', 'shell', 'changed', { changed: true, rc: 0, stdout: 'a\nb', stderr: '' }),
      hostResult('h3', 'shell', 'failed', { changed: true, rc: 1, stdout: '', stderr: 'bad\r\n' }),
      hostResult('h4', 'copy', 'failed', { failed: true, msg: 'nope' }),
      hostResult('h5', 'ping', 'unreachable', { unreachable: true, msg: 'Failed to connect' }),
      hostResult('h6', 'ping', 'skipped', { skipped: true }),
    ]);
    expect(err).toBe('[WARNING]: w\n');
    expect(out.split('\n')).toEqual([
      'h1 | SUCCESS => {"changed": false, "ping": "pong"}',
      'h2 | CHANGED | rc=0 | (stdout) a\\nb',
      'h3 | FAILED | rc=1 | (stdout)  (stderr) bad\\r\\n',
      'h4 | FAILED! => {"msg": "nope", "failed": true}',
      'h5 | UNREACHABLE!: Failed to connect',
      'h6 | SKIPPED',
      '',
    ]);
  });

  it('a host cannot break the line: control characters in its output are escaped', () => {
    const { out } = render('oneline', [hostResult('h1', 'shell', 'changed', { changed: true, rc: 0, stdout: 'x\u001b[2Jy\u0007', stderr: '' })]);
    expect(out).toBe('h1 | CHANGED | rc=0 | (stdout) x\\u001b[2Jy\\u0007\n');
  });

  it('an exception leads with its last line, as Ansible\'s oneline does', () => {
    const { out } = render('oneline', [hostResult('h1', 'copy', 'failed', { failed: true, msg: 'boom', exception: 'Traceback:\n  File x\nValueError: bad' })]);
    expect(out.split('\n')[0]).toBe('An exception occurred during task execution. To see the full traceback, use -vvv. The error was: ValueError: bad');
  });
});

describe('profile_tasks', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, 0) + s * 1000).toISOString();
  const task = (name: string, s: number) => ({ type: 'task_start', play: 'p', task: name, action: 'shell', handler: false, position, time: at(s) }) as const;

  it('adds a timing line under each task banner and the slowest tasks after the recap, from the events\' times', () => {
    const { out } = render('ansible.posix.profile_tasks', [
      { type: 'run_start', playbook: 'site.yml', check: false, time: at(0) },
      { type: 'play_start', play: 'p', hosts: ['h1'], position, time: at(0.5) },
      task('quick', 1),
      task('slow one', 1.25),
      task('middle', 4.75),
      { type: 'recap', stats, time: at(6) },
      { type: 'run_end', exitCode: 0, cancelled: false, connections: {}, time: at(6) },
    ]);
    const lines = out.split('\n');
    const timing = (start: number, previous: string, total: string) => `${clockTime(Date.parse(at(start)))} (${previous})       ${total}`;
    const under = (banner: string) => lines[lines.indexOf(banner) + 1];
    expect(under(banner('TASK [quick]'))).toMatch(new RegExp(`^${escape(timing(1, '0:00:00.000', '0:00:01.000'))} \\*+$`));
    expect(under(banner('TASK [slow one]'))).toMatch(new RegExp(`^${escape(timing(1.25, '0:00:00.250', '0:00:01.250'))} \\*+$`));
    expect(under(banner('TASK [middle]'))).toMatch(new RegExp(`^${escape(timing(4.75, '0:00:03.500', '0:00:04.750'))} \\*+$`));
    const summary = lines.slice(lines.indexOf('='.repeat(79)) + 1, -1);
    expect(summary).toEqual([summaryLine('slow one', 3500), summaryLine('middle', 1250), summaryLine('quick', 250)]);
    expect(summary[0]).toBe(`slow one ${'-'.repeat(64)} 3.50s`);
    expect(summary[0]).toHaveLength(79);
    expect(out.indexOf('PLAY RECAP')).toBeLessThan(out.indexOf('='.repeat(79)));
  });

  it('lists at most the 20 slowest tasks', () => {
    const events = [{ type: 'run_start', playbook: 's', check: false, time: at(0) }, ...Array.from({ length: 25 }, (_, i) => task(`t${i}`, i)), { type: 'recap', stats, time: at(25) }] as const;
    const { out } = render('profile_tasks', [...events]);
    expect(out.split('='.repeat(79))[1].trim().split('\n')).toHaveLength(20);
  });

  it('writes durations as h:mm:ss.mmm and the time as Ansible\'s %A %d %B %Y  %H:%M:%S %z', () => {
    expect(duration(3_723_004)).toBe('1:02:03.004');
    expect(clockTime(Date.UTC(2026, 10, 30, 10, 0, 0))).toMatch(/^Monday 30 November 2026  \d\d:\d\d:00 [+-]\d{4}$/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
