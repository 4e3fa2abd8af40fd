/**
 * The pure parts of the controller-side modules: template options, include_vars' choice of files,
 * assemble's joining of fragments, fetch's destination, validate_argument_spec's checks and
 * set_stats' aggregation, plus the controller-only modules run through their contexts.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleFragments, parseFragmentListing, unescapeDelimiter } from '../../../src/modules/assemble-fragments.js';
import { checkArguments } from '../../../src/modules/argument-checks.js';
import { fetchDestination } from '../../../src/modules/fetch.js';
import { pythonDateTime, templateOptions, withNewlines } from '../../../src/modules/template-options.js';
import { chooseVarsFiles } from '../../../src/modules/vars-dir.js';
import { hostModuleForTask } from '../../../src/modules/index.js';
import { CustomStatsKeeper, aggregateStat } from '../../../src/executor/custom-stats.js';
import { renderTemplateText, taint } from '../../../src/template/index.js';
import { controllerContext } from './context.js';
import { parsePlaybookText, type Task } from '../../../src/playbook/index.js';

const fragment = (name: string, content: string) => ({ name, content: Buffer.from(content) });

describe('template options', () => {
  it("defaults to Ansible's: trim_blocks on, lstrip_blocks off, \\n, utf-8", () => {
    expect(templateOptions({})).toEqual({ whitespace: { trimBlocks: true, lstripBlocks: false }, newline: '\n', encoding: 'utf8' });
  });

  it('reads newline_sequence written with backslashes or as the characters, and Python codec names', () => {
    expect(templateOptions({ newline_sequence: '\\r\\n', trim_blocks: 'no', lstrip_blocks: 'yes', output_encoding: 'ISO-8859-1' })).toEqual({
      whitespace: { trimBlocks: false, lstripBlocks: true },
      newline: '\r\n',
      encoding: 'latin1',
    });
    expect(templateOptions({ newline_sequence: '\r' })).toMatchObject({ newline: '\r' });
  });

  it('refuses what the engine cannot do, naming it, and accepts the default delimiters spelled out', () => {
    expect(templateOptions({ block_start_string: '<%' })).toEqual({ error: expect.stringContaining("changing block_start_string (to '<%')") });
    expect(templateOptions({ variable_start_string: '{{', comment_end_string: '#}' })).not.toHaveProperty('error');
    expect(templateOptions({ newline_sequence: 'x' })).toEqual({ error: 'newline_sequence needs to be one of: \n, \r or \r\n' });
    expect(templateOptions({ output_encoding: 'cp1252' })).toEqual({ error: expect.stringContaining("output_encoding 'cp1252'") });
  });

  it("writes the template's line breaks with the sequence", () => {
    expect(withNewlines('a\nb\r\nc', '\r\n')).toBe('a\r\nb\r\nc');
    expect(withNewlines('a\r\nb', '\n')).toBe('a\nb');
  });

  it("prints a time as Python's str() of a datetime", () => {
    const micros = BigInt(new Date(2024, 4, 1, 12, 30, 5).getTime()) * 1000n;
    expect(pythonDateTime(micros + 123456n)).toBe('2024-05-01 12:30:05.123456');
    expect(pythonDateTime(micros)).toBe('2024-05-01 12:30:05');
  });

  it('renders a whole file to text with the whitespace options, and host data stays data', () => {
    const source = 'a\n  {% if x %}\nb\n  {% endif %}\n';
    expect(renderTemplateText(source, { x: true })).toBe('a\n  b\n  ');
    expect(renderTemplateText(source, { x: true }, { trimBlocks: false, lstripBlocks: true })).toBe('a\n\nb\n\n');
    expect(String(renderTemplateText('{{ v }}', { v: { a: 1 } }))).toBe("{'a': 1}");
    expect(String(renderTemplateText('x={{ v }}\n', taint({ v: '{{ 6 * 7 }}' })))).toBe('x={{ 6 * 7 }}\n');
  });
});

describe("include_vars' files of a folder", () => {
  const rules = { depth: 0, ignoreFiles: [], extensions: ['yaml', 'yml', 'json'], ignoreUnknownExtensions: false };
  const listings = [
    { dir: '/v/sub', files: ['b.yml'] },
    { dir: '/v', files: ['z.yml', 'a.json', '.h.yml'] },
    { dir: '/v/sub/deep', files: ['d.yaml'] },
  ];

  it("reads a folder's own files sorted, then its subfolders, at any depth", () => {
    expect(chooseVarsFiles('/v', listings, rules)).toEqual({ files: ['/v/.h.yml', '/v/a.json', '/v/z.yml', '/v/sub/b.yml', '/v/sub/deep/d.yaml'] });
  });

  it('keeps to depth, files_matching and ignore_files', () => {
    expect(chooseVarsFiles('/v', listings, { ...rules, depth: 2, filesMatching: /^[bz]/ })).toEqual({ files: ['/v/z.yml', '/v/sub/b.yml'] });
    expect(chooseVarsFiles('/v', listings, { ...rules, depth: 1, ignoreFiles: ['json', '\\.h\\.yml'] })).toEqual({ files: ['/v/z.yml'] });
  });

  it('stops at a file of another extension unless told to skip such files', () => {
    const withText = [{ dir: '/v', files: ['a.yml', 'notes.txt', 'z.yml'] }];
    expect(chooseVarsFiles('/v', withText, rules)).toEqual({ files: ['/v/a.yml'], error: '/v/notes.txt does not have a valid extension: yaml, yml, json' });
    expect(chooseVarsFiles('/v', withText, { ...rules, ignoreUnknownExtensions: true })).toEqual({ files: ['/v/a.yml', '/v/z.yml'] });
  });
});

describe('include_vars and set_stats on the controller', () => {
  it('include_vars reads a file beside the playbook or in its vars/ folder, and fails in `message`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-iv-'));
    mkdirSync(join(dir, 'vars'));
    writeFileSync(join(dir, 'vars', 'a.yml'), 'x: 1\nnested: {k: v}\n');
    writeFileSync(join(dir, 'list.yml'), '- 1\n');
    const module = hostModuleForTask({ module: 'include_vars' })!;
    const ok = await module.run(controllerContext('include_vars', { _raw_params: 'a.yml', name: 'conf' }, { baseDir: dir }));
    expect(ok).toEqual({ changed: false, ansible_facts: { conf: { x: 1, nested: { k: 'v' } } }, ansible_included_var_files: [join(dir, 'vars', 'a.yml')] });
    const notMapping = await module.run(controllerContext('include_vars', { file: 'list.yml' }, { baseDir: dir }));
    expect(notMapping).toMatchObject({ failed: true, message: `${join(dir, 'list.yml')} must be stored as a dictionary/hash`, ansible_facts: {} });
    const mixed = await module.run(controllerContext('include_vars', { file: 'a.yml', dir: 'vars' }, { baseDir: dir }));
    expect(mixed).toMatchObject({ failed: true, message: 'You are mixing file only and dir only arguments, these are incompatible' });
  });

  it('set_stats hands the data on with its defaults and refuses names that are not variables', async () => {
    const module = hostModuleForTask({ module: 'set_stats' })!;
    expect(await module.run(controllerContext('set_stats', { data: { a: 1 } }))).toEqual({ changed: false, ansible_stats: { data: { a: 1 }, per_host: false, aggregate: true } });
    expect(await module.run(controllerContext('set_stats', { data: { 'a-b': 1 } }))).toMatchObject({ failed: true, msg: expect.stringContaining("The variable name 'a-b' is not valid") });
  });
});

describe("assemble's fragments", () => {
  it('sorts by name, puts the delimiter on its own line and ends every fragment before the next', () => {
    const fragments = [fragment('b', 'two'), fragment('a', 'one\n'), fragment('c', 'three')];
    expect(assembleFragments(fragments, { ignoreHidden: false }).toString()).toBe('one\ntwo\nthree');
    expect(assembleFragments(fragments, { ignoreHidden: false, delimiter: '--' }).toString()).toBe('one\n--\ntwo\n--\nthree');
    expect(assembleFragments(fragments, { ignoreHidden: false, delimiter: '--\\n' }).toString()).toBe('one\n--\ntwo\n--\nthree');
  });

  it('filters with regexp and ignore_hidden, and sorts by code point', () => {
    const fragments = [fragment('B', 'B\n'), fragment('a', 'a\n'), fragment('.h', 'h\n'), fragment('x1', 'x\n')];
    expect(assembleFragments(fragments, { ignoreHidden: false }).toString()).toBe('h\nB\na\nx\n');
    expect(assembleFragments(fragments, { ignoreHidden: true, regexp: /^[a-z]/ }).toString()).toBe('a\nx\n');
  });

  it("reads Python's escapes in the delimiter", () => {
    expect(unescapeDelimiter('#\\t\\x41\\\\n')).toBe('#\tA\\n');
  });

  it("parses the host's listing and refuses a broken one", () => {
    const listing = Buffer.concat([Buffer.from('a b/3/'), Buffer.from('x/y'), Buffer.from('.h/0/')]);
    expect(parseFragmentListing(listing)).toEqual([fragment('a b', 'x/y'), fragment('.h', '')]);
    expect(parseFragmentListing(Buffer.from('a/9/short'))).toBeUndefined();
  });
});

describe("fetch's destination", () => {
  it('is dest/<host>/<src path>, or dest itself (or dest/<basename> for a folder) with flat', () => {
    expect(fetchDestination('/pb', 'web1', '/var/log/x.log', 'out', false)).toBe('/pb/out/web1/var/log/x.log');
    expect(fetchDestination('/pb', 'web1', 'rel/x', '/abs', false)).toBe('/abs/web1/rel/x');
    expect(fetchDestination('/pb', 'web1', '/var/log/x.log', 'out/', true)).toBe('/pb/out/x.log');
    expect(fetchDestination('/pb', 'web1', '/var/log/x.log', 'out/y.log', true)).toBe('/pb/out/y.log');
  });

  it("never leads out of the host's folder", () => {
    expect(fetchDestination('/pb', 'web1', '../../etc/passwd', 'out', false)).toBe('/pb/out/web1/etc/passwd');
    expect(fetchDestination('/pb', 'web1', '/', 'out', false)).toEqual({ error: expect.stringContaining('leads outside') });
  });
});

describe('argument spec checks', () => {
  it('converts values as Ansible does and applies defaults', () => {
    const spec = { n: { type: 'int' }, b: { type: 'bool' }, l: { type: 'list', elements: 'int' }, s: { type: 'str' }, d: { type: 'dict' }, x: { default: 'dflt' } };
    expect(checkArguments(spec, { n: '42', b: 'yes', l: '1,2', s: 5, d: 'a=1 b=2' })).toEqual({
      errors: [],
      values: { n: 42, b: true, l: [1, 2], s: '5', d: { a: '1', b: '2' }, x: 'dflt' },
    });
  });

  it("gives Ansible's messages for missing, mistyped, out-of-choice and unknown options, in its order", () => {
    const spec = { a: { required: true }, z: { required: true }, n: { type: 'int' }, c: { choices: ['x', 'y'] }, l: { type: 'list', choices: ['x', 'y'] } };
    expect(checkArguments(spec, { n: 1.5, c: 'q', l: ['x', 'w'], other: 1 }).errors).toEqual([
      'missing required arguments: a, z',
      "argument 'n' is of type <class 'float'> and we were unable to convert to int: <class 'float'> cannot be converted to an int",
      'value of c must be one of: x, y, got: q',
      'value of l must be one or more of: x, y. Got no match for: w',
      'other. Supported parameters include: a, c, l, n, z.',
    ]);
  });

  it('checks nested options and names where they are', () => {
    const spec = { o: { type: 'dict', options: { k: { type: 'int', required: true } } } };
    expect(checkArguments(spec, { o: { j: 1 } }).errors).toEqual(['missing required arguments: k found in o', 'o.j. Supported parameters include: k.']);
  });

  it('validate_argument_spec takes the spec options from the task variables, provided arguments first', async () => {
    const module = hostModuleForTask({ module: 'validate_argument_spec' })!;
    const spec = { port: { type: 'int', required: true } };
    const ok = await module.run(controllerContext('validate_argument_spec', { argument_spec: spec }, { vars: { port: '80' } }));
    expect(ok).toEqual({ changed: false, msg: 'The arg spec validation passed', validate_args_context: {} });
    const bad = await module.run(controllerContext('validate_argument_spec', { argument_spec: spec, provided_arguments: { port: 'x' } }, { vars: { port: '80' } }));
    expect(bad).toMatchObject({ failed: true, msg: expect.stringMatching(/^Validation of arguments failed:\nargument 'port'/), argument_spec_data: spec });
    expect(await module.run(controllerContext('validate_argument_spec', { argument_spec: [] }))).toMatchObject({
      failed: true,
      msg: "Incorrect type for argument_spec, expected dict and got <class 'list'>",
    });
  });
});

describe('custom stats', () => {
  it('aggregates same-typed values, keeps the old one for another type, and replaces without aggregate', () => {
    expect(aggregateStat(1, 2)).toBe(3);
    expect(aggregateStat([1], [2])).toEqual([1, 2]);
    expect(aggregateStat({ a: { b: 1 } }, { a: { c: 2 } })).toEqual({ a: { b: 1, c: 2 } });
    expect(aggregateStat(1, 'x')).toBeUndefined();
    const keeper = new CustomStatsKeeper();
    keeper.add('h1', { ansible_stats: { data: { n: 1, s: 'a' }, per_host: false, aggregate: true } });
    keeper.add('h2', { ansible_stats: { data: { n: 2, s: 5 }, per_host: false, aggregate: true } });
    keeper.add('h1', { ansible_stats: { data: { mine: [1] }, per_host: true, aggregate: true } });
    keeper.add('h1', { results: [{ ansible_stats: { data: { mine: [2] }, per_host: true, aggregate: true } }] });
    keeper.add('h1', { ansible_stats: { data: { n: 10 }, per_host: false, aggregate: false } });
    keeper.add('h1', { failed: true, ansible_stats: { data: { n: 99 }, per_host: false, aggregate: false } });
    expect(keeper.snapshot()).toEqual({ run: { n: 10, s: 'a' }, hosts: { h1: { mine: [1, 2] } } });
  });
});

describe('loading tasks of the controller-side modules', () => {
  it('names file:line:col for a missing src or dest and for an argument the module lacks (the task fails with them when it runs)', async () => {
    const { plays } = await parsePlaybookText(
      '- hosts: all\n  tasks:\n    - name: t\n      template: {dest: /x}\n    - name: f\n      fetch:\n        src: /a\n        dset: /b\n',
      'site.yml',
    );
    expect(plays[0].tasks.flatMap((t) => (t as Task).argProblems ?? [])).toEqual([
      expect.stringMatching(/^site\.yml:4:7: .*src/),
      expect.stringMatching(/^site\.yml:6:7: .*dest/),
      expect.stringMatching(/^site\.yml:8:9: unsupported parameter 'dset' for module 'fetch' \(did you mean 'dest'\?\)/),
    ]);
  });

  it('loads every argument Ansible documents for them', async () => {
    await parsePlaybookText(
      `- hosts: all
  tasks:
    - template: {src: a.j2, dest: /a, mode: '0644', owner: root, group: root, backup: true, validate: 'true %s', force: false, follow: true, trim_blocks: false, lstrip_blocks: true, newline_sequence: '\\n', output_encoding: utf-8, block_start_string: '{%'}
    - fetch: {src: /a, dest: out, flat: true, fail_on_missing: false, validate_checksum: false}
    - include_vars: {dir: vars, depth: 1, files_matching: '^a', ignore_files: [b.yml], extensions: [yml], ignore_unknown_extensions: true, name: v, hash_behaviour: merge}
    - include_vars: file=a.yml name=v
    - assemble: {src: frags, dest: /a, delimiter: '#', regexp: '^a', ignore_hidden: true, remote_src: false, mode: '0600', backup: true, validate: 'true %s'}
    - set_stats: {data: {a: 1}, per_host: true, aggregate: false}
    - validate_argument_spec: {argument_spec: {a: {type: int}}, provided_arguments: {a: 1}}
`,
      'site.yml',
    );
  });
});
