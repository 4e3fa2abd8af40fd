/**
 * castoff-playbook side by side with ansible-playbook on the same sshd containers (issue 8):
 * wall time of each workload (alternating runs, median and spread), castoff's controller peak
 * RSS and wire cost, the cost of one async launch and one poll, the delay from a job finishing
 * to castoff reporting it, and a scale run to 1,000 simulated hosts. It prints what it measured,
 * and how that compares with the issue's targets; it never fails on a timing.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/compare.js [--quick | --modules]
 *
 * --quick: one run of each tool per workload and smaller host counts, for trying changes out.
 * --modules: only the Ansible modules comparison (see compare/modules.ts), whose section of
 * bench/RESULTS.md it replaces. A full run writes the whole of bench/RESULTS.md.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { HostStats, RunEvent } from '../src/index.js';
import { startBenchHosts, type BenchHosts } from './compare/containers.js';
import { measureRun, median, secondsCell, type RunOutcome } from './compare/measure.js';
import { MODULE_HOSTS, MODULES_HEADING, measureModules, modulesPlaybook, modulesSection, type ModulesResult } from './compare/modules.js';
import { ed25519KeyPair } from './compare/ssh-keys.js';
import { measureAsyncCosts, type AsyncCosts, type OperationCost } from './compare/wire.js';
import { LATENCY_TASKS, PLAYBOOKS, inventoryIni } from './compare/workloads.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const quick = process.argv.includes('--quick');
const modulesOnly = process.argv.includes('--modules');
const CONTAINERS = 4;
/**
 * The scale run's forks. This machine runs the controller and every simulated host's sshd and
 * Python on the same few cores: with forks = 1,000 the hosts starve (load in the hundreds), so
 * handshakes time out and jobs are seen too late, which measures the rig, not the controller.
 */
const SCALE_FORKS = 100;

const sizes = quick
  ? { runs: 1, b: [4, 8], d: 20, latencyHosts: 8, scale: [10, 50, 200] }
  : { runs: 3, b: [4, 16], d: 100, latencyHosts: 8, scale: [10, 100, 1000] };

interface Workload {
  id: string;
  title: string;
  playbook: keyof typeof PLAYBOOKS;
  hosts: number;
  /** Minimum speed-up over ansible-playbook that issue 8 asks for. */
  target?: number;
}

const WORKLOADS: Workload[] = [
  { id: 'a', title: '3 short sync commands', playbook: 'sync', hosts: 4, target: 3 },
  ...sizes.b.map((hosts) => ({ id: 'b', title: 'async sleep 1 + async echo + sync echo, poll 1', playbook: 'asyncPoll' as const, hosts, target: 5 })),
  { id: 'c', title: '20 poll-0 launches, then async_status until-loop', playbook: 'fireAndForget', hosts: 4, target: 5 },
  { id: 'd', title: `one async task (poll 1), ${sizes.d / CONTAINERS} names per container`, playbook: 'manyHosts', hosts: sizes.d },
];

const workDir = mkdtempSync(join(tmpdir(), 'cb-'));
const castoffCli = join(repoRoot, 'dist/src/cli/castoff-playbook.js');
const baseEnv = { ...process.env, ANSIBLE_HOST_KEY_CHECKING: 'False', ANSIBLE_NOCOLOR: '1' };
const ansibleEnv = { ...baseEnv, ANSIBLE_PIPELINING: 'True' };

function writeFile(name: string, text: string): string {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
}

function events(outcome: RunOutcome): RunEvent[] {
  return outcome.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as RunEvent);
}

function failureOf(tool: string, outcome: RunOutcome): string | undefined {
  if (outcome.exitCode === 0) return undefined;
  const tail = `${outcome.stderr}\n${outcome.stdout}`.trim().split('\n').slice(-3).join(' | ');
  return `${tool} exited ${outcome.exitCode}: ${tail.slice(0, 300)}`;
}

async function runCastoff(playbook: string, inventory: string, forks: number, extra: string[] = []): Promise<RunOutcome> {
  return measureRun(process.execPath, [castoffCli, playbook, '-i', inventory, '-f', String(forks), '--output', 'jsonl', ...extra], { cwd: workDir, env: baseEnv });
}

let ansibleRuns = 0;

/**
 * Each Ansible run gets fresh ControlPersist sockets, one per inventory name (Ansible would share
 * one master between names that have the same address, port and user, which real separate hosts
 * never do), and they are closed afterwards: every run of both tools starts cold.
 */
async function runAnsible(playbook: string, hosts: number, bench: BenchHosts, hostVars?: (i: number) => Record<string, string>): Promise<RunOutcome> {
  const controlDir = join(workDir, `cp${ansibleRuns++}`);
  execFileSync('mkdir', ['-m', '700', controlDir]);
  const inventory = writeFile(`ansible-${hosts}.ini`, inventoryIni(hosts, bench.containers, bench.keyFile, { controlDir, hostVars }));
  try {
    return await measureRun('ansible-playbook', [playbook, '-i', inventory, '-f', String(hosts)], { cwd: workDir, env: ansibleEnv });
  } finally {
    await Promise.all(readdirSync(controlDir).map((socket) => run('ssh', ['-O', 'exit', '-o', `ControlPath=${join(controlDir, socket)}`, '127.0.0.1']).catch(() => undefined)));
    rmSync(controlDir, { recursive: true, force: true });
  }
}

interface WorkloadResult {
  workload: Workload;
  ansibleMs: number[];
  castoffMs: number[];
  castoffRssMb: number[];
  ansibleCpuS: number[];
  castoffCpuS: number[];
  /** This machine's 1-minute load before the workload's first run (other work shares the cores). */
  loadBefore: number;
  /** Per-host medians of castoff's own counters, from run_end of the last run. */
  roundTripsPerHost: number;
  bytesSentPerHost: number;
  errors: string[];
}

type RunEnd = Extract<RunEvent, { type: 'run_end' }>;

function perHostMedian(outcome: RunOutcome, field: keyof RunEnd['connections'][string]): number {
  const end = events(outcome).find((e): e is RunEnd => e.type === 'run_end');
  return end ? median(Object.values(end.connections).map((c) => c[field])) : NaN;
}

async function compareWorkload(w: Workload, bench: BenchHosts): Promise<WorkloadResult> {
  const playbook = writeFile(`${w.id}-${w.hosts}.yml`, PLAYBOOKS[w.playbook]);
  const inventory = writeFile(`castoff-${w.hosts}.ini`, inventoryIni(w.hosts, bench.containers, bench.keyFile));
  const result: WorkloadResult = { workload: w, ansibleMs: [], castoffMs: [], castoffRssMb: [], ansibleCpuS: [], castoffCpuS: [], loadBefore: loadavg()[0], roundTripsPerHost: NaN, bytesSentPerHost: NaN, errors: [] };
  const castoff = async () => {
    const o = await runCastoff(playbook, inventory, w.hosts);
    result.castoffMs.push(o.wallMs);
    result.castoffRssMb.push(o.peakRssMb);
    result.castoffCpuS.push(o.cpuSeconds);
    result.roundTripsPerHost = perHostMedian(o, 'roundTrips');
    result.bytesSentPerHost = perHostMedian(o, 'bytesSent');
    const failure = failureOf('castoff', o);
    if (failure) result.errors.push(failure);
  };
  const ansible = async () => {
    const o = await runAnsible(playbook, w.hosts, bench);
    result.ansibleMs.push(o.wallMs);
    result.ansibleCpuS.push(o.cpuSeconds);
    const failure = failureOf('ansible-playbook', o);
    if (failure) result.errors.push(failure);
  };
  // Alternating which tool goes first evens out drift in the machine's load.
  for (let i = 0; i < sizes.runs; i++) {
    for (const step of i % 2 ? [castoff, ansible] : [ansible, castoff]) await step();
  }
  console.log(`(${w.id}) ${w.hosts} hosts: ansible ${secondsCell(result.ansibleMs)} s, castoff ${secondsCell(result.castoffMs)} s${result.errors.length ? `, ERRORS: ${result.errors.join('; ')}` : ''}`);
  return result;
}

interface LatencyResult {
  poll: number;
  samplesMs: number[];
}

/** Staggered job lengths: 1.0-2.75 s for poll 1, 2-9 s for poll 5 (8 hosts). */
const latencyVars = (i: number) => ({ sleep_poll1: (1 + 0.25 * i).toFixed(2), sleep_poll5: String(2 + i) });

async function measureLatency(bench: BenchHosts): Promise<{ results: LatencyResult[]; errors: string[] }> {
  const playbook = writeFile('latency.yml', PLAYBOOKS.latency);
  const inventory = writeFile('latency.ini', inventoryIni(sizes.latencyHosts, bench.containers, bench.keyFile, { hostVars: latencyVars }));
  const byPoll = new Map<number, number[]>();
  const errors: string[] = [];
  for (let i = 0; i < sizes.runs; i++) {
    const o = await runCastoff(playbook, inventory, sizes.latencyHosts);
    const failure = failureOf('castoff', o);
    if (failure) errors.push(failure);
    for (const e of events(o)) {
      if (e.type !== 'host_result' || !(e.task in LATENCY_TASKS)) continue;
      const endedAtMs = Number(String(e.result.stdout).trim()) * 1000;
      const samples = byPoll.get(LATENCY_TASKS[e.task]) ?? [];
      samples.push(Date.parse(e.time) - endedAtMs);
      byPoll.set(LATENCY_TASKS[e.task], samples);
    }
  }
  return { results: [...byPoll].map(([poll, samplesMs]) => ({ poll, samplesMs })), errors };
}

interface ScaleResult {
  hosts: number;
  wallMs: number;
  peakRssMb: number;
  cpuSeconds: number;
  failedHosts: number;
  error?: string;
}

async function measureScale(hosts: number, bench: BenchHosts): Promise<ScaleResult> {
  const playbook = writeFile('scale.yml', PLAYBOOKS.scale);
  const inventory = writeFile(`castoff-${hosts}.ini`, inventoryIni(hosts, bench.containers, bench.keyFile));
  const o = await runCastoff(playbook, inventory, Math.min(hosts, SCALE_FORKS));
  const recap = events(o).find((e): e is Extract<RunEvent, { type: 'recap' }> => e.type === 'recap');
  const stats: HostStats[] = recap ? Object.values(recap.stats) : [];
  const completed = stats.filter((s) => s.failed === 0 && s.unreachable === 0).length;
  const result = { hosts, wallMs: o.wallMs, peakRssMb: o.peakRssMb, cpuSeconds: o.cpuSeconds, failedHosts: hosts - completed, error: failureOf('castoff', o) };
  console.log(`scale ${hosts}: ${(o.wallMs / 1000).toFixed(2)} s, peak RSS ${o.peakRssMb.toFixed(0)} MB, ${result.failedHosts} hosts failed`);
  return result;
}

const met = (ok: boolean) => (ok ? 'met' : '**missed**');
const mb = (v: number) => v.toFixed(0);

function costRow(what: string, c: OperationCost, target: string): string {
  return `| ${what} | ${c.roundTrips.toFixed(1)} | ${c.bytesSent.toFixed(0)} | ${c.wireTurns.toFixed(1)} | ${c.wireBytesUp.toFixed(0)} | ${c.wireBytesDown.toFixed(0)} | ${target} |`;
}

function report(
  loadAtStart: number,
  versions: { ansible: string },
  compared: WorkloadResult[],
  costs: AsyncCosts,
  latency: { results: LatencyResult[]; errors: string[] },
  scale: ScaleResult[],
  modules: ModulesResult,
): string {
  const out: string[] = [];
  out.push('# castoff vs ansible-playbook', '');
  out.push(
    `Measured by \`node dist/bench/compare.js${quick ? ' --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ` +
      `1-minute load ${loadAtStart.toFixed(2)} at the start, Node ${process.version}, ${versions.ansible}. ` +
      `${CONTAINERS} sshd containers (\`docker/Dockerfile\`) on this machine; larger host counts are several inventory names per container, ` +
      `each name its own SSH connection for both tools. ${sizes.runs} alternating run(s) per tool; cells are median (min–max) seconds of wall time, ` +
      `controller start-up included. Ansible: pipelining on, forks = hosts, ControlPersist as default but cold at the start of each run, ` +
      `host key checking off (as for castoff). Both are told \`ansible_python_interpreter\`. Controller CPU is user + system seconds of the ` +
      'tool and the children it waited for (Ansible\'s workers and their ssh clients, not its ControlPersist masters).',
    '',
  );
  out.push('## Wall time', '');
  out.push('| workload | hosts | ansible-playbook s | castoff s | castoff faster by | target | controller CPU s, ansible / castoff | castoff peak RSS MB | castoff round trips / host | castoff bytes sent / host | load before |');
  out.push('|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|');
  for (const r of compared) {
    const ratio = median(r.ansibleMs) / median(r.castoffMs);
    const target = r.workload.target ? `≥ ${r.workload.target}x: ${met(ratio >= r.workload.target)}` : r.workload.hosts >= 100 ? `RSS < 200 MB: ${met(Math.max(...r.castoffRssMb) < 200)}` : '';
    out.push(
      `| (${r.workload.id}) ${r.workload.title} | ${r.workload.hosts} | ${secondsCell(r.ansibleMs)} | ${secondsCell(r.castoffMs)} | ${ratio.toFixed(1)}x | ${target} | ` +
        `${median(r.ansibleCpuS).toFixed(1)} / ${median(r.castoffCpuS).toFixed(1)} | ${mb(Math.max(...r.castoffRssMb))} | ${r.roundTripsPerHost} | ${r.bytesSentPerHost} | ${r.loadBefore.toFixed(1)} |`,
    );
  }
  const errors = [...compared.flatMap((r) => r.errors), ...latency.errors, ...scale.flatMap((s) => (s.error ? [s.error] : []))];
  out.push('', `Errors: ${errors.length ? errors.map((e) => `\n- ${e}`).join('') : 'none.'}`, '');

  out.push('## One async launch and one poll', '');
  out.push(
    `Through the library API on one connection, via a counting TCP proxy; ${costs.samples} launches and ${costs.samples} polls averaged. ` +
      '"castoff" columns are castoff\'s own counters (`conn.stats`: an exec or an SFTP file operation counts as one round trip, bytes are ' +
      'command, stdin and file bodies); "wire" columns are what crossed the TCP connection, SSH framing included, and the request/response ' +
      'turns seen there (a reply after the client spoke).',
    '',
  );
  out.push('| operation | castoff round trips | castoff bytes sent | wire turns | wire bytes up | wire bytes down | target |');
  out.push('|---|---:|---:|---:|---:|---:|---|');
  out.push(costRow("a host's first launch (uploads the runtime)", costs.firstLaunch, ''));
  out.push(costRow('each later launch', costs.launch, `≤ 2 round trips: ${met(costs.launch.roundTrips <= 2)}`));
  out.push(costRow('one poll (status read)', costs.poll, `1 round trip, < 1 KB: ${met(costs.poll.roundTrips <= 1 && costs.poll.wireBytesUp + costs.poll.wireBytesDown < 1024)}`));
  out.push('');

  out.push('## From a job finishing to castoff reporting it', '');
  out.push(
    `${sizes.latencyHosts} hosts, job lengths staggered so that the ends fall at every phase of the poll schedule; the job prints its end time ` +
      '(`date +%s.%N` on the host) and the delay is the `host_result` event time minus that. Containers share this machine\'s clock.',
    '',
  );
  out.push('| poll | samples | median ms | max ms | target |');
  out.push('|---:|---:|---:|---:|---|');
  for (const l of latency.results) {
    const max = Math.max(...l.samplesMs);
    out.push(`| ${l.poll} s | ${l.samplesMs.length} | ${median(l.samplesMs).toFixed(0)} | ${max.toFixed(0)} | ≤ ${l.poll * 1000 + 100} ms: ${met(max <= l.poll * 1000 + 100)} |`);
  }
  out.push('');

  out.push('## Scale: one async task (sleep 1, poll 5), castoff only', '');
  out.push(
    `Simulated hosts are inventory names spread over ${CONTAINERS} containers, one SSH connection each, forks = min(hosts, ${SCALE_FORKS}), ` +
      'default ConnectTimeout (10 s). Every simulated host\'s sshd and Python run on this machine\'s cores too, so wall time is mostly theirs; ' +
      'controller CPU is what castoff itself used.',
    '',
  );
  out.push('| hosts | wall s | ms per host | controller CPU s | peak RSS MB | RSS growth per extra host | hosts failed | target |');
  out.push('|---:|---:|---:|---:|---:|---:|---:|---|');
  scale.forEach((s, i) => {
    const prev = scale[i - 1];
    const growth = prev ? `${(((s.peakRssMb - prev.peakRssMb) * 1024) / (s.hosts - prev.hosts)).toFixed(0)} KB` : '';
    const target = s.hosts >= 1000 ? `no errors: ${met(s.failedHosts === 0 && !s.error)}` : '';
    out.push(`| ${s.hosts} | ${(s.wallMs / 1000).toFixed(2)} | ${(s.wallMs / s.hosts).toFixed(1)} | ${s.cpuSeconds.toFixed(1)} | ${mb(s.peakRssMb)} | ${growth} | ${s.failedHosts} | ${target} |`);
  });
  out.push('');
  out.push(modulesSection(modules));
  return out.join('\n');
}

async function compareModules(bench: BenchHosts): Promise<ModulesResult> {
  const playbook = writeFile('modules.yml', modulesPlaybook(ed25519KeyPair().public));
  const inventory = (who: string) => writeFile(`modules-${who}.ini`, inventoryIni(MODULE_HOSTS, bench.containers, bench.keyFile, { hostVars: () => ({ who }) }));
  return measureModules({
    castoff: async (who) => {
      const outcome = await runCastoff(playbook, inventory(who), MODULE_HOSTS);
      return { outcome, events: events(outcome) };
    },
    ansible: (who) => runAnsible(playbook, MODULE_HOSTS, bench, () => ({ who })),
    failureOf,
  });
}

/** Replaces the modules section of RESULTS.md (or appends it), leaving the other sections as measured. */
function spliceModulesSection(file: string, section: string): string {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = text.indexOf(MODULES_HEADING);
  if (start < 0) return `${text.trimEnd()}\n\n${section}`;
  const next = text.indexOf('\n## ', start + MODULES_HEADING.length);
  return `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next + 1)}`;
}

async function main(): Promise<void> {
  execFileSync('sh', [join(repoRoot, 'bench/ensure-tools.sh')], { stdio: 'inherit' });
  const ansibleVersion = execFileSync('ansible-playbook', ['--version']).toString().split('\n')[0];
  const loadBefore = loadavg()[0];
  console.log(`starting ${CONTAINERS} sshd containers (1-minute load ${loadBefore.toFixed(2)}) ...`);
  const bench = await startBenchHosts(CONTAINERS, workDir, repoRoot);
  const stop = () => {
    void bench.remove().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    if (modulesOnly) {
      const section = modulesSection(await compareModules(bench));
      console.log(`\n${section}`);
      const results = join(repoRoot, 'bench/RESULTS.md');
      writeFileSync(results, spliceModulesSection(results, section));
      return;
    }
    const costs = await measureAsyncCosts(bench.containers[0].port, bench.keyFile);
    const compared: WorkloadResult[] = [];
    for (const w of WORKLOADS) compared.push(await compareWorkload(w, bench));
    const latency = await measureLatency(bench);
    const scale: ScaleResult[] = [];
    for (const hosts of sizes.scale) scale.push(await measureScale(hosts, bench));
    const modules = await compareModules(bench);
    const text = report(loadBefore, { ansible: ansibleVersion }, compared, costs, latency, scale, modules);
    console.log(`\n${text}`);
    if (!quick) writeFileSync(join(repoRoot, 'bench/RESULTS.md'), text);
  } finally {
    await bench.remove();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
