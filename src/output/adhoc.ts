/**
 * The ad-hoc output of `ansible`: `host | CHANGED | rc=0 >>` and the command's output for
 * command-like modules, `host | SUCCESS => {json}` for the others. Unlike Ansible, the command's
 * output and every message pass `printable`: a host's escape sequences are shown, not obeyed.
 */
import type { RunEvent } from '../events/index.js';
import { dumpResult } from './human.js';
import { printable, resultWarnings } from './printable.js';

const COMMAND_LIKE = new Set(['command', 'shell', 'raw', 'script']);

export class AdHocOutput {
  private readonly write: (text: string) => void;
  private readonly writeWarning: (text: string) => void;

  constructor(
    write: (text: string) => void,
    private readonly module: string,
    /** Where `[WARNING]: ...` lines go; Ansible writes them to stderr. Default: `write`. */
    writeWarning: (text: string) => void = write,
  ) {
    this.write = (text) => write(printable(text));
    this.writeWarning = (text) => writeWarning(printable(text));
  }

  handle(event: RunEvent): void {
    if (event.type === 'async_poll') this.write(`${event.host} | ASYNC POLL: jid=${event.jid} started=${event.started} finished=${event.finished}\n`);
    if (event.type === 'warning') this.writeWarning(`[WARNING]: ${event.message}\n`);
    if (event.type !== 'host_result' || event.item !== undefined) return;
    const r = event.result;
    if (event.status !== 'unreachable') for (const w of resultWarnings(r)) this.writeWarning(`${w}\n`);
    if (event.status === 'unreachable') return this.write(`${event.host} | UNREACHABLE! => ${dumpResult(r, 4)}\n`);
    const failed = event.status === 'failed';
    const state = failed ? 'FAILED' : event.status === 'changed' ? 'CHANGED' : event.status === 'skipped' ? 'SKIPPED' : 'SUCCESS';
    if (COMMAND_LIKE.has(this.module) && typeof r.rc === 'number' && r.ansible_job_id === undefined) {
      const output = [r.stdout, r.stderr].filter((t) => typeof t === 'string' && t !== '').join('\n');
      this.write(`${event.host} | ${state} | rc=${r.rc} >>\n${output}${failed && r.msg ? `${output ? '\n' : ''}${String(r.msg)}` : ''}\n`);
      return;
    }
    this.write(`${event.host} | ${failed ? 'FAILED!' : state} => ${dumpResult(r, 4)}\n`);
  }
}
