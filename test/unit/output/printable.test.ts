import { describe, expect, it } from 'vitest';
import type { RunEvent, RunEventInput } from '../../../src/events/index.js';
import { displayKindOf } from '../../../src/modules/index.js';
import { MinimalOutput, dumpResult, HumanOutput, LiveStatus, printable } from '../../../src/output/index.js';

const time = '2026-11-22T00:00:00.000Z';
// Clear screen, set the window title, ring the bell: what a hostile host prints.
const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007';
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function render(events: RunEventInput[], verbosity = 0): { out: string; err: string } {
  let out = '';
  let err = '';
  const human = new HumanOutput({ write: (t) => (out += t), writeWarning: (t) => (err += t), verbosity, color: false });
  for (const e of events) human.onEvent({ ...e, time } as RunEvent);
  return { out, err };
}

const result = (action: string, status: 'ok' | 'changed' | 'failed', res: Record<string, unknown>, extra: Record<string, unknown> = {}): RunEventInput =>
  ({ type: 'host_result', play: 'p', task: 't', action, display: displayKindOf({ module: action }), host: 'h1', status, ignored: false, result: res, ...extra }) as RunEventInput;

describe('printable', () => {
  it('writes C0 and C1 control characters as JSON escapes: ESC, CSI (U+009B), BEL, CR, backspace, DEL', () => {
    expect(printable(HOSTILE)).toBe('\\u001b[2J\\u001b]0;pwned\\u0007');
    expect(printable('a\u009b31mb')).toBe('a\\u009b31mb');
    expect(printable('100%\rdone\b\u007f\u0000')).toBe('100%\\u000ddone\\u0008\\u007f\\u0000');
  });

  it('keeps newlines, tabs and CRLF line ends in multi-line text; oneLine escapes them too', () => {
    expect(printable('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    expect(printable('a\tb\nc\r\nd', { oneLine: true })).toBe('a\\u0009b\\u000ac\\u000d\\u000ad');
  });

  it('leaves ordinary text, non-ASCII text and already escaped text alone: escaping twice changes nothing', () => {
    expect(printable('héllo wörld ✓ \\u001b')).toBe('héllo wörld ✓ \\u001b');
    const once = printable(`${HOSTILE}\u009b\r`);
    expect(printable(once)).toBe(once);
    expect(printable(once, { oneLine: true })).toBe(once);
  });

  it('keeps a JSON result line valid JSON meaning the exact same data', () => {
    const data = { msg: `${HOSTILE}\u009b\u0085x`, stdout: 'a\r\nb' };
    const line = printable(dumpResult(data));
    expect(line).not.toMatch(ANY_CONTROL);
    expect(JSON.parse(line)).toEqual(data);
  });
});

describe('host data in the human output is shown, not obeyed', () => {
  it('escapes a debug of a registered stdout, a failed command msg, task names, items and warnings', () => {
    const { out, err } = render([
      { type: 'task_start', play: 'p', task: `t ${HOSTILE}`, action: 'debug', handler: false, position: { file: 'f', line: 1, col: 1 } },
      result('debug', 'ok', { 'r.stdout': `x${HOSTILE}\u009b1m`, changed: false }),
      result('command', 'failed', { msg: `bad ${HOSTILE}`, stdout: HOSTILE, warnings: [`w ${HOSTILE}`] }),
      result('command', 'changed', { changed: true }, { item: `i${HOSTILE}` }),
      { type: 'warning', message: `from a host ${HOSTILE}` },
    ]);
    expect(out).not.toMatch(ANY_CONTROL);
    expect(err).not.toMatch(ANY_CONTROL);
    expect(out).toContain(`TASK [t \\u001b[2J\\u001b]0;pwned\\u0007]`);
    expect(out).toContain('"r.stdout": "x\\u001b[2J\\u001b]0;pwned\\u0007\\u009b1m"');
    expect(out).toContain('fatal: [h1]: FAILED! => {"msg": "bad \\u001b[2J\\u001b]0;pwned\\u0007"');
    expect(out).toContain('changed: [h1] => (item=i\\u001b[2J\\u001b]0;pwned\\u0007)');
    expect(err).toBe('[WARNING]: w \\u001b[2J\\u001b]0;pwned\\u0007\n[WARNING]: from a host \\u001b[2J\\u001b]0;pwned\\u0007\n');
  });

  it('escapes a --diff of a host file but keeps its lines', () => {
    const { out } = render([result('copy', 'changed', { changed: true, diff: { before: `a${HOSTILE}\n`, after: 'b\n' } })]);
    expect(out).toBe('--- before\n+++ after\n@@ -1 +1 @@\n-a\\u001b[2J\\u001b]0;pwned\\u0007\n+b\n\nchanged: [h1]\n');
  });

  it('keeps its own colours on a terminal, and only those', () => {
    let out = '';
    const human = new HumanOutput({ write: (t) => (out += t), verbosity: 0, color: true });
    human.onEvent({ ...result('command', 'failed', { msg: HOSTILE }), time } as RunEvent);
    expect(out).toBe('\u001b[0;31mfatal: [h1]: FAILED! => {"msg": "\\u001b[2J\\u001b]0;pwned\\u0007"}\u001b[0m\n');
  });

  it('ad-hoc output escapes a command\'s raw output and msg, keeping its lines', () => {
    let out = '';
    let err = '';
    const adhoc = new MinimalOutput((t) => (out += t), (t) => (err += t));
    adhoc.onEvent({ ...result('shell', 'failed', { rc: 2, stdout: `one\r\n${HOSTILE}`, stderr: 'e\u009b', msg: `non-zero ${HOSTILE}`, warnings: [HOSTILE] }), time } as RunEvent);
    expect(out).toBe('h1 | FAILED | rc=2 >>\none\r\n\\u001b[2J\\u001b]0;pwned\\u0007\ne\\u009b\nnon-zero \\u001b[2J\\u001b]0;pwned\\u0007\n');
    expect(err).toBe('[WARNING]: \\u001b[2J\\u001b]0;pwned\\u0007\n');
  });

  it('the live status line keeps a hostile task name on its one line', () => {
    let out = '';
    const live = new LiveStatus((t) => (out += t), () => 200);
    const human = new HumanOutput({ write: (t) => (out += t), verbosity: 0, color: false, live });
    human.onEvent({ type: 'play_start', play: 'p', hosts: ['h1'], position: { file: 'f', line: 1, col: 1 }, time } as RunEvent);
    human.onEvent({ type: 'task_start', play: 'p', task: `s\n${HOSTILE}`, action: 'shell', handler: false, position: { file: 'f', line: 2, col: 3 }, time } as RunEvent);
    out = '';
    human.onEvent({ type: 'async_poll', play: 'p', task: 's', host: 'h1', jid: 'j1.1', started: 1, finished: 0, elapsed: 1, limit: 10, time } as RunEvent);
    const status = out.slice(out.lastIndexOf('\r\u001b[K') + 4);
    expect(status).toBe('[s\\u000a\\u001b[2J\\u001b]0;pwned\\u0007] 0/1 done, 0 failed, 1 running, 0s of 10s; slowest: h1');
    human.onEvent({ type: 'run_end', time } as RunEvent);
  });
});
