import type { SourcePosition } from '../core/errors.js';
import type { AnsibleModuleRef } from '../modules/ansible/index.js';
import type { LoadWarning } from '../source/diagnostics.js';

/**
 * The typed result of loading a playbook. Keyword names are Ansible's (snake_case) so that a
 * reader can map each field to the documentation. Loading never renders templates: a string in a
 * field typed as a number or boolean is a template (`"{{ n }}"`) that the executor renders.
 */

/** A value of type T, or a template string that renders to one. */
export type Templated<T> = T | string;

/** A bare expression (`result is finished`, as in `when:`) or a literal boolean. */
export type Condition = string | boolean;

/** Keywords that plays, blocks and tasks all accept; a child inherits those it does not set. */
export interface InheritableKeywords {
  name?: string;
  become?: Templated<boolean>;
  become_user?: string;
  become_method?: string;
  become_flags?: string;
  remote_user?: string;
  connection?: string;
  port?: Templated<number>;
  /** Environment variables for remote commands, or a template giving such a mapping. */
  environment?: Record<string, unknown> | string;
  vars?: Record<string, unknown>;
  tags?: string[];
  no_log?: Templated<boolean>;
  check_mode?: Templated<boolean>;
  diff?: Templated<boolean>;
  ignore_errors?: Templated<boolean>;
  ignore_unreachable?: Templated<boolean>;
  any_errors_fatal?: Templated<boolean>;
  /** Hard limit in seconds for each task on each host (see docs/async-protocol.md section 7). */
  timeout?: Templated<number>;
  throttle?: Templated<number>;
  run_once?: Templated<boolean>;
  /** Collections searched for short module names before `ansible.builtin` (read when loading). */
  collections?: string[];
}

export interface LoopControl {
  loop_var?: string;
  index_var?: string;
  label?: string;
  pause?: Templated<number>;
  extended?: Templated<boolean>;
  extended_allitems?: Templated<boolean>;
  break_when?: Condition[];
}

/** A custom module found in a `library/` folder next to a playbook. */
export interface LibraryModule {
  name: string;
  /** Absolute path of the module file. */
  path: string;
}

/**
 * A role as loaded for one place it is used (`roles:`, a dependency, `import_role`): where it is,
 * its variables and the roles that pulled it in. Every task and handler of the role carries it.
 */
export interface RoleRef {
  /** The role's name as written (`web`, `ns.coll.web`), shown in TASK headings as `web : task`. */
  name: string;
  /** Absolute path of the role's folder (`role_path`). */
  path: string;
  /** `defaults/main.yml` (or `defaults_from`): the lowest precedence of all variables. */
  defaults: Record<string, unknown>;
  /** `vars/main.yml` (or `vars_from`): above play vars and vars_files, below block and task vars. */
  vars: Record<string, unknown>;
  /** Parameters given where the role is used (with those of the roles that pulled it in): above set_fact. */
  params: Record<string, unknown>;
  /** Names of the roles whose tasks imported this one (`ansible_parent_role_names`), nearest first; none for a dependency. */
  parents: string[];
}

export interface Task extends InheritableKeywords {
  kind: 'task';
  /** The role this task belongs to, if any. */
  role?: RoleRef;
  position: SourcePosition;
  /** Canonical module name: `ansible.builtin.shell` and `ansible.legacy.shell` become `shell`. */
  module: string;
  /** The module as written in the playbook, e.g. `ansible.builtin.shell`. */
  action: string;
  /**
   * Module arguments: the mapping given, `key=value` text parsed into one, and `args:` merged in
   * (the module's own arguments win). Free-form command text is `_raw_params`.
   */
  args: Record<string, unknown>;
  /** Set for custom modules from a `library/` folder; their arguments are not checked. */
  library?: LibraryModule;
  /**
   * Set when the module is one of the user's installed Ansible modules (castoff has no module of
   * that name, or the prefer setting hands it to Ansible); its arguments are the module's to check.
   */
  ansible?: AnsibleModuleRef;
  /** The installed Ansible module castoff's module runs on the host (`unarchive`), found at load. */
  installed?: AnsibleModuleRef;
  /**
   * What is wrong with the arguments (`file:line:col: detail`), found at load: as in Ansible the
   * task fails when it runs, so `when`, `ignore_errors` and `rescue` apply to it.
   */
  argProblems?: string[];
  /** `args: "{{ dict }}"`: a template rendered when the task runs, under the module's own arguments. */
  argsTemplate?: string;
  register?: string;
  when?: Condition[];
  /** The list to loop over, or a template giving it. */
  loop?: unknown;
  /** Which keyword gave `loop`: `with_<lookup>` runs that lookup on it to get the items. */
  loop_keyword?: 'loop' | `with_${string}`;
  loop_control?: LoopControl;
  until?: Condition[];
  retries?: Templated<number>;
  delay?: Templated<number>;
  /** Time limit of an async job in seconds; 0 or absent runs the task synchronously. */
  async?: Templated<number>;
  /** Seconds between status checks of an async job; 0 = fire and forget. */
  poll?: Templated<number>;
  failed_when?: Condition[];
  changed_when?: Condition[];
  delegate_to?: string;
  delegate_facts?: Templated<boolean>;
  notify?: string[];
}

/** A handler: a task that runs when notified by its name or by one of its `listen` topics. */
export interface Handler extends Task {
  listen: string[];
}

/**
 * `block`/`rescue`/`always`, with keywords its tasks inherit (including `when`, which applies to
 * every task inside). `import_tasks`/`include_tasks` load as a block too, so that the include's
 * keywords (e.g. `when`, `tags`, `vars`) attach to each included task.
 */
export interface Block<T extends Task = Task> extends InheritableKeywords {
  kind: 'block';
  position: SourcePosition;
  block: Array<T | Block<T> | Include>;
  rescue: Array<T | Block<T> | Include>;
  always: Array<T | Block<T> | Include>;
  when?: Condition[];
  delegate_to?: string;
  notify?: string[];
  /** Set when this block stands for an included task file. */
  included?: { keyword: 'import_tasks' | 'include_tasks'; file: string };
  /** Set when this block stands for a role (from `roles:`, a dependency or `import_role`). */
  role?: RoleRef;
}

/** What a run-time include brings in for one host (and loop item): read once per file or role use. */
export interface IncludedContent {
  /** The included task file, or the role's tasks file. */
  file: string;
  entries: TaskEntry[];
  /** Handlers of an included role, notifiable once it ran. */
  handlers: HandlerEntry[];
  /** The roles loaded (an included role and its dependencies): `public: true` makes their variables the play's. */
  roles: RoleRef[];
}

/** Why a run-time include could not read what it names: messages naming file and line. */
export interface IncludeFailure {
  error: string;
}

/**
 * `include_tasks` or `include_role`: read when the task runs, per host, with the file or role name
 * (and `tasks_from`, ...) rendered with the host's variables and loop item. Its own `when`, `tags`
 * and loop apply to the include only; its `vars` and the `apply:` keywords reach the included tasks.
 */
export interface Include extends InheritableKeywords {
  kind: 'include';
  keyword: 'include_tasks' | 'include_role';
  position: SourcePosition;
  /** The arguments as written (`file`/`_raw_params`, or `name`, `tasks_from`, `public`, ...), not rendered. */
  args: Record<string, unknown>;
  /** `apply:` keywords, given to every included task. */
  apply: InheritableKeywords & { when?: Condition[] };
  when?: Condition[];
  loop?: unknown;
  loop_keyword?: Task['loop_keyword'];
  loop_control?: LoopControl;
  /** The role whose tasks hold this include, if any. */
  role?: RoleRef;
  /** Reads the file or role the rendered arguments name; the same file or role use is read once. */
  load: (args: Record<string, unknown>) => Promise<IncludedContent | IncludeFailure>;
}

export type TaskEntry = Task | Block<Task> | Include;
export type HandlerEntry = Handler | Block<Handler>;

/** One entry of `vars_files`: a file, or a list whose first existing file is used. */
export interface VarsFileEntry {
  position: SourcePosition;
  /** Paths as written (relative to the playbook's folder); may be templates. */
  candidates: string[];
  /** Loaded at load time unless a candidate is a template (then the executor loads it per host). */
  loaded?: { file: string; vars: Record<string, unknown> };
}

/** One entry of a play's `vars_prompt`: a play variable asked for when the play starts. */
export interface VarsPrompt {
  name: string;
  /** The question; Ansible asks with the variable's name when none is given. */
  prompt: string;
  default?: unknown;
  /** No echo while typing (Ansible's default). */
  private: boolean;
  /** Ask twice, again until both answers match. */
  confirm: boolean;
  /** The answer is text, never rendered as a template. */
  unsafe: boolean;
  position: SourcePosition;
}

export interface Play extends InheritableKeywords {
  position: SourcePosition;
  /** Host pattern; a list in the playbook is joined with ','. */
  hosts: string;
  vars: Record<string, unknown>;
  vars_prompt?: VarsPrompt[];
  vars_files: VarsFileEntry[];
  gather_facts?: Templated<boolean>;
  /** Fact subsets the play gathers (`all`, `min`, `network`, `!hardware`, ...). */
  gather_subset?: string[];
  /** Seconds each fact collector may take. */
  gather_timeout?: Templated<number>;
  /** Ansible's `setup`, which gathers the play's facts when installed; castoff's own otherwise. */
  factsModule?: AnsibleModuleRef;
  /** Batch sizes: numbers, or percentages kept as text (`"30%"`). */
  serial?: Array<number | string>;
  strategy?: string;
  max_fail_percentage?: Templated<number>;
  order?: string;
  force_handlers?: Templated<boolean>;
  pre_tasks: TaskEntry[];
  tasks: TaskEntry[];
  post_tasks: TaskEntry[];
  handlers: HandlerEntry[];
  /** Every role the play loaded, dependencies included, in load order: their defaults and vars are the play's too. */
  roles: RoleRef[];
}

export interface Playbook {
  /** The path the playbook was loaded from, as given. */
  file: string;
  /** Plays in run order, those of `import_playbook` spliced in. */
  plays: Play[];
  warnings: LoadWarning[];
}
