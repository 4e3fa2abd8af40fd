import { describe, expect, it } from 'vitest';
import { parsePlaybookText, type Task } from '../../../src/playbook/index.js';
import { isUnsafe } from '../../../src/template/index.js';

async function playVars(yaml: string): Promise<Record<string, unknown>> {
  const playbook = await parsePlaybookText(`- hosts: all\n  vars:\n${yaml}\n  tasks: [{ping: }]\n`, 'site.yml');
  return playbook.plays[0].vars;
}

describe('YAML is read as YAML 1.1, as Ansible (PyYAML) reads it', () => {
  it('reads yes/no/on/off/true/false in any PyYAML case as booleans', async () => {
    const vars = await playVars('    a: yes\n    b: No\n    c: ON\n    d: off\n    e: True\n    f: FALSE');
    expect(vars).toEqual({ a: true, b: false, c: true, d: false, e: true, f: false });
  });

  it('keeps y and n as strings', async () => {
    expect(await playVars('    a: y\n    b: n\n    c: Y')).toEqual({ a: 'y', b: 'n', c: 'Y' });
  });

  it('reads a leading zero as octal, 0x as hex, 0b as binary and base 60 as PyYAML does', async () => {
    const vars = await playVars('    mode: 0644\n    hex: 0x1F\n    bin: 0b101\n    time: 1:30\n    eight: 08');
    expect(vars).toEqual({ mode: 420, hex: 31, bin: 5, time: 90, eight: '08' });
  });

  it('reads floats only with a dot, so 1e3 stays a string', async () => {
    expect(await playVars('    a: 1.5\n    b: 1e3\n    c: 1.0e+3\n    d: .inf')).toEqual({ a: 1.5, b: '1e3', c: 1000, d: Infinity });
  });

  it('keeps dates as strings and ~ as null', async () => {
    expect(await playVars('    day: 2024-01-31\n    nothing: ~')).toEqual({ day: '2024-01-31', nothing: null });
  });

  it('warns about a duplicate key with its position, and the last value wins', async () => {
    const playbook = await parsePlaybookText('- hosts: all\n  vars:\n    a: 1\n    a: 2\n  tasks: [{ping: }]\n', 'site.yml');
    expect(playbook.plays[0].vars).toEqual({ a: 2 });
    expect(playbook.warnings.map((w) => w.message)).toEqual(["site.yml:4:5: duplicate key 'a' (also at line 3); the last one wins"]);
    expect(playbook.warnings[0]).toMatchObject({ file: 'site.yml', line: 4, col: 5 });
  });

  it('merges << keys, explicit keys winning', async () => {
    const vars = await playVars('    base: &base {port: 80, host: a}\n    web:\n      <<: *base\n      port: 8080');
    expect(vars.web).toEqual({ port: 8080, host: 'a' });
  });

  it('keeps !unsafe values as unsafe text, never to be rendered', async () => {
    const playbook = await parsePlaybookText(
      '- hosts: all\n  vars:\n    raw: !unsafe "{{ not a template }}"\n  tasks:\n    - shell: !unsafe echo {{ literally }}\n',
      'site.yml',
    );
    const raw = playbook.plays[0].vars.raw;
    expect(isUnsafe(raw)).toBe(true);
    expect(String(raw)).toBe('{{ not a template }}');
    const params = (playbook.plays[0].tasks[0] as Task).args._raw_params;
    expect(isUnsafe(params)).toBe(true);
    expect(String(params)).toBe('echo {{ literally }}');
  });

  it('marks every string inside an !unsafe mapping unsafe', async () => {
    const vars = await playVars('    data: !unsafe\n      a: "{{ x }}"\n      n: 1');
    const data = vars.data as Record<string, unknown>;
    expect(isUnsafe(data.a)).toBe(true);
    expect(data.n).toBe(1);
  });

  it('shows an aliased mapping where it is used and accepts a modest number of aliases', async () => {
    const vars = await playVars('    a: &a {x: 1}\n    b: [*a, *a, *a]');
    expect(vars.b).toEqual([{ x: 1 }, { x: 1 }, { x: 1 }]);
  });

  it('lets the alias limit be lowered', async () => {
    const text = '- hosts: all\n  vars:\n    a: &a [1, 2, 3]\n    b: [*a, *a]\n  tasks: [{ping: }]\n';
    await expect(parsePlaybookText(text, 'site.yml', { maxAliasNodes: 5 })).rejects.toThrow(
      `site.yml:4:13: aliases expand to more than 5 nodes at alias '*a'; refusing a possible "billion laughs" document`,
    );
  });
});
