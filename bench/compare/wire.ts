/**
 * Wire exchanges per operation: a one-host run through the public library API (`runPlaybook`, one
 * connection per host) whose SSH connection goes through a counting TCP proxy on 127.0.0.1. The
 * proxy sees what really crossed the wire, SSH framing, padding and MACs included, and counts
 * request/response turns (a reply from the server after the client spoke), which is what latency
 * multiplies. Each operation is its own task, run several times; the task events mark where one
 * ends and the next begins, so each task's turns and bytes are counted apart. The same run is made
 * with the warm helper on and off.
 */
import { writeFileSync } from 'node:fs';
import { createServer, connect as tcpConnect, type AddressInfo, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { runPlaybook, type ConnectionCost, type RunEvent } from '../../src/index.js';
import { helperEnv, type HelperSetting } from './helper-setting.js';
import { median } from './measure.js';
import { inventoryIni } from './workloads.js';

export interface WireCount {
  bytesUp: number;
  bytesDown: number;
  turns: number;
}

class CountingProxy {
  readonly count: WireCount = { bytesUp: 0, bytesDown: 0, turns: 0 };
  private lastDirection: 'up' | 'down' = 'down';
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  constructor(private readonly targetPort: number) {
    this.server = createServer((client) => {
      const upstream = tcpConnect(this.targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.setNoDelay(true);
        s.on('error', () => s.destroy());
        s.on('close', () => this.sockets.delete(s));
      }
      client.on('data', (b: Buffer) => {
        this.count.bytesUp += b.length;
        this.lastDirection = 'up';
        upstream.write(b);
      });
      upstream.on('data', (b: Buffer) => {
        this.count.bytesDown += b.length;
        if (this.lastDirection === 'up') this.count.turns++;
        this.lastDirection = 'down';
        client.write(b);
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve((this.server.address() as AddressInfo).port)));
  }

  close(): void {
    for (const s of this.sockets) s.destroy();
    this.server.close();
  }
}

/** The operations measured, each as the task that does it and nothing else. */
export const OPERATIONS = {
  module: { title: 'a sync module run (`command: /bin/true`)', task: () => 'command: /bin/true' },
  stat: { title: 'a stat (`stat` module)', task: () => 'stat:\n        path: /etc/hostname' },
  launch: { title: 'an async launch (`poll: 0`)', task: (i: number) => `command: sleep 20\n      async: 60\n      poll: 0\n      register: job${i}` },
  status: { title: 'a status read (`async_status` of a running job)', task: (i: number) => `async_status:\n        jid: "{{ job${i}.ansible_job_id }}"` },
} as const;

export type OperationId = keyof typeof OPERATIONS;

export interface OperationCost {
  /** Median over the samples. */
  turns: number;
  /** Means over the samples. */
  bytesUp: number;
  bytesDown: number;
  samples: number;
}

export interface WireProbe {
  setting: HelperSetting;
  /** The host's first task: connect, install the runtime (and start the helper, when on). */
  firstTask?: OperationCost;
  operations: Partial<Record<OperationId, OperationCost>>;
  /** castoff's own counters for the whole run (`run_end.connections`). */
  counters?: ConnectionCost;
  errors: string[];
}

const FIRST = 'first task';
const END = 'end marker';

/** One play: the first task, then `samples` tasks of each operation, then a marker that closes the last window. */
function probePlaybook(samples: number): string {
  const tasks = [`    - name: ${FIRST}\n      command: /bin/true\n`];
  for (const [id, op] of Object.entries(OPERATIONS)) {
    for (let i = 0; i < samples; i++) tasks.push(`    - name: ${id} ${i}\n      ${op.task(i)}\n`);
  }
  tasks.push(`    - name: ${END}\n      command: /bin/true\n`);
  return `- hosts: all\n  gather_facts: no\n  tasks:\n${tasks.join('')}`;
}

function costOf(windows: WireCount[]): OperationCost {
  const mean = (pick: (w: WireCount) => number) => windows.reduce((sum, w) => sum + pick(w), 0) / windows.length;
  return { turns: median(windows.map((w) => w.turns)), bytesUp: mean((w) => w.bytesUp), bytesDown: mean((w) => w.bytesDown), samples: windows.length };
}

/** The proxy's counts when a task started: the probe's tasks are named `first task`, `<operation> <n>`, `end marker`. */
export interface TaskMark {
  task: string;
  count: WireCount;
}

/**
 * Each task's cost is what the proxy counted from its start to the next task's start (the end
 * marker closes the last one), grouped by operation.
 */
export function costsBetweenMarks(marks: readonly TaskMark[]): Pick<WireProbe, 'firstTask' | 'operations'> {
  const windows = new Map<string, WireCount[]>();
  for (let i = 0; i + 1 < marks.length; i++) {
    const [from, to] = [marks[i].count, marks[i + 1].count];
    const kind = marks[i].task === FIRST ? FIRST : marks[i].task.split(' ')[0];
    windows.set(kind, [...(windows.get(kind) ?? []), { turns: to.turns - from.turns, bytesUp: to.bytesUp - from.bytesUp, bytesDown: to.bytesDown - from.bytesDown }]);
  }
  const first = windows.get(FIRST);
  const operations: WireProbe['operations'] = {};
  for (const id of Object.keys(OPERATIONS) as OperationId[]) {
    const w = windows.get(id);
    if (w?.length) operations[id] = costOf(w);
  }
  return { ...(first ? { firstTask: costOf(first) } : {}), operations };
}

/**
 * One probe run with the helper `setting`: the run reads its settings (an ansible.cfg in `workDir`
 * and the environment, where `CASTOFF_HELPER` is set for the run's duration).
 */
export async function probeOperations(port: number, keyFile: string, setting: HelperSetting, samples: number, workDir: string): Promise<WireProbe> {
  const proxy = new CountingProxy(port);
  const proxyPort = await proxy.listen();
  const playbook = join(workDir, 'wire.yml');
  const inventory = join(workDir, 'wire.ini');
  const config = join(workDir, 'wire.cfg');
  writeFileSync(playbook, probePlaybook(samples));
  writeFileSync(inventory, inventoryIni(1, [{ id: 'proxy', port: proxyPort }], keyFile));
  writeFileSync(config, '[defaults]\nhost_key_checking = False\n');
  const marks: TaskMark[] = [];
  const probe: WireProbe = { setting, operations: {}, errors: [] };
  const saved = process.env.CASTOFF_HELPER;
  process.env.CASTOFF_HELPER = helperEnv(setting).CASTOFF_HELPER;
  try {
    await runPlaybook({
      playbook,
      inventory,
      config,
      forks: 1,
      journal: false,
      onEvent: (event: RunEvent) => {
        if (event.type === 'task_start') marks.push({ task: event.task, count: { ...proxy.count } });
        if (event.type === 'host_result' && (event.status === 'failed' || event.status === 'unreachable')) {
          probe.errors.push(`wire probe (helper ${setting}): ${event.task} ${event.status}: ${String(event.result.msg ?? '').slice(0, 200)}`);
        }
        if (event.type === 'run_end') probe.counters = Object.values(event.connections)[0];
      },
    });
  } finally {
    if (saved === undefined) delete process.env.CASTOFF_HELPER;
    else process.env.CASTOFF_HELPER = saved;
    proxy.close();
  }
  const costs = costsBetweenMarks(marks);
  probe.firstTask = costs.firstTask;
  probe.operations = costs.operations;
  for (const id of Object.keys(OPERATIONS) as OperationId[]) {
    if (!costs.operations[id]) probe.errors.push(`wire probe (helper ${setting}): no ${id} task ran`);
  }
  console.log(`wire (helper ${setting}): ${Object.entries(probe.operations).map(([id, c]) => `${id} ${c.turns} turns`).join(', ')}`);
  return probe;
}

/** The issue's target: each operation through the helper is one request and one reply. */
export const TURNS_TARGET = 1;

const cell = (c: OperationCost | undefined) => (c ? `${c.turns} | ${c.bytesUp.toFixed(0)} / ${c.bytesDown.toFixed(0)}` : 'n/a | n/a');

export function wireSection(probes: WireProbe[], samples: number, helperInBuild: boolean): string {
  const on = probes.find((p) => p.setting === 'on');
  const off = probes.find((p) => p.setting === 'off');
  const out = ['## Wire exchanges per operation, helper on and off', ''];
  out.push(
    'One host, reached through a counting TCP proxy, by a run through the library API (`runPlaybook`, forks 1, so one SSH connection). ' +
      `Each operation is its own task, ${samples} of each; a task's cost is what crossed the wire from its \`task_start\` event to the next one. ` +
      '"Turns" are request/response turns seen on the wire (a reply from the host after the controller spoke; median of the samples); ' +
      'bytes are means, SSH framing included. The target applies with the helper on.' +
      (helperInBuild ? '' : ' **This build ships no helper (`remote/helper.py`): both settings run the same exec path.**'),
    '',
  );
  out.push('| operation | helper on: turns | on: bytes up / down | helper off: turns | off: bytes up / down | target (helper on) |');
  out.push('|---|---:|---:|---:|---:|---|');
  out.push(`| a host's first task (connect, runtime, helper start) | ${cell(on?.firstTask)} | ${cell(off?.firstTask)} |  |`);
  for (const id of Object.keys(OPERATIONS) as OperationId[]) {
    const c = on?.operations[id];
    const verdict = c ? `${TURNS_TARGET} turn: ${c.turns <= TURNS_TARGET ? 'met' : `**missed** (${c.turns})`}` : 'not measured';
    out.push(`| ${OPERATIONS[id].title} | ${cell(c)} | ${cell(off?.operations[id])} | ${verdict} |`);
  }
  const counters = (p: WireProbe | undefined) => {
    if (!p?.counters) return 'n/a';
    // Builds with the helper also count its requests; older ones have no such field.
    const helperRequests = (p.counters as { helperRequests?: number }).helperRequests;
    return `${p.counters.roundTrips} round trips, ${p.counters.execs} exec channels, ${p.counters.fileOps} SFTP operations${helperRequests === undefined ? '' : `, ${helperRequests} helper requests`}`;
  };
  out.push('', `castoff's own counters for the whole probe run (\`run_end.connections\`): helper on ${counters(on)}; helper off ${counters(off)}.`);
  const errors = probes.flatMap((p) => p.errors);
  out.push('', `Errors: ${errors.length ? errors.map((e) => `\n- ${e}`).join('') : 'none.'}`, '');
  return out.join('\n');
}
