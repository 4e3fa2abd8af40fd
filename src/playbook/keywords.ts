import { readBool, readConditions, readNumber, readSerial, readStringList, readTags, readVars } from './coerce.js';
import {
  bool,
  conditions,
  hostPattern,
  type JsonSchema,
  listOrTemplate,
  mappingOrTemplate,
  nonNegativeInt,
  nonNegativeNumber,
  objectOf,
  oneOfWords,
  percentage,
  portNumber,
  serial,
  stringList,
  tags,
  taskList,
  text,
  variableName,
  varsMapping,
} from '../source/schema-values.js';

/**
 * How one keyword is checked (schema) and turned into its typed form (read). Structural keywords
 * (task lists, loops, module arguments) are read by the loader itself.
 */
export interface KeywordSpec {
  schema: JsonSchema;
  read?: (value: unknown) => unknown;
  structural?: true;
}

const boolKeyword: KeywordSpec = { schema: bool, read: readBool };
const intKeyword: KeywordSpec = { schema: nonNegativeInt, read: readNumber };
const conditionKeyword: KeywordSpec = { schema: conditions, read: readConditions };
const textKeyword: KeywordSpec = { schema: text() };
const listKeyword: KeywordSpec = { schema: stringList, read: readStringList };
/** Keywords whose value the loader reads itself (task lists, loops). */
const structural = (schema: JsonSchema): KeywordSpec => ({ schema, structural: true });

const INHERITABLE: Record<string, KeywordSpec> = {
  name: textKeyword,
  become: boolKeyword,
  become_user: textKeyword,
  become_method: textKeyword,
  become_flags: textKeyword,
  remote_user: textKeyword,
  connection: textKeyword,
  port: { schema: portNumber, read: readNumber },
  environment: { schema: mappingOrTemplate, read: (value) => value ?? {} },
  vars: { schema: varsMapping, read: readVars },
  tags: { schema: tags, read: readTags },
  no_log: boolKeyword,
  check_mode: boolKeyword,
  diff: boolKeyword,
  ignore_errors: boolKeyword,
  ignore_unreachable: boolKeyword,
  any_errors_fatal: boolKeyword,
  timeout: intKeyword,
  throttle: intKeyword,
  run_once: boolKeyword,
  collections: listKeyword,
};

export const PLAY_KEYWORDS: Record<string, KeywordSpec> = {
  ...INHERITABLE,
  hosts: structural(hostPattern),
  vars_prompt: structural({
    description: 'a list of prompts',
    anyOf: [
      {
        type: 'array',
        items: objectOf(
          { name: variableName, prompt: text(), default: {}, private: bool, confirm: bool, unsafe: bool, encrypt: text(), salt: text(), salt_size: nonNegativeInt },
          ['name'],
        ),
      },
      { type: 'null' },
    ],
  }),
  vars_files: structural({ description: 'a path or a list of paths', anyOf: [{ type: 'string' }, { type: 'array' }, { type: 'null' }] }),
  gather_facts: boolKeyword,
  gather_subset: { schema: stringList, read: (value) => (typeof value === 'string' ? value.split(',').map((w) => w.trim()).filter(Boolean) : value) },
  gather_timeout: intKeyword,
  serial: { schema: serial, read: readSerial },
  // Any name or template: the executor knows the strategies and checks the name when the play starts.
  strategy: { schema: text('a strategy name') },
  max_fail_percentage: { schema: percentage, read: (v) => (typeof v === 'string' ? readNumber(v.replace('%', '')) : v) },
  order: { schema: oneOfWords(['inventory', 'reverse_inventory', 'sorted', 'reverse_sorted', 'shuffle']) },
  force_handlers: boolKeyword,
  roles: structural({ description: 'a list of roles', anyOf: [{ type: 'array' }, { type: 'null' }] }),
  pre_tasks: structural(taskList),
  tasks: structural(taskList),
  post_tasks: structural(taskList),
  handlers: structural(taskList),
};

export const BLOCK_KEYWORDS: Record<string, KeywordSpec> = {
  ...INHERITABLE,
  block: structural(taskList),
  rescue: structural(taskList),
  always: structural(taskList),
  when: conditionKeyword,
  delegate_to: textKeyword,
  delegate_facts: boolKeyword,
  notify: listKeyword,
};

const loopControl = objectOf({
  loop_var: variableName,
  index_var: variableName,
  label: text(),
  pause: nonNegativeNumber,
  extended: bool,
  extended_allitems: bool,
  break_when: conditions,
});

export const TASK_KEYWORDS: Record<string, KeywordSpec> = {
  ...INHERITABLE,
  args: structural(mappingOrTemplate),
  action: structural({ description: 'a module and its arguments', anyOf: [{ type: 'string' }, { type: 'object' }] }),
  local_action: structural({ description: 'a module and its arguments', anyOf: [{ type: 'string' }, { type: 'object' }] }),
  register: { schema: variableName },
  when: conditionKeyword,
  loop: structural(listOrTemplate),
  with_items: structural({ description: 'a list, an item or a template' }),
  with_list: structural(listOrTemplate),
  loop_control: {
    schema: loopControl,
    read: (value) => {
      const control = { ...(value as Record<string, unknown>) };
      if (control.pause !== undefined) control.pause = readNumber(control.pause);
      for (const flag of ['extended', 'extended_allitems']) if (control[flag] !== undefined) control[flag] = readBool(control[flag]);
      if (control.break_when !== undefined) control.break_when = readConditions(control.break_when);
      return control;
    },
  },
  until: conditionKeyword,
  retries: intKeyword,
  delay: { schema: nonNegativeNumber, read: readNumber },
  async: intKeyword,
  poll: intKeyword,
  failed_when: conditionKeyword,
  changed_when: conditionKeyword,
  delegate_to: textKeyword,
  delegate_facts: boolKeyword,
  notify: listKeyword,
};

export const HANDLER_KEYWORDS: Record<string, KeywordSpec> = {
  ...TASK_KEYWORDS,
  listen: listKeyword,
};

/** An include is read as a block, so it takes a block's keywords but not its task lists. */
export const INCLUDE_KEYWORDS: Record<string, KeywordSpec> = Object.fromEntries(
  Object.entries(BLOCK_KEYWORDS).filter(([key]) => !['block', 'rescue', 'always'].includes(key)),
);

/** A run-time include also takes a loop (read by the loader), `loop_control` and `register`. */
export const RUN_TIME_INCLUDE_KEYWORDS: Record<string, KeywordSpec> = {
  ...INCLUDE_KEYWORDS,
  loop_control: TASK_KEYWORDS.loop_control,
  register: TASK_KEYWORDS.register,
};

/** Keywords of Ansible that castoff does not implement, with what to do instead. */
export const UNSUPPORTED_KEYWORDS: Record<string, string> = {
  // At play level only: tasks read a bare `include:` as import_tasks/include_tasks (bare-include.ts).
  include: "'include' is not a valid attribute for a Play; use 'import_playbook'",
};

export function keywordSchema(specs: Record<string, KeywordSpec>, required: string[] = []): JsonSchema {
  return objectOf(Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.schema])), required);
}

/** Copies the keywords present in `raw` into their typed form, leaving out structural ones. */
export function readKeywords(raw: Record<string, unknown>, specs: Record<string, KeywordSpec>): Record<string, unknown> {
  const typed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const spec = specs[key];
    if (!spec || spec.structural) continue;
    typed[key] = spec.read ? spec.read(value) : value;
  }
  return typed;
}
