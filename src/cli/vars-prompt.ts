/**
 * `vars_prompt` on the terminal, worded as Ansible asks: `question [default]: `, a private answer
 * not echoed, `confirm question: ` asked until both answers match. Without a terminal nothing is
 * asked (the run then takes the defaults, as Ansible does).
 */
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { VarsPrompt } from '../index.js';

export const MISMATCH_MESSAGE = '***** VALUES ENTERED DO NOT MATCH ****';

export interface PromptStreams {
  input: Readable;
  output: Writable;
  /** A terminal: private answers are not echoed. */
  terminal: boolean;
}

/** Asks one question after another on the same streams; close() when the run is over. */
export class VarsPrompter {
  private rl?: Interface;
  private muted = false;
  /** Lines read before a question wanted them (typed ahead, or piped). */
  private readonly pending: string[] = [];
  private waiting?: (line: string) => void;
  private ended = false;

  constructor(private readonly streams: PromptStreams) {}

  private async line(question: string, hidden: boolean): Promise<string> {
    this.rl ??= this.open();
    this.streams.output.write(question);
    this.muted = hidden && this.streams.terminal;
    const answer = this.pending.shift() ?? (this.ended ? '' : await new Promise<string>((resolveLine) => (this.waiting = resolveLine)));
    if (this.muted) this.streams.output.write('\n');
    this.muted = false;
    // A terminal is given back between questions: readline holds it in raw mode, where Ctrl-C
    // during the run would reach readline instead of the CLI's interrupt handling.
    if (this.streams.terminal) this.release();
    return answer;
  }

  private release(): void {
    const rl = this.rl;
    this.rl = undefined;
    rl?.close();
  }

  private deliver(line: string): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting(line);
    else this.pending.push(line);
  }

  private open(): Interface {
    const rl = createInterface({ input: this.streams.input, output: this.streams.output, terminal: this.streams.terminal, prompt: '' });
    // readline echoes what is typed through this method: silent while a private answer is typed.
    const writable = rl as unknown as { _writeToOutput: (s: string) => void };
    const echo = writable._writeToOutput.bind(rl);
    writable._writeToOutput = (s: string) => {
      if (!this.muted) echo(s);
    };
    rl.on('line', (line) => this.deliver(line));
    // Ctrl-C at a question interrupts the CLI as it would during the run.
    rl.on('SIGINT', () => {
      this.release();
      this.deliver('');
      process.kill(process.pid, 'SIGINT');
    });
    // End of input answers what is still asked with nothing, as an empty line would.
    rl.on('close', () => {
      // Closed by release(): the terminal is given back, the input has not ended.
      if (this.rl !== rl) return;
      this.ended = true;
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.('');
    });
    return rl;
  }

  readonly ask = async (prompt: VarsPrompt): Promise<string> => {
    const shownDefault = prompt.default === undefined || prompt.default === null ? '' : ` [${String(prompt.default)}]`;
    for (;;) {
      const answer = await this.line(`${prompt.prompt}${shownDefault}: `, prompt.private);
      if (!prompt.confirm) return answer;
      const again = await this.line(`confirm ${prompt.prompt}${shownDefault}: `, prompt.private);
      if (again === answer) return answer;
      this.streams.output.write(`${MISMATCH_MESSAGE}\n`);
    }
  };

  close(): void {
    this.release();
  }
}

/** The CLI's prompter: the process's terminal, or none when stdin is no terminal. */
export function terminalPrompter(): VarsPrompter | undefined {
  if (process.stdin.isTTY !== true) return undefined;
  return new VarsPrompter({ input: process.stdin, output: process.stderr, terminal: true });
}
