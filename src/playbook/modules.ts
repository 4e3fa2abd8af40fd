import {
  anything,
  bool,
  conditions,
  type JsonSchema,
  mapping,
  nonNegativeInt,
  nonNegativeNumber,
  objectOf,
  oneOfWords,
  portNumber,
  stringList,
  text,
} from '../source/schema-values.js';

/** What the loader knows about one module: how to read its arguments and how to check them. */
export interface ModuleSpec {
  /** Canonical short name, e.g. `shell`; `ansible.builtin.shell` and `ansible.legacy.shell` map to it. */
  name: string;
  /**
   * Whether a string value is a command line (`shell: echo hi`), kept as `_raw_params`, rather
   * than `key=value` pairs (`copy: src=a dest=b`).
   */
  freeForm: boolean;
  /** `key=value` words that Ansible takes out of a free-form command line as options (`chdir=/tmp`). */
  freeFormOptions: readonly string[];
  /** JSON Schema of the arguments, after free-form text and `args:` have been folded in. */
  args: JsonSchema;
  /** Groups of arguments of which at least one must be given. */
  requiredOneOf: readonly (readonly string[])[];
  /** Groups of arguments of which at most one may be given. */
  mutuallyExclusive: readonly (readonly string[])[];
  /** Inclusion keywords the loader resolves itself; the executor never runs them. */
  loaderOnly: boolean;
}

type ModuleDefinition = Pick<ModuleSpec, 'name' | 'args'> & Partial<ModuleSpec>;

function define(definition: ModuleDefinition): ModuleSpec {
  return { freeForm: false, freeFormOptions: [], requiredOneOf: [], mutuallyExclusive: [], loaderOnly: false, ...definition };
}

const path = text('a path');
const fileMode: JsonSchema = {
  description: "a file mode (a string like '0644' or 'u+rw', or a number)",
  anyOf: [{ text: true }, { type: 'integer', minimum: 0 }],
};
const commandOptions = {
  chdir: path,
  creates: path,
  removes: path,
  executable: path,
};
const stdinOptions = {
  stdin: text(),
  stdin_add_newline: bool,
  strip_empty_ends: bool,
};
const ownership = {
  mode: fileMode,
  owner: text(),
  group: text(),
  attributes: text(),
  unsafe_writes: bool,
  seuser: text(),
  serole: text(),
  setype: text(),
  selevel: text(),
};
const includeArgs = objectOf({ _raw_params: path, file: path, apply: mapping });

const COMMAND_LINE_OPTIONS = ['creates', 'removes', 'chdir', 'executable', 'stdin', 'stdin_add_newline', 'strip_empty_ends'];

const definitions: ModuleSpec[] = [
  define({
    name: 'command',
    freeForm: true,
    freeFormOptions: COMMAND_LINE_OPTIONS,
    args: objectOf({
      _raw_params: text('a command line'),
      cmd: text('a command line'),
      argv: { description: 'a list of strings', type: 'array', items: { text: true } },
      expand_argument_vars: bool,
      ...commandOptions,
      ...stdinOptions,
    }),
    requiredOneOf: [['_raw_params', 'cmd', 'argv']],
    mutuallyExclusive: [['_raw_params', 'cmd', 'argv']],
  }),
  define({
    name: 'shell',
    freeForm: true,
    freeFormOptions: COMMAND_LINE_OPTIONS,
    args: objectOf({ _raw_params: text('a command line'), cmd: text('a command line'), ...commandOptions, ...stdinOptions }),
    requiredOneOf: [['_raw_params', 'cmd']],
    mutuallyExclusive: [['_raw_params', 'cmd']],
  }),
  define({
    name: 'raw',
    freeForm: true,
    freeFormOptions: ['executable'],
    args: objectOf({ _raw_params: text('a command line'), executable: path }, ['_raw_params']),
  }),
  define({
    name: 'script',
    freeForm: true,
    freeFormOptions: ['creates', 'removes', 'chdir', 'executable'],
    args: objectOf({ _raw_params: text('a script path and its arguments'), cmd: text(), decrypt: bool, ...commandOptions }),
    requiredOneOf: [['_raw_params', 'cmd']],
    mutuallyExclusive: [['_raw_params', 'cmd']],
  }),
  define({
    name: 'copy',
    args: objectOf(
      {
        src: path,
        content: anything,
        dest: path,
        backup: bool,
        force: bool,
        remote_src: bool,
        follow: bool,
        local_follow: bool,
        directory_mode: fileMode,
        validate: text(),
        checksum: text(),
        decrypt: bool,
        ...ownership,
      },
      ['dest'],
    ),
    requiredOneOf: [['src', 'content']],
    mutuallyExclusive: [['src', 'content']],
  }),
  define({
    name: 'file',
    args: objectOf({
      path,
      dest: path,
      name: path,
      state: oneOfWords(['absent', 'directory', 'file', 'hard', 'link', 'touch']),
      src: path,
      recurse: bool,
      force: bool,
      follow: bool,
      modification_time: text(),
      modification_time_format: text(),
      access_time: text(),
      access_time_format: text(),
      ...ownership,
    }),
    requiredOneOf: [['path', 'dest', 'name']],
    mutuallyExclusive: [['path', 'dest', 'name']],
  }),
  define({
    name: 'stat',
    args: objectOf(
      {
        path,
        follow: bool,
        get_checksum: bool,
        checksum_algorithm: oneOfWords(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']),
        get_mime: bool,
        get_attributes: bool,
      },
      ['path'],
    ),
  }),
  define({ name: 'ping', args: objectOf({ data: anything }) }),
  define({
    name: 'wait_for',
    args: objectOf({
      host: text(),
      port: portNumber,
      path,
      state: oneOfWords(['started', 'stopped', 'present', 'absent', 'drained']),
      timeout: nonNegativeInt,
      delay: nonNegativeInt,
      connect_timeout: nonNegativeInt,
      sleep: nonNegativeInt,
      search_regex: text(),
      msg: text(),
      exclude_hosts: stringList,
      active_connection_states: stringList,
    }),
    mutuallyExclusive: [['port', 'path']],
  }),
  define({
    name: 'async_status',
    args: objectOf({ jid: text('a job id'), mode: oneOfWords(['status', 'cleanup', 'terminate']) }, ['jid']),
  }),
  define({
    name: 'debug',
    args: objectOf({ msg: anything, var: text('a variable name or expression'), verbosity: nonNegativeInt }),
    mutuallyExclusive: [['msg', 'var']],
  }),
  define({ name: 'set_fact', args: { description: 'a mapping of variables', type: 'object' } }),
  define({
    name: 'assert',
    args: objectOf({ that: conditions, msg: anything, fail_msg: anything, success_msg: anything, quiet: bool }, ['that']),
    mutuallyExclusive: [['msg', 'fail_msg']],
  }),
  define({ name: 'fail', args: objectOf({ msg: anything }) }),
  define({
    name: 'pause',
    args: objectOf({ minutes: nonNegativeNumber, seconds: nonNegativeNumber, prompt: text(), echo: bool }),
    mutuallyExclusive: [['minutes', 'seconds']],
  }),
  define({
    name: 'meta',
    args: objectOf(
      {
        _raw_params: oneOfWords([
          'flush_handlers',
          'refresh_inventory',
          'noop',
          'clear_facts',
          'clear_host_errors',
          'end_play',
          'end_host',
          'end_batch',
          'reset_connection',
          'end_role',
        ]),
      },
      ['_raw_params'],
    ),
  }),
  define({ name: 'include_tasks', args: includeArgs, requiredOneOf: [['_raw_params', 'file']], loaderOnly: true }),
  define({ name: 'import_tasks', args: includeArgs, requiredOneOf: [['_raw_params', 'file']], loaderOnly: true }),
  define({ name: 'import_playbook', args: includeArgs, requiredOneOf: [['_raw_params', 'file']], loaderOnly: true }),
];

/** Every module castoff knows, by canonical name. */
export const MODULES: ReadonlyMap<string, ModuleSpec> = new Map(definitions.map((spec) => [spec.name, spec]));

const BUILTIN_PREFIXES = ['ansible.builtin.', 'ansible.legacy.'];

/** `ansible.builtin.shell` -> `shell`; other names are returned unchanged. */
export function shortModuleName(name: string): string {
  const prefix = BUILTIN_PREFIXES.find((p) => name.startsWith(p));
  return prefix ? name.slice(prefix.length) : name;
}

/** The built-in module a task key names (short name or FQCN), if any. */
export function builtinModule(name: string): ModuleSpec | undefined {
  return MODULES.get(shortModuleName(name));
}

/** Every name under which a built-in module may be written, for did-you-mean suggestions. */
export function builtinModuleNames(): string[] {
  return [...MODULES.keys()];
}
