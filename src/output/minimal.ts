/**
 * Ansible's `minimal` output, the ad-hoc default of `ansible`: `host | CHANGED | rc=0 >>` and the
 * command's output for command-like modules, `host | SUCCESS => {json}` for the others; no
 * banners, no recap. Unlike Ansible, the command's output and every message pass `printable`: a
 * host's escape sequences are shown, not obeyed.
 */
import type { RunEvent } from '../events/index.js';
import { showsCommandOutput, stateWord } from './command-output.js';
import { dumpResult } from './human.js';
import type { Output, OutputFormat } from './output.js';
import { printable, resultWarnings } from './printable.js';

export class MinimalOutput implements Output {
  private readonly write: (text: string) => void;
  private readonly writeWarning: (text: string) => void;

  constructor(
    write: (text: string) => void,
    /** Where `[WARNING]: ...` lines go; Ansible writes them to stderr. Default: `write`. */
    writeWarning: (text: string) => void = write,
  ) {
    this.write = (text) => write(printable(text));
    this.writeWarning = (text) => writeWarning(printable(text));
  }

  onEvent(event: RunEvent): void {
    if (event.type === 'async_poll') this.write(`${event.host} | ASYNC POLL: jid=${event.jid} started=${event.started} finished=${event.finished}\n`);
    if (event.type === 'warning') this.writeWarning(`[WARNING]: ${event.message}\n`);
    if (event.type !== 'host_result' || event.item !== undefined) return;
    const r = event.result;
    if (event.status !== 'unreachable') for (const w of resultWarnings(r)) this.writeWarning(`${w}\n`);
    if (event.status === 'unreachable') return this.write(`${event.host} | UNREACHABLE! => ${dumpResult(r, 4)}\n`);
    const failed = event.status === 'failed' || event.status === 'cancelled';
    const state = stateWord(event.status);
    if (showsCommandOutput(event)) {
      const output = [r.stdout, r.stderr].filter((t) => typeof t === 'string' && t !== '').join('\n');
      this.write(`${event.host} | ${state} | rc=${r.rc} >>\n${output}${failed && r.msg ? `${output ? '\n' : ''}${String(r.msg)}` : ''}\n`);
      return;
    }
    this.write(`${event.host} | ${failed ? 'FAILED!' : state} => ${dumpResult(r, 4)}\n`);
  }
}

export const minimalFormat: OutputFormat = {
  names: ['minimal', 'ansible.builtin.minimal'],
  create: ({ write, writeWarning }) => new MinimalOutput(write, writeWarning),
};
