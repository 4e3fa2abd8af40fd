/**
 * `--diff` as Ansible's default callback prints it. fixtures/ansible-diffs.json holds, for each
 * case, what ansible-core 2.14's default callback rendered for that `diff` value, plain and with
 * colour forced (recorded by calling the callback's own diff rendering on each case).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src/events/index.js';
import { HumanOutput } from '../../../src/output/index.js';
import { renderDiff } from '../../../src/output/diff.js';

interface Case {
  name: string;
  diff: unknown;
  plain: string;
  color: string;
}

const cases = JSON.parse(readFileSync(new URL('fixtures/ansible-diffs.json', import.meta.url), 'utf8')) as Case[];

describe('renderDiff matches Ansible\'s output', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s (no colour)', (_name, c) => {
    expect(renderDiff({ changed: true, diff: c.diff })).toBe(c.plain);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s (colour)', (_name, c) => {
    expect(renderDiff({ changed: true, diff: c.diff }, true)).toBe(c.color);
  });
});

describe('renderDiff', () => {
  it('shows nothing for no diff, an empty one, or the same text', () => {
    expect(renderDiff({ changed: true })).toBeUndefined();
    expect(renderDiff({ changed: true, diff: [] })).toBeUndefined();
    expect(renderDiff({ changed: true, diff: { before: 'a\n', after: 'a\n' } })).toBeUndefined();
  });

  it('escapes control characters from the host before colouring, in lines and headers', () => {
    const shown = renderDiff({ changed: true, diff: { before: 'ok\n', after: 'x\u001b[2Jy\n', before_header: 'f\u0007', after_header: 'f' } }, true)!;
    expect(shown).toContain('\u001b[0;32m+x\\u001b[2Jy\u001b[0m');
    expect(shown).toContain('--- before: f\\u0007');
    expect(shown.replace(/\u001b\[0(;3[126])?m/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

describe('the default output shows a changed result\'s diff', () => {
  const hostResult = (status: 'ok' | 'changed', result: Record<string, unknown>) =>
    ({ type: 'host_result', play: 'p', task: 't', action: 'copy', host: 'h1', status, ignored: false, result, time: '2026-11-30T10:00:00.000Z' }) as RunEvent;

  function render(events: RunEvent[], color = false): string {
    let out = '';
    const output = new HumanOutput({ write: (t) => (out += t), verbosity: 0, color });
    for (const e of events) output.onEvent(e);
    return out;
  }

  it('before the result line, then an empty line, as Ansible does', () => {
    const diff = { before: 'a\n', after: 'b\n', before_header: '/etc/x', after_header: '/etc/x' };
    expect(render([hostResult('changed', { changed: true, diff })])).toBe('--- before: /etc/x\n+++ after: /etc/x\n@@ -1 +1 @@\n-a\n+b\n\nchanged: [h1]\n');
  });

  it('not for a result that did not change, as Ansible does', () => {
    expect(render([hostResult('ok', { changed: false, diff: { before: 'a\n', after: 'b\n' } })])).toBe('ok: [h1]\n');
  });

  it('coloured on a colour terminal, the result line in its own colour after it', () => {
    const out = render([hostResult('changed', { changed: true, diff: { before: 'a\n', after: 'b\n' } })], true);
    expect(out).toBe(`\u001b[0;31m--- before\u001b[0m\n\u001b[0;31m\u001b[0m\u001b[0;32m+++ after\u001b[0m\n\u001b[0;32m\u001b[0m\u001b[0;36m@@ -1 +1 @@\u001b[0m\n\u001b[0;36m\u001b[0m\u001b[0;31m-a\u001b[0m\n\u001b[0;31m\u001b[0m\u001b[0;32m+b\u001b[0m\n\u001b[0;32m\u001b[0m\n\u001b[0;33mchanged: [h1]\u001b[0m\n`);
  });
});
