/**
 * The output contract: every format (Ansible's "stdout callback") is a consumer of the run's
 * events, created from what the command knows about its terminal. A format that shows one
 * document for the run (json) buffers the events and writes it at `run_end`, which every run
 * emits last, so no format needs a separate end call.
 */
import type { RunEvent } from '../events/index.js';
import type { LiveStatus } from './live-status.js';

export interface Output {
  onEvent(event: RunEvent): void;
}

/** What a format may use; the command fills it from its terminal and options. */
export interface OutputContext {
  write: (text: string) => void;
  /** Where `[WARNING]: ...` lines go; Ansible writes them to stderr. */
  writeWarning: (text: string) => void;
  /** 0 = results only for debug and failures; 1+ adds every result; 3+ indents JSON. */
  verbosity: number;
  color: boolean;
  /** A live status line while async jobs run (a terminal only). */
  live?: LiveStatus;
}

export interface OutputFormat {
  /** The names that select it: castoff's own and Ansible's (`json`, `ansible.posix.json`). */
  names: readonly string[];
  create(context: OutputContext): Output;
}
