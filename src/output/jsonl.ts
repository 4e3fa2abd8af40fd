/**
 * `--output jsonl`: castoff's own event stream, one event per line as it happens, each as the
 * event schema (docs/events.schema.json) describes it. Ansible's JSON-lines callback is
 * `ansible.posix.jsonl` (ansible-jsonl.ts).
 */
import type { RunEvent } from '../events/index.js';
import type { Output, OutputFormat } from './output.js';

export class JsonlOutput implements Output {
  constructor(private readonly write: (text: string) => void) {}

  onEvent(event: RunEvent): void {
    this.write(`${JSON.stringify(event)}\n`);
  }
}

export const jsonlFormat: OutputFormat = { names: ['jsonl'], create: ({ write }) => new JsonlOutput(write) };
