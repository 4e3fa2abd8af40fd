/**
 * `--output json` and `ansible.posix.jsonl` in the shapes of Ansible's callbacks. The fixtures were
 * recorded from ansible-playbook (ansible-core 2.14, ansible.posix 1.5.4, where `json` resolves to
 * `ansible.posix.json`) running fixtures/callback-playbook.yml with `ANSIBLE_STDOUT_CALLBACK=json`
 * and `=ansible.posix.jsonl`, `invocation` removed; castoff runs the same playbook over the local
 * connection (the unreachable host is an ssh port nobody listens on).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src/events/index.js';
import { outputFormat } from '../../../src/output/index.js';
import { localInventory, runLocal, type LocalRun } from '../executor/run-local.js';

type Result = Record<string, unknown>;
interface Heading {
  name: string;
  id: string;
  path: string;
  duration: { start: string; end?: string };
}
interface Document {
  custom_stats: object;
  global_custom_stats: object;
  plays: Array<{ play: Heading; tasks: Array<{ task: Heading; hosts: Record<string, Result> }> }>;
  stats: Record<string, Record<string, number>>;
}

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const ANSIBLE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keys Ansible's result has that castoff's does not: the debug action's display hint. */
const ANSIBLE_ONLY = new Set(['_ansible_verbose_always']);
/** Fields whose values must agree (the unreachable message names the transport, so it differs). */
const SAME_VALUES = ['action', '_ansible_no_log', 'changed', 'failed', 'skipped', 'unreachable', 'rc', 'stdout', 'skip_reason', 'censored'];

function render(name: string, events: readonly RunEvent[]): { out: string; err: string } {
  let out = '';
  let err = '';
  const output = outputFormat(name).create({ write: (t) => (out += t), writeWarning: (t) => (err += t), verbosity: 0, color: false });
  for (const e of events) output.onEvent(e);
  return { out, err };
}

function expectSameResult(ansible: Result, castoff: Result, where: string): void {
  const missing = Object.keys(ansible).filter((k) => !ANSIBLE_ONLY.has(k) && !(k in castoff));
  expect(missing, `${where}: keys Ansible shows and castoff lacks`).toEqual([]);
  for (const key of SAME_VALUES) expect(castoff[key], `${where}: ${key}`).toEqual(ansible[key]);
  if (ansible.unreachable !== true) expect(castoff.msg, `${where}: msg`).toEqual(ansible.msg);
  if (Array.isArray(ansible.results)) {
    const items = castoff.results as Result[];
    expect(items, `${where}: loop items`).toHaveLength(ansible.results.length);
    (ansible.results as Result[]).forEach((item, i) => expectSameResult(item, items[i], `${where} item ${i}`));
  }
}

const lineOf = (path: string) => path.slice(path.lastIndexOf(':') + 1);

let run: LocalRun;

beforeAll(async () => {
  const inventory = await localInventory(['l1', 'l2'], 'gone ansible_host=127.0.0.1 ansible_port=1 ansible_connection=ssh\n[local]\nl1\nl2\n[down]\ngone\n');
  run = await runLocal(fixture('callback-playbook.yml'), { inventory: [inventory] });
}, 60_000);

describe('--output json, beside the document ansible-playbook printed for the same playbook', () => {
  let ansible: Document;
  let castoff: Document;
  let text: string;

  beforeAll(() => {
    ansible = JSON.parse(fixture('ansible-json.json')) as Document;
    text = render('json', run.events).out;
    castoff = JSON.parse(text) as Document;
  });

  it('has the same top-level keys and the same stats, with Ansible\'s `failures`', () => {
    expect(Object.keys(castoff)).toEqual(Object.keys(ansible));
    expect(castoff.custom_stats).toEqual({});
    expect(castoff.global_custom_stats).toEqual({});
    expect(castoff.stats).toEqual(ansible.stats);
  });

  it('plays and tasks (the handler included) are headed by name, id, path and duration, in Ansible\'s order', () => {
    expect(castoff.plays.map((p) => p.play.name)).toEqual(ansible.plays.map((p) => p.play.name));
    castoff.plays.forEach((play, i) => {
      const theirs = ansible.plays[i];
      const headings = [[play.play, theirs.play], ...play.tasks.map((t, j) => [t.task, theirs.tasks[j]?.task])] as Array<[Heading, Heading]>;
      expect(play.tasks.map((t) => t.task.name)).toEqual(theirs.tasks.map((t) => t.task.name));
      for (const [ours, ref] of headings) {
        expect(Object.keys(ours), ours.name).toEqual(Object.keys(ref));
        expect(Object.keys(ours.duration), ours.name).toEqual(Object.keys(ref.duration));
        expect(lineOf(ours.path), `${ours.name}: path`).toBe(lineOf(ref.path));
        expect(ours.path, ours.name).toMatch(/^\/.*\.yml:\d+$/);
        expect(ours.id, ours.name).toMatch(UUID);
        expect(ours.duration.start, ours.name).toMatch(ANSIBLE_TIME);
        expect(ours.duration.end, ours.name).toMatch(ANSIBLE_TIME);
        expect(Date.parse(ours.duration.end!) >= Date.parse(ours.duration.start), ours.name).toBe(true);
      }
    });
    const ids = castoff.plays.flatMap((p) => [p.play.id, ...p.tasks.map((t) => t.task.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each host\'s result has Ansible\'s keys and values: action, _ansible_no_log, loop items, skip, ignored failure, no_log, unreachable', () => {
    ansible.plays.forEach((play, i) =>
      play.tasks.forEach((task, j) => {
        const ours = castoff.plays[i].tasks[j].hosts;
        expect(Object.keys(ours).sort(), task.task.name).toEqual(Object.keys(task.hosts).sort());
        for (const [host, result] of Object.entries(task.hosts)) expectSameResult(result, ours[host], `${task.task.name} on ${host}`);
      }),
    );
  });

  it('is written as Ansible writes it: keys sorted, indented by 4', () => {
    expect(text.startsWith('{\n    "custom_stats": {},\n    "global_custom_stats": {},\n    "plays": [\n        {\n            "play": {\n                "duration": {\n                    "end": "')).toBe(true);
    expect(text.endsWith('\n}\n')).toBe(true);
  });
});

describe('--output json from events', () => {
  const position = { file: '/srv/site.yml', line: 1, col: 3 };
  const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, s)).toISOString();
  const events = [
    { type: 'warning', message: 'careful', time: at(0) },
    { type: 'run_start', playbook: 'site.yml', check: false, time: at(0) },
    { type: 'play_start', play: 'p', hosts: ['h1'], position, time: at(1) },
    { type: 'task_start', play: 'p', task: 't', action: 'shell', handler: false, position: { ...position, line: 4, col: 7 }, time: at(2) },
    { type: 'host_result', play: 'p', task: 't', action: 'shell', host: 'h1', status: 'changed', ignored: false, item: 'a', result: { changed: true, item: 'a', ansible_loop_var: 'item' }, time: at(3) },
    { type: 'host_result', play: 'p', task: 't', action: 'shell', host: 'h1', status: 'changed', ignored: false, result: { changed: true, msg: 'All items completed', results: [{ changed: true, item: 'a', ansible_loop_var: 'item' }] }, time: at(4) },
    { type: 'recap', stats: { h1: { ok: 1, changed: 1, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 } }, time: at(5) },
    { type: 'run_end', exitCode: 0, cancelled: false, connections: {}, time: at(5) },
  ] as RunEvent[];

  it('writes nothing before run_end, then the whole document; warnings go to stderr; per-item events stay out', () => {
    let out = '';
    const output = outputFormat('ansible.posix.json').create({ write: (t) => (out += t), writeWarning: () => undefined, verbosity: 0, color: false });
    for (const e of events.slice(0, -1)) output.onEvent(e);
    expect(out).toBe('');
    output.onEvent(events.at(-1)!);
    const doc = JSON.parse(out) as Document;
    expect(doc.plays[0].play).toEqual({ name: 'p', id: expect.stringMatching(UUID), path: '/srv/site.yml:1', duration: { start: '2026-11-30T10:00:01.000000Z', end: '2026-11-30T10:00:04.000000Z' } });
    expect(doc.plays[0].tasks).toEqual([
      {
        task: { name: 't', id: expect.stringMatching(UUID), path: '/srv/site.yml:4', duration: { start: '2026-11-30T10:00:02.000000Z', end: '2026-11-30T10:00:04.000000Z' } },
        hosts: { h1: { action: 'shell', changed: true, msg: 'All items completed', results: [{ _ansible_no_log: false, changed: true, item: 'a', ansible_loop_var: 'item' }] } },
      },
    ]);
    expect(doc.stats).toEqual({ h1: { ok: 1, changed: 1, unreachable: 0, failures: 0, skipped: 0, rescued: 0, ignored: 0 } });
    expect(render('json', events).err).toBe('[WARNING]: careful\n');
  });

  it('ids follow where a play or task is written, not when it ran: a later run gets the same ids, another place another id', () => {
    const later = events.map((e) => ({ ...e, time: new Date(Date.parse(e.time) + 3_600_000).toISOString() }));
    const ids = (list: RunEvent[]) => {
      const doc = JSON.parse(render('json', list).out) as Document;
      return [doc.plays[0].play.id, doc.plays[0].tasks[0].task.id];
    };
    expect(ids(later)).toEqual(ids(events));
    const moved = events.map((e) => (e.type === 'task_start' ? { ...e, position: { ...e.position, line: 9 } } : e));
    expect(ids(moved)[0]).toBe(ids(events)[0]);
    expect(ids(moved)[1]).not.toBe(ids(events)[1]);
    expect(new Set(ids(events)).size).toBe(2);
  });

  it('each run_end writes a document of its own run', () => {
    const { out } = render('json', [...events, ...events.slice(1, 3), ...events.slice(-2)]);
    const documents = out.split(/\n(?=\{)/).map((d) => JSON.parse(d) as Document);
    expect(documents.map((d) => d.plays.map((p) => p.tasks.length))).toEqual([[1], [0]]);
  });
});

describe('--output json with set_stats', () => {
  it("shows the run's and each host's custom stats as Ansible's callback does with show_custom_stats", async () => {
    const inventory = await localInventory(['l1', 'l2']);
    const stats = await runLocal(
      `- hosts: all
  gather_facts: false
  tasks:
    - set_stats: {data: {total: 1, names: ["{{ inventory_hostname }}"]}}
    - set_stats: {data: {mine: "{{ inventory_hostname }}"}, per_host: true}
`,
      { inventory: [inventory] },
    );
    const document = JSON.parse(render('json', stats.events).out) as Document;
    expect(document.global_custom_stats).toEqual({ total: 2, names: expect.arrayContaining(['l1', 'l2']) });
    expect(document.custom_stats).toEqual({ l1: { mine: 'l1' }, l2: { mine: 'l2' } });
  });
});

describe('ansible.posix.jsonl, beside the lines ansible-playbook printed for the same playbook', () => {
  interface Line {
    _event: string;
    _timestamp: string;
    [key: string]: unknown;
  }
  const parse = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
  /** Per play or task start, the events that follow it, host lines in host order (hosts run in parallel). */
  const grouped = (lines: Line[]) => {
    const groups: string[][] = [];
    for (const l of lines) {
      if (l._event.startsWith('v2_runner_')) groups.at(-1)!.push(`${l._event} ${Object.keys(l.hosts as object)[0]}`);
      else groups.push([l._event]);
    }
    return groups.map((g) => [g[0], ...g.slice(1).sort()]);
  };

  let ansible: Line[];
  let castoff: Line[];
  let text: string;

  beforeAll(() => {
    ansible = parse(fixture('ansible-posix.jsonl'));
    text = render('ansible.posix.jsonl', run.events).out;
    castoff = parse(text);
  });

  it('writes the same events in the same order, one host per result line', () => {
    expect(grouped(castoff)).toEqual(grouped(ansible));
  });

  it('each line has the keys of Ansible\'s line of that event, and the same results', () => {
    const byEvent = new Map(ansible.map((l) => [l._event, l]));
    for (const line of castoff) {
      const ref = byEvent.get(line._event)!;
      expect(Object.keys(line), line._event).toEqual(Object.keys(ref));
      expect(line._timestamp).toMatch(ANSIBLE_TIME);
    }
    const results = (lines: Line[]) => new Map(lines.filter((l) => l._event.startsWith('v2_runner_')).map((l) => [`${(l.task as Heading).name} ${Object.keys(l.hosts as object)[0]}`, Object.values(l.hosts as object)[0] as Result]));
    const ours = results(castoff);
    for (const [key, result] of results(ansible)) expectSameResult(result, ours.get(key)!, key);
    const stats = castoff.at(-1)!;
    expect(stats.stats).toEqual(ansible.at(-1)!.stats);
  });

  it('is one compact line per event, keys sorted, a result line\'s task carrying its end', () => {
    const first = text.split('\n')[0];
    expect(first).toMatch(/^\{"_event":"v2_playbook_on_play_start","_timestamp":"[^"]+","play":\{"duration":\{"start":"[^"]+"\},"id":"[^"]+","name":"First play","path":"\/[^"]+:1"\},"tasks":\[\]\}$/);
    const result = castoff.find((l) => l._event === 'v2_runner_on_ok')!;
    expect((result.task as Heading).duration.end).toMatch(ANSIBLE_TIME);
  });

  it('jsonl stays castoff\'s own event stream', () => {
    const lines = parse(render('jsonl', run.events).out) as unknown as RunEvent[];
    expect(lines).toEqual(JSON.parse(JSON.stringify(run.events)));
  });
});
