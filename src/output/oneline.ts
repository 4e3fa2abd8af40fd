/**
 * Ansible's `oneline` output (`ansible -o`): every result on one line, `host | SUCCESS => {json}`,
 * a command's output as `host | CHANGED | rc=0 | (stdout) ...` with its newlines written `\n`,
 * `host | UNREACHABLE!: msg`, `host | SKIPPED`. Nothing a host sent can break the line: control
 * characters are escaped as well.
 */
import type { RunEvent } from '../events/index.js';
import { showsCommandOutput, stateWord } from './command-output.js';
import { dumpResult } from './human.js';
import type { Output, OutputFormat } from './output.js';
import { printable, resultWarnings } from './printable.js';

type HostResult = Extract<RunEvent, { type: 'host_result' }>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** A command's stream on the one line, its line breaks written as `\n` and `\r` as Ansible does. */
const stream = (value: unknown) => text(value).replace(/\n/g, '\\n').replace(/\r/g, '\\r');

function commandLine(event: HostResult): string {
  const r = event.result;
  const stderr = stream(r.stderr);
  return `${event.host} | ${stateWord(event.status)} | rc=${String(r.rc)} | (stdout) ${stream(r.stdout)}${stderr ? ` (stderr) ${stderr}` : ''}`;
}

/** Ansible leads a failure with an exception by the exception's last line, its traceback at -vvv. */
function exceptionLine(exception: unknown, verbosity: number): string | undefined {
  if (typeof exception !== 'string') return undefined;
  if (verbosity >= 3) return `An exception occurred during task execution. The full traceback is:\n${exception.replace(/\n/g, '')}`;
  return `An exception occurred during task execution. To see the full traceback, use -vvv. The error was: ${exception.trim().split('\n').at(-1) ?? ''}`;
}

export class OnelineOutput implements Output {
  constructor(
    private readonly write: (text: string) => void,
    private readonly writeWarning: (text: string) => void,
    private readonly verbosity: number,
  ) {}

  private line(line: string): void {
    this.write(`${printable(line, { oneLine: true })}\n`);
  }

  onEvent(event: RunEvent): void {
    if (event.type === 'warning') this.writeWarning(`${printable(`[WARNING]: ${event.message}`)}\n`);
    if (event.type !== 'host_result' || event.item !== undefined) return;
    const r = event.result;
    if (event.status !== 'unreachable') for (const w of resultWarnings(r)) this.writeWarning(`${printable(w)}\n`);
    switch (event.status) {
      case 'unreachable':
        return this.line(`${event.host} | UNREACHABLE!: ${text(r.msg)}`);
      case 'skipped':
        return this.line(`${event.host} | SKIPPED`);
      case 'failed':
      case 'cancelled': {
        const exception = exceptionLine(r.exception, this.verbosity);
        if (exception) this.write(`${printable(exception)}\n`);
        return this.line(showsCommandOutput(event) ? commandLine(event) : `${event.host} | FAILED! => ${dumpResult(r)}`);
      }
      default:
        return this.line(showsCommandOutput(event) ? commandLine(event) : `${event.host} | ${stateWord(event.status)} => ${dumpResult(r)}`);
    }
  }
}

export const onelineFormat: OutputFormat = {
  names: ['oneline', 'ansible.builtin.oneline'],
  create: ({ write, writeWarning, verbosity }) => new OnelineOutput(write, writeWarning, verbosity),
};
