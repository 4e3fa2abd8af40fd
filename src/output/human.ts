/**
 * The human output, as Ansible's default callback prints it: banners padded with
 * `*`, one line per host result, ASYNC and RETRYING lines, and the recap. Colours only on a TTY.
 * Every line passes `printable` on its way out: results, messages, task names and items may hold
 * host data, and only this output's own colours may reach the terminal.
 */
import type { ModuleResult } from '../core/index.js';
import type { HostStats, RunEvent } from '../events/index.js';
import { printable, resultWarnings } from './printable.js';
import { renderDiff } from './diff.js';
import type { LiveStatus } from './live-status.js';
import type { Output, OutputFormat } from './output.js';

export interface HumanOptions {
  write: (text: string) => void;
  /** A live status line while async jobs run (a terminal only). */
  live?: LiveStatus;
  /** 0 = results only for debug and failures; 1+ adds every result; 3+ indents JSON. */
  verbosity: number;
  color: boolean;
  /** Where `[WARNING]: ...` lines go; Ansible writes them to stderr. Default: `write`. */
  writeWarning?: (text: string) => void;
}

const COLORS = { ok: '32', changed: '33', failed: '31', unreachable: '31', skipped: '36', rescued: '35', ignored: '35', warn: '35' } as const;

/** Keys meant for the executor, never for the screen. */
const HIDDEN = /^_ansible|^_castoff/;

function cleanResult(result: ModuleResult): ModuleResult {
  const out: ModuleResult = {};
  for (const [k, v] of Object.entries(result)) if (!HIDDEN.test(k)) out[k] = v;
  return out;
}

/** Ansible sorts keys; `changed` and `msg` lead, so the line reads the same for the common case. */
export function dumpResult(result: ModuleResult, indent?: number): string {
  const clean = cleanResult(result);
  const lead = ['changed', 'msg'].filter((k) => k in clean);
  const rest = Object.keys(clean)
    .filter((k) => !lead.includes(k))
    .sort();
  const ordered: ModuleResult = {};
  for (const k of [...lead, ...rest]) ordered[k] = clean[k];
  const text = JSON.stringify(ordered, null, indent);
  // Python's json.dumps separators: ", " and ": " on one line.
  return indent ? text : text.replace(/("(?:[^"\\]|\\.)*")|([,:])/g, (m, str: string | undefined, sep: string | undefined) => (str ? str : `${sep} `));
}

const DEBUG_ALLOWED = new Set(['msg', 'exception', 'warnings', 'deprecations']);
const HIDDEN_IN_DEBUG = new Set(['changed', 'failed', 'skipped', 'invocation', 'skip_reason']);

/** `debug` shows only what it was asked to show, as in Ansible. */
function debugView(result: ModuleResult): ModuleResult {
  const keep = 'msg' in result ? (k: string) => DEBUG_ALLOWED.has(k) : (k: string) => !HIDDEN_IN_DEBUG.has(k);
  return Object.fromEntries(Object.entries(result).filter(([k]) => keep(k)));
}

export function banner(text: string): string {
  const msg = text.trim();
  return `${msg} ${'*'.repeat(Math.max(3, 79 - msg.length))}`;
}

export function recapLine(host: string, s: HostStats): string {
  const field = (name: string, n: number) => `${name}=${String(n).padEnd(4)}`;
  return `${host.padEnd(26)} : ${[
    field('ok', s.ok),
    field('changed', s.changed),
    field('unreachable', s.unreachable),
    field('failed', s.failed),
    field('skipped', s.skipped),
    field('rescued', s.rescued),
    field('ignored', s.ignored),
  ].join(' ')}`;
}

export class HumanOutput implements Output {
  constructor(private readonly options: HumanOptions) {}

  private paint(code: string, text: string): string {
    return this.options.color ? `\u001b[0;${code}m${text}\u001b[0m` : text;
  }

  private line(text: string, color?: string): void {
    this.options.live?.clear();
    const shown = printable(text);
    this.options.write(`${color ? this.paint(color, shown) : shown}\n`);
  }

  private hostLabel(host: string, delegatedTo?: string): string {
    return delegatedTo ? `${host} -> ${delegatedTo}` : host;
  }

  private detail(result: ModuleResult, always: boolean): string {
    // A result that asks not to be shown at any verbosity (setup's facts), as Ansible's callbacks honour it.
    if (result._ansible_verbose_override === true) return '';
    const verboseAlways = always || result._ansible_verbose_always === true;
    if (!verboseAlways && this.options.verbosity < 1) return '';
    const indent = verboseAlways || this.options.verbosity > 2 ? 4 : undefined;
    return ` => ${dumpResult(result, indent)}`;
  }

  onEvent(event: RunEvent): void {
    this.options.live?.observe(event);
    this.render(event);
    this.options.live?.redraw();
  }

  private render(event: RunEvent): void {
    switch (event.type) {
      case 'play_start':
        this.line('');
        this.line(banner(`PLAY [${event.play}]`));
        return;
      case 'play_no_hosts':
        this.line('skipping: no hosts matched', COLORS.skipped);
        return;
      case 'task_start':
        this.line('');
        this.line(banner(`${event.handler ? 'RUNNING HANDLER' : 'TASK'} [${event.task}]`));
        return;
      case 'host_result':
        return this.hostResult(event);
      case 'included':
        this.line(`included: ${event.file} for ${event.hosts.join(', ')}${event.item !== undefined ? ` => (item=${event.item})` : ''}`, COLORS.skipped);
        return;
      case 'retry':
        this.line(`FAILED - RETRYING: [${event.host}]: ${event.task} (${event.retriesLeft} retries left).`, COLORS.failed);
        return;
      case 'async_poll':
        this.line(`ASYNC POLL on ${event.host}: jid=${event.jid} started=${event.started} finished=${event.finished}`, COLORS.skipped);
        return;
      case 'async_done':
        this.line(`ASYNC ${event.ok ? 'OK' : 'FAILED'} on ${event.host}: jid=${event.jid}`, event.ok ? COLORS.ok : COLORS.failed);
        return;
      case 'connection':
        // Ansible's -vvvv connection lines.
        if (this.options.verbosity >= 4) {
          this.line(`<${event.address}> ESTABLISH SSH CONNECTION FOR USER: ${event.user}`);
          this.line(`<${event.address}> SSH: port ${event.port}${event.via.length ? `, via ${event.via.join(', ')}` : ''}, connected in ${event.ms} ms`);
        }
        return;
      case 'warning':
        this.warn(`[WARNING]: ${event.message}`);
        return;
      case 'recap':
        this.line('');
        this.line(banner('PLAY RECAP'));
        for (const [host, s] of Object.entries(event.stats)) {
          const color = s.unreachable ? COLORS.unreachable : s.failed ? COLORS.failed : s.changed ? COLORS.changed : COLORS.ok;
          this.line(recapLine(host, s), this.options.color ? color : undefined);
        }
        this.line('');
        return;
      default:
        return;
    }
  }

  private warn(text: string): void {
    this.options.live?.clear();
    const shown = printable(text);
    (this.options.writeWarning ?? this.options.write)(`${this.options.color ? this.paint(COLORS.warn, shown) : shown}\n`);
  }

  private hostResult(event: Extract<RunEvent, { type: 'host_result' }>): void {
    // As Ansible's default callback: a module's warnings come before its result line.
    if (event.status !== 'unreachable') for (const w of resultWarnings(event.result)) this.warn(w);
    const label = this.hostLabel(event.host, event.delegatedTo);
    const item = event.item !== undefined ? ` (item=${event.item})` : '';
    const isDebug = event.display === 'debug';
    const loopAggregate = Array.isArray(event.result.results) && event.item === undefined;
    switch (event.status) {
      case 'ok':
      case 'changed': {
        if (loopAggregate && this.options.verbosity < 1) return;
        const word = event.status === 'changed' ? 'changed' : 'ok';
        // As Ansible's default callback: a changed result's diff, before its line, already escaped.
        const diff = event.result.changed === true ? renderDiff(event.result, this.options.color) : undefined;
        if (diff) {
          this.options.live?.clear();
          this.options.write(diff.endsWith('\n') ? diff : `${diff}\n`);
        }
        const detail = this.detail(isDebug ? debugView(event.result) : event.result, isDebug && !loopAggregate);
        this.line(`${word}: [${label}]${item ? ` =>${item}` : ''}${detail}`, event.status === 'changed' ? COLORS.changed : COLORS.ok);
        return;
      }
      case 'skipped':
        if (loopAggregate && this.options.verbosity < 1) return;
        this.line(`skipping: [${label}]${item ? ` =>${item}` : ''}${this.detail(event.result, false)}`, COLORS.skipped);
        return;
      case 'unreachable':
        this.line(`fatal: [${label}]: UNREACHABLE! => ${dumpResult(event.result)}`, COLORS.unreachable);
        return;
      case 'cancelled':
        this.line(`cancelled: [${label}]${item}`, COLORS.failed);
        return;
      case 'failed':
        if (event.item !== undefined) this.line(`failed: [${label}]${item} => ${dumpResult(event.result)}`, COLORS.failed);
        else this.line(`fatal: [${label}]: FAILED! => ${dumpResult(event.result)}`, COLORS.failed);
        if (event.ignored) this.line('...ignoring', COLORS.skipped);
        return;
    }
  }
}

export const defaultFormat: OutputFormat = { names: ['default', 'ansible.builtin.default'], create: (context) => new HumanOutput(context) };
