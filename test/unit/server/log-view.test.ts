// The run page's log is castoff-playbook's own human output, colours as their codes, host data inert.
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src/index.js';
import { logRenderer } from '../../../src/server/http/log-view.js';

const time = '2026-12-01T00:00:00.000Z';
const result = (over: Partial<Extract<RunEvent, { type: 'host_result' }>>): RunEvent => ({
  type: 'host_result',
  play: 'p',
  task: 't',
  action: 'debug',
  display: 'debug',
  host: 'web1',
  status: 'ok',
  ignored: false,
  result: {},
  time,
  ...over,
});

describe('the log view', () => {
  it('renders each event as the terminal shows it, with the colours as ANSI codes', () => {
    const render = logRenderer();
    const banner = render({ type: 'task_start', play: 'p', task: 'install', action: 'apt', handler: false, position: { file: 'site.yml', line: 3, col: 7 }, time });
    expect(banner).toBe(`\nTASK [install] ${'*'.repeat(79 - 'TASK [install]'.length)}\n`);
    expect(render(result({ result: { msg: 'hello' } }))).toBe('\u001b[0;32mok: [web1] => {\n    "msg": "hello"\n}\u001b[0m\n');
    expect(render(result({ action: 'command', display: 'command', status: 'failed', ignored: true, result: { rc: 1, msg: 'non-zero return code' } }))).toBe(
      '\u001b[0;31mfatal: [web1]: FAILED! => {"msg": "non-zero return code", "rc": 1}\u001b[0m\n\u001b[0;36m...ignoring\u001b[0m\n',
    );
    // A result the default output does not show at verbosity 0 comes as no text at all.
    expect(render({ type: 'connection', host: 'web1', address: '10.0.0.1', user: 'root', port: 22, via: [], ms: 12, time })).toBe('');
  });

  it('lets no escape code from a host through: the only ones are its own colours', () => {
    const render = logRenderer();
    const hostile = '\u001b[0;32mfake ok\u001b[0m\u001b]0;title\u0007';
    const texts = [
      render(result({ result: { msg: hostile } })),
      render({ type: 'warning', host: 'web1', message: hostile, time }),
      render(result({ action: 'command', display: 'command', status: 'changed', item: hostile, result: { changed: true } })),
    ];
    for (const text of texts) {
      const own = text.replace(/^\u001b\[0;3\dm/gm, '').replace(/\u001b\[0m$/gm, '');
      expect(own).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(own).toContain('fake ok');
    }
  });
});
