/**
 * The login shell of every remote exec first prints its pid (= the process group sshd gave it) so
 * that an abort can kill the group. The line is taken out of the stream it arrives on (stderr, or
 * the terminal's single stream under a pty) and never counts as the command's output.
 */
export const PID_MARKER = '__castoff_pid__=';
// A terminal turns the newline into \r\n.
const PID_LINE = new RegExp(`${PID_MARKER}(\\d+)\\r?\\n`);
// The pid line must come within this many bytes of the stream's start.
const PID_PROBE_BYTES = 4096;

export class PidProbe {
  private held: Buffer | undefined = Buffer.alloc(0);
  pid: number | undefined;

  /** The bytes of `chunk` that are not the pid line (held back until the line is found or given up on). */
  push(chunk: Buffer): Buffer {
    if (this.held === undefined) return chunk;
    const held = Buffer.concat([this.held, chunk]);
    // latin1 maps bytes to characters one to one, so string indexes are byte offsets.
    const m = PID_LINE.exec(held.subarray(0, PID_PROBE_BYTES).toString('latin1'));
    if (m) {
      this.pid = Number(m[1]);
      this.held = undefined;
      return Buffer.concat([held.subarray(0, m.index), held.subarray(m.index + m[0].length)]);
    }
    if (held.length >= PID_PROBE_BYTES) {
      this.held = undefined;
      return held;
    }
    this.held = held;
    return Buffer.alloc(0);
  }

  /** What is still held back when the stream ends. */
  flush(): Buffer {
    const rest = this.held ?? Buffer.alloc(0);
    this.held = undefined;
    return rest;
  }
}
