import { describe, expect, it } from 'vitest';
import { ParseErrors } from '../../../src/core/errors.js';
import { loadInventory } from '../../../src/inventory/index.js';
import { loadPlaybook, type Task } from '../../../src/playbook/index.js';

const DIR = 'test/fixtures/load/broken';

/** Every error message of a failed load, with the fixture folder left out for readability. */
async function errorsOf(load: () => Promise<unknown>): Promise<string[]> {
  try {
    await load();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseErrors);
    return (error as ParseErrors).errors.map((e) => e.message.split(`${DIR}/`).join(''));
  }
  throw new Error('expected the load to fail');
}

const BROKEN_PLAYBOOKS: Array<[string, string[]]> = [
  ['become-bad.yml', [
    `become-bad.yml:2:3: play "web": 'become' must be a boolean, got "maybe"`,
  ]],
  ['billion-laughs.yml', [
    `billion-laughs.yml:8:12: aliases expand to more than 100000 nodes at alias '*e'; refusing a possible "billion laughs" document`,
  ]],
  ['block-with-module.yml', [
    `block-with-module.yml:6:7: block "Setup": unknown keyword 'shell'`,
  ]],
  ['empty.yml', [
    `empty.yml:1:1: empty playbook, nothing to do`,
  ]],
  ['import-missing.yml', [
    `import-missing.yml:4:21: task "More tasks": could not find or access 'tasks/does-not-exist.yml'`,
  ]],
  ['import-playbook-as-task.yml', [
    `import-playbook-as-task.yml:3:7: task "import_playbook": 'import_playbook' can only be used at the top level of a playbook, not as a task`,
  ]],
  ['include-bad-apply.yml', [
    `include-bad-apply.yml:5:17: task "include_tasks": apply: unknown keyword 'becom' (did you mean 'become'?)`,
  ]],
  ['include-bad-lookup.yml', [
    `include-bad-lookup.yml:4:7: task "include_tasks": lookup plugin (nosuch) not found`,
  ]],
  ['include-loop.yml', [
    `tasks/loop-b.yml:1:17: task "import_tasks": include loop: tasks/loop-a.yml -> tasks/loop-b.yml -> tasks/loop-a.yml`,
  ]],
  ['listen-in-task.yml', [
    `listen-in-task.yml:5:7: task "restart": unknown keyword 'listen'`,
  ]],
  ['loop-and-with-items.yml', [
    `loop-and-with-items.yml:5:7: task "debug": 'loop' and 'with_items' cannot be used together`,
  ]],
  ['loop-control-bad.yml', [
    `loop-control-bad.yml:6:9: task "debug": unknown option 'lop_var' in 'loop_control' (did you mean 'loop_var'?)`,
    `loop-control-bad.yml:7:9: task "debug": 'loop_control.pause' must be a non-negative number, got "soon"`,
  ]],
  ['many-errors.yml', [
    `many-errors.yml:2:3: play "web": 'gather_facts' must be a boolean, got "sometimes"`,
    `many-errors.yml:6:7: task "first": 'retries' must be a non-negative integer, got -1`,
    `many-errors.yml:8:7: task "second": unknown module 'pnig' (did you mean 'ping'?)`,
    `many-errors.yml:11:7: task "third": 'ignore_errors' must be a boolean, got "perhaps"`,
    `many-errors.yml:12:7: task "third": 'notify' must be a string or a list of strings, got a mapping`,
  ]],
  ['meta-bad.yml', [
    `meta-bad.yml:3:13: task "meta": free-form text of module 'meta' must be 'flush_handlers', 'refresh_inventory', 'noop', 'clear_facts', 'clear_host_errors', 'end_play', 'end_host', 'end_batch', 'reset_connection' or 'end_role', got "flush_handler"`,
  ]],
  ['no-module.yml', [
    `no-module.yml:3:7: task "nothing to do": a task needs exactly one module, found none`,
  ]],
  ['not-a-list.yml', [
    `not-a-list.yml:1:1: a playbook must be a list of plays, got a mapping`,
  ]],
  ['play-missing-hosts.yml', [
    `play-missing-hosts.yml:1:3: play "Deploy": the field 'hosts' is required but was not set`,
  ]],
  ['play-misspelt-hosts.yml', [
    `play-misspelt-hosts.yml:1:3: play "Deploy": the field 'hosts' is required but was not set`,
    `play-misspelt-hosts.yml:2:3: play "Deploy": unknown keyword 'hots' (did you mean 'hosts'?)`,
  ]],
  ['poll-not-int.yml', [
    `poll-not-int.yml:6:7: task "Sleep30s": 'poll' must be a non-negative integer, got "fast"`,
  ]],
  ['register-bad.yml', [
    `register-bad.yml:4:7: task "command": 'register' must be a variable name (letters, digits and _, not starting with a digit), got "up-time"`,
  ]],
  ['serial-bad.yml', [
    `serial-bad.yml:2:3: play "web": 'serial' must be a number, a percentage like "30%" or a list of them, got "many"`,
  ]],
  // An unknown strategy name loads, as in Ansible, and stops the run when its play starts
  // (test/unit/executor/strategies.test.ts runs strategy-bad.yml); a name must still be text.
  ['strategy-not-a-name.yml', [
    `strategy-not-a-name.yml:2:3: play "web": 'strategy' must be a strategy name, got a list`,
  ]],
  ['task-not-mapping.yml', [
    `task-not-mapping.yml:3:7: a task must be a mapping of keywords, got "echo hello"`,
  ]],
  ['two-modules.yml', [
    `two-modules.yml:3:7: task "x": a task needs exactly one module, found 'shell' and 'command'`,
  ]],
  ['unbalanced-quotes.yml', [
    `unbalanced-quotes.yml:3:14: task "debug": unbalanced quotes (") in arguments`,
  ]],
  ['unknown-keyword.yml', [
    `unknown-keyword.yml:5:7: task "Sleep30s": unknown keyword 'asnyc' (did you mean 'async'?)`,
  ]],
  ['unknown-module.yml', [
    `unknown-module.yml:4:7: task "x": unknown module 'shel' (did you mean 'shell'?)`,
  ]],
  ['unknown-tag.yml', [
    `unknown-tag.yml:3:8: unknown YAML tag '!secret'`,
  ]],
  ['vars-files-missing.yml', [
    `vars-files-missing.yml:3:7: play "web": could not find or access vars file 'vars/missing.yml'`,
  ]],
  ['vault.yml', [
    `vault.yml:3:20: Attempting to decrypt but no vault secrets found`,
  ]],
  ['when-mapping.yml', [
    `when-mapping.yml:4:7: task "command": 'when' must be a condition (an expression or a boolean) or a list of them, got a mapping`,
  ]],
  ['with-unknown-lookup.yml', [
    `with-unknown-lookup.yml:4:7: task "debug": lookup plugin (nosuch) not found`,
  ]],
  ['yaml-syntax.yml', [
    `yaml-syntax.yml:5:1: YAML syntax error: Sequence item without - indicator`,
  ]],];

const BROKEN_INVENTORIES: Array<[string, string[]]> = [
  ['bad-hostvar.ini', [
    `bad-hostvar.ini:3:6: Expected key=value host variable assignment, got: ansible_port`,
  ]],
  ['bad-range.ini', [
    `bad-range.ini:2:1: invalid host range in 'web[10:01].example.com': '[10:01]' ends before it starts`,
  ]],
  ['bad-section.ini', [
    `bad-section.ini:4:1: Section [web:variables] has unknown type: variables`,
  ]],
  ['bad-vars-line.ini', [
    `bad-vars-line.ini:2:1: Expected key=value, got: ntp_server`,
  ]],
  ['child-loop.ini', [
    `child-loop.ini:5:1: adding group 'a' as child to 'b' creates a recursive dependency loop`,
  ]],
  ['group-hosts-list.yml', [
    `group-hosts-list.yml:4:7: 'hosts' of group 'web' must be a mapping, got a list`,
  ]],
  ['inventory-list.yml', [
    `inventory-list.yml:1:1: a YAML inventory must be a mapping of groups, got a list`,
  ]],
  ['inventory-vault.yml', [
    `inventory-vault.yml:3:22: Attempting to decrypt but no vault secrets found`,
  ]],
  ['unclosed-quote.ini', [
    `unclosed-quote.ini:2:1: cannot read this line: no closing quotation`,
  ]],
  ['vars-undefined-group.ini', [
    `vars-undefined-group.ini:4:1: Section [db:vars] not valid for undefined group: db`,
  ]],];

describe('broken playbooks are rejected with one line per mistake (file:line:col: message)', () => {
  it.each(BROKEN_PLAYBOOKS)('%s', async (file, expected) => {
    expect(await errorsOf(() => loadPlaybook(`${DIR}/${file}`))).toEqual(expected);
  });
});

/**
 * Arguments that are wrong for their module load, as in Ansible: the task fails when it runs (so
 * `ignore_errors` and `rescue` apply) with these messages, each at the argument's file:line:col.
 */
const RUN_TIME_ARGUMENT_PROBLEMS: Array<[string, string[]]> = [
  ['async-status-bad-mode.yml', [
    `async-status-bad-mode.yml:4:21: argument 'mode' of module 'async_status' must be 'status', 'cleanup' or 'terminate', got "wait"`,
  ]],
  ['async-status-missing-jid.yml', [
    `async-status-missing-jid.yml:4:7: module 'async_status' needs 'jid'`,
  ]],
  ['command-argv-and-text.yml', [
    `command-argv-and-text.yml:5:9: module 'command' takes only one of free-form text and 'argv'`,
  ]],
  ['copy-unknown-param.yml', [
    `copy-unknown-param.yml:4:7: module 'copy' needs 'dest'`,
    `copy-unknown-param.yml:6:9: unsupported parameter 'dst' for module 'copy' (did you mean 'dest'?)`,
  ]],
];

describe('wrong module arguments load and fail their task when it runs', () => {
  it.each(RUN_TIME_ARGUMENT_PROBLEMS)('%s', async (file, expected) => {
    const playbook = await loadPlaybook(`${DIR}/${file}`);
    const task = playbook.plays[0].tasks[0] as Task;
    expect(task.argProblems?.map((p) => p.split(`${DIR}/`).join(''))).toEqual(expected);
  });
});

describe('broken inventories are rejected with one line per mistake (file:line:col: message)', () => {
  it.each(BROKEN_INVENTORIES)('%s', async (file, expected) => {
    expect(await errorsOf(() => loadInventory([`${DIR}/${file}`]))).toEqual(expected);
  });
});

describe('the corpus', () => {
  it('has at least 30 broken files', () => {
    expect(BROKEN_PLAYBOOKS.length + BROKEN_INVENTORIES.length + RUN_TIME_ARGUMENT_PROBLEMS.length).toBeGreaterThanOrEqual(30);
  });
});
