/** `--output jsonl`: one event per line as it happens, with stable field names (see README). */
import type { RunEvent } from '../events/index.js';

export class JsonlOutput {
  constructor(private readonly write: (text: string) => void) {}

  handle(event: RunEvent): void {
    this.write(`${JSON.stringify(event)}\n`);
  }
}
