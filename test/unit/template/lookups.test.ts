/**
 * lookup(), query() and q() against what Ansible 2.14 returns for the same call
 * (`ansible localhost -c local -m debug -a "msg={{ ... }}"` in a directory holding the same files).
 */
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyVars, renderTemplate } from '../../../src/template/index.js';

let dir: string;
let vars: Record<string, unknown>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'castoff-lookups-'));
  mkdirSync(join(dir, 'files'));
  mkdirSync(join(dir, 'templates'));
  mkdirSync(join(dir, 'tasks'));
  writeFileSync(join(dir, 'files', 'a.txt'), 'hello world\n');
  writeFileSync(join(dir, 'files', 'b.txt'), 'x1\n');
  writeFileSync(join(dir, 'files', '.hidden.txt'), 'h\n');
  writeFileSync(join(dir, 'beside.txt'), 'beside the playbook\n');
  writeFileSync(join(dir, 'tasks', 'beside.txt'), 'beside the tasks file\n');
  writeFileSync(join(dir, 'files', 'data.tsv'), 'k1\tv1\tw1\nk2\tv2\tw2\n');
  writeFileSync(join(dir, 'files', 'data.csv'), 'name,"value, quoted"\nk,"a ""b"""\n');
  writeFileSync(join(dir, 'files', 'c.ini'), '[s]\nKey = val\nother: 2\n[t]\nkey=t-val\n');
  writeFileSync(join(dir, 'files', 'app.properties'), 'user.name = admin\n');
  writeFileSync(join(dir, 'templates', 't.j2'), 'name={{ name }} extra={{ extra | default("none") }}\n');
  vars = lazyVars({ playbook_dir: dir, name: 'web', greeting: 'hi {{ name }}', users: { alice: { uid: 1 } } });
});

const render = (text: string, extra: Record<string, unknown> = {}): unknown =>
  renderTemplate(text, Object.keys(extra).length === 0 ? vars : lazyVars({ playbook_dir: dir, name: 'web', ...extra }));
const failure = (text: string): string => {
  try {
    render(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${text} to fail`);
};

describe('lookup, query and q', () => {
  it('lookup joins strings with commas; query and q give the list', () => {
    expect(render("{{ lookup('file', 'a.txt') }}")).toBe('hello world');
    expect(render("{{ lookup('file', 'a.txt', 'b.txt') }}")).toBe('hello world,x1');
    expect(render("{{ query('file', 'a.txt', 'b.txt') }}")).toEqual(['hello world', 'x1']);
    expect(render("{{ q('file', 'a.txt') }}")).toEqual(['hello world']);
    expect(render("{{ lookup('file', 'a.txt', wantlist=True) }}")).toEqual(['hello world']);
    expect(render("{{ lookup('ansible.builtin.file', 'a.txt') | upper }}")).toBe('HELLO WORLD');
  });

  it('lookup gives a lone non-string value as it is and several as a list', () => {
    expect(render("{{ lookup('items', [1, 2, [3]]) }}")).toEqual([1, 2, [3]]);
    expect(render("{{ lookup('items', []) }}")).toEqual([]);
    expect(render("{{ lookup('items', 'ab') }}")).toBe('ab');
    expect(render("{{ lookup('list', [1, 2]) }}")).toEqual([1, 2]);
  });

  it('an unknown lookup is named as Ansible names it', () => {
    expect(failure("{{ lookup('nosuch', 'x') }}")).toBe('lookup plugin (nosuch) not found');
  });

  it("a lookup's failure is wrapped as Ansible wraps it; errors=ignore and warn give None, or [] for query", () => {
    expect(failure("{{ lookup('file', 'nope.txt') }}")).toBe(
      "An unhandled exception occurred while running the lookup plugin 'file'. Error was a <class 'ansible.errors.AnsibleError'>, original message: could not locate file in lookup: nope.txt. could not locate file in lookup: nope.txt",
    );
    expect(render("{{ lookup('file', 'nope.txt', errors='ignore') }}")).toBeNull();
    expect(render("{{ lookup('file', 'nope.txt', errors='warn') }}")).toBeNull();
    expect(render("{{ query('file', 'nope.txt', errors='ignore') }}")).toEqual([]);
    expect(failure("{{ lookup('file', 'a.txt', errors='loud') }}")).toContain('Invalid value "loud" for "errors"');
  });
});

describe('file lookups', () => {
  it("file searches files/, then the task file's directory, then the playbook's", () => {
    expect(render("{{ lookup('file', 'beside.txt') }}")).toBe('beside the playbook');
    expect(render("{{ lookup('file', 'beside.txt') }}", { ansible_search_path: [join(dir, 'tasks'), dir] })).toBe('beside the tasks file');
    expect(render("{{ lookup('file', 'files/a.txt') }}")).toBe('hello world');
    expect(render(`{{ lookup('file', '${join(dir, 'files', 'b.txt')}') }}`)).toBe('x1');
    expect(render("{{ lookup('file', 'a.txt', rstrip=False) }}")).toBe('hello world\n');
  });

  it('fileglob lists matching files (no hidden ones) with absolute paths', () => {
    expect(render("{{ query('fileglob', '*.txt') }}")).toEqual([join(dir, 'files', 'a.txt'), join(dir, 'files', 'b.txt')]);
    expect(render("{{ lookup('fileglob', 'files/[a]*.txt') }}")).toBe(join(dir, 'files', 'a.txt'));
    expect(render("{{ query('fileglob', '*.nothing') }}")).toEqual([]);
  });

  it('first_found gives the first existing file, fails as Ansible does, or skips', () => {
    expect(render("{{ lookup('first_found', 'nope1', 'a.txt') }}")).toBe(join(dir, 'files', 'a.txt'));
    expect(render("{{ lookup('first_found', files=['nope', 'b.txt']) }}")).toBe(join(dir, 'files', 'b.txt'));
    expect(render(`{{ lookup('first_found', {'files': ['x', 'beside.txt'], 'paths': ['${dir}']}) }}`)).toBe(join(dir, 'beside.txt'));
    expect(failure("{{ lookup('first_found', 'nope1') }}")).toBe('No file was found when using first_found.');
    expect(render("{{ lookup('first_found', 'nope1', skip=True) }}")).toEqual([]);
  });

  it('template renders a templates/ file with the variables and template_vars', () => {
    expect(render("{{ lookup('template', 't.j2') }}")).toBe('name=web extra=none\n');
    expect(render("{{ lookup('template', 't.j2', template_vars={'extra': 'x'}) }}")).toBe('name=web extra=x\n');
  });

  it('csvfile finds a row by its first column', () => {
    expect(render("{{ lookup('csvfile', 'k2 file=data.tsv col=2') }}")).toBe('w2');
    expect(render("{{ lookup('csvfile', 'k9 file=data.tsv default=zz') }}")).toBe('zz');
    expect(render("{{ lookup('csvfile', 'k file=data.csv delimiter=,') }}")).toBe('a "b"');
  });

  it('ini reads a key of a section, properties files and regex keys', () => {
    expect(render("{{ lookup('ini', 'key section=s file=c.ini') }}")).toBe('val');
    expect(render("{{ lookup('ini', 'other section=s file=c.ini') }}")).toBe('2');
    expect(render("{{ lookup('ini', 'nokey section=s file=c.ini') }}")).toBe('');
    expect(render("{{ lookup('ini', 'key', section='t', file='c.ini') }}")).toBe('t-val');
    expect(render("{{ lookup('ini', 'user.name type=properties file=app.properties') }}")).toBe('admin');
    expect(render("{{ query('ini', '.*e.* section=s file=c.ini re=True') }}")).toEqual(['val', '2']);
    expect(failure("{{ lookup('ini', 'nokey section=zz file=c.ini') }}")).toBe("No section 'zz' in c.ini");
  });
});

describe('controller commands, environment and variables', () => {
  it('pipe gives stdout without the trailing newline and fails on a non-zero exit', () => {
    expect(render("{{ lookup('pipe', 'echo hi; echo there') }}")).toBe('hi\nthere');
    expect(render("{{ lookup('pipe', 'ls beside.txt') }}")).toBe('beside.txt');
    expect(failure("{{ lookup('pipe', 'exit 3') }}")).toBe(
      "An unhandled exception occurred while running the lookup plugin 'pipe'. Error was a <class 'ansible.errors.AnsibleError'>, original message: lookup_plugin.pipe(exit 3) returned 3. lookup_plugin.pipe(exit 3) returned 3",
    );
  });

  it('lines gives one item per line', () => {
    expect(render(`{{ lookup('lines', 'printf "a\\\\nb\\\\n"') }}`)).toBe('a,b');
    expect(render(`{{ query('lines', 'printf "a\\\\nb"') }}`)).toEqual(['a', 'b']);
  });

  it('env reads the controller environment, with a default', () => {
    process.env.CASTOFF_LOOKUP_TEST = 'from env';
    expect(render("{{ lookup('env', 'CASTOFF_LOOKUP_TEST') }}")).toBe('from env');
    expect(render("{{ lookup('env', 'CASTOFF_NOPE_X') }}")).toBe('');
    expect(render("{{ lookup('env', 'CASTOFF_NOPE_X', default='d') }}")).toBe('d');
  });

  it('vars reads a variable by a name built at run time, rendered, with a default', () => {
    expect(render("{{ lookup('vars', 'gree' ~ 'ting') }}")).toBe('hi web');
    expect(render("{{ lookup('vars', 'nope_var', default=5) }}")).toBe(5);
    expect(failure("{{ lookup('vars', 'nope_var') }}")).toBe('No variable found with this name: nope_var');
    expect(failure("{{ lookup('vars', 'nope_var', errors='ignore') }}")).toBe('No variable found with this name: nope_var');
  });
});

describe('list lookups', () => {
  it('dict, indexed_items, nested, together', () => {
    expect(render("{{ query('dict', {'a': 1}) }}")).toEqual([{ key: 'a', value: 1 }]);
    expect(render("{{ query('indexed_items', ['a', 'b']) }}")).toEqual([[0, 'a'], [1, 'b']]);
    expect(render("{{ query('nested', [1, 2], ['a', 'b']) }}")).toEqual([[1, 'a'], [1, 'b'], [2, 'a'], [2, 'b']]);
    expect(render("{{ query('nested', [1], ['a'], ['x', 'y']) }}")).toEqual([[1, 'a', 'x'], [1, 'a', 'y']]);
    expect(render("{{ query('together', [1, 2], ['a']) }}")).toEqual([[1, 'a'], [2, null]]);
  });

  it('subelements pairs each element with each item of its sub-list, which it leaves out', () => {
    expect(render("{{ query('subelements', [{'n': 1, 'l': [5, 6]}], 'l') }}")).toEqual([[{ n: 1 }, 5], [{ n: 1 }, 6]]);
    expect(render("{{ query('subelements', [{'n': 1, 'd': {'l': [7]}}], 'd.l') }}")).toEqual([[{ n: 1, d: {} }, 7]]);
    expect(render("{{ query('subelements', [{'n': 1}], 'l', {'skip_missing': True}) }}")).toEqual([]);
  });

  it('fails with Ansible messages', () => {
    const wrapped = (plugin: string, message: string) =>
      `An unhandled exception occurred while running the lookup plugin '${plugin}'. Error was a <class 'ansible.errors.AnsibleError'>, original message: ${message}. ${message}`;
    expect(failure("{{ query('dict', [1]) }}")).toBe(wrapped('dict', 'with_dict expects a dict'));
    expect(failure("{{ lookup('nested') }}")).toBe(wrapped('nested', 'with_nested requires at least one element in the nested list'));
    expect(failure("{{ lookup('together') }}")).toBe(wrapped('together', 'with_together requires at least one element in each list'));
    expect(failure("{{ query('subelements', [{'n': 1}], 'l') }}")).toBe(wrapped('subelements', "could not find 'l' key in iterated item '{'n': 1}'"));
    expect(failure("{{ query('subelements', [{'n': 1, 'l': 5}], 'l') }}")).toBe(wrapped('subelements', "the key l should point to a list, got '5'"));
  });
});

describe('sequence', () => {
  it('key=value and shortcut forms, formats, counts', () => {
    expect(render("{{ lookup('sequence', 'start=1 end=3 format=x%02d') }}")).toBe('x01,x02,x03');
    expect(render("{{ lookup('sequence', '4-6/2') }}")).toBe('4,6');
    expect(render("{{ query('sequence', 'count=3') }}")).toEqual(['1', '2', '3']);
    expect(render("{{ query('sequence', 'count=0') }}")).toEqual([]);
    expect(render("{{ query('sequence', 'start=10 end=0 stride=-5') }}")).toEqual(['10', '5', '0']);
    expect(render("{{ query('sequence', 'start=0x0a end=0x0c format=%x') }}")).toEqual(['a', 'b', 'c']);
    // Ansible 2.14 takes keyword options and ignores them: only the terms count.
    expect(render("{{ query('sequence', start=1, end=2) }}")).toEqual([]);
    expect(render("{{ query('sequence', 'end=3', start=2) }}")).toEqual(['1', '2', '3']);
  });

  it('fails with Ansible messages', () => {
    expect(failure("{{ lookup('sequence', 'end=1 count=2') }}")).toContain("original message: can't specify both count and end in with_sequence");
    expect(failure("{{ lookup('sequence', 'start=5 end=1') }}")).toContain('original message: to count backwards make stride negative');
  });
});

describe('password', () => {
  it('makes a password, writes it with a newline and mode 0600, and reads it back', () => {
    const file = join(dir, 'credentials', 'db');
    const made = render(`{{ lookup('password', '${file} length=12 chars=digits') }}`);
    expect(made).toMatch(/^\d{12}$/);
    expect(readFileSync(file, 'utf8')).toBe(`${String(made)}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'credentials')).mode & 0o777).toBe(0o700);
    expect(render(`{{ lookup('password', '${file} length=30') }}`)).toBe(made);
  });

  it('a relative path is under the playbook directory; the default is 20 letters, digits and .,:-_', () => {
    const made = String(render("{{ lookup('password', 'pw/app') }}"));
    expect(made).toMatch(/^[A-Za-z0-9.,:_-]{20}$/);
    expect(existsSync(join(dir, 'pw', 'app'))).toBe(true);
    expect(String(render("{{ lookup('password', '/dev/null length=8 chars=ascii_lowercase') }}"))).toMatch(/^[a-z]{8}$/);
  });

  it('refuses what castoff does not do yet instead of writing a different file', () => {
    expect(failure("{{ lookup('password', 'pw/enc encrypt=sha512_crypt') }}")).toContain("does not support 'encrypt'");
  });
});
