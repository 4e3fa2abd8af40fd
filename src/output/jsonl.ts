/** `--output jsonl`: one event per line as it happens, with stable field names (see README). */
import type { RunEvent } from '../events/index.js';
import type { Output, OutputFormat } from './output.js';

export class JsonlOutput implements Output {
  constructor(private readonly write: (text: string) => void) {}

  onEvent(event: RunEvent): void {
    this.write(`${JSON.stringify(event)}\n`);
  }
}

export const jsonlFormat: OutputFormat = { names: ['jsonl', 'ansible.posix.jsonl'], create: ({ write }) => new JsonlOutput(write) };
