import { describe, expect, it } from 'vitest';
import { builtinModule, builtinModuleNames, displayKindOf, moduleForTask, type ModuleDefinition } from '../../../src/modules/index.js';
import { ParseErrors } from '../../../src/core/errors.js';
import { parsePlaybookText, type Task } from '../../../src/playbook/index.js';
import { localInventory, resultOf, runLocal } from '../executor/run-local.js';

const DISPLAY_KINDS = ['command', 'debug', 'default'];

function registered(name: string): ModuleDefinition {
  const module = builtinModule(name);
  if (!module) throw new Error(`no module ${name}`);
  return module;
}

/** The argument names a spec's schema lists. */
function argumentNames(module: ModuleDefinition): string[] {
  const properties = module.args.properties as Record<string, unknown> | undefined;
  return Object.keys(properties ?? {});
}

async function loadErrors(tasks: string): Promise<string[]> {
  try {
    await parsePlaybookText(`- hosts: all\n  tasks:\n${tasks}`, 'site.yml');
  } catch (error) {
    if (error instanceof ParseErrors) return error.message.split('\n');
    throw error;
  }
  throw new Error('the playbook loaded without errors');
}

describe('every registered module', () => {
  it('has an argument spec under its own name, and a display kind', () => {
    expect(builtinModuleNames().length).toBeGreaterThan(0);
    for (const name of builtinModuleNames()) {
      const module = registered(name);
      expect(module.name, name).toBe(name);
      expect(module.args, name).toEqual(expect.any(Object));
      expect(DISPLAY_KINDS, name).toContain(module.display);
    }
  });

  it('names only arguments of its own schema in its required and exclusive groups', () => {
    for (const name of builtinModuleNames()) {
      const module = registered(name);
      const known = argumentNames(module);
      // set_fact takes any variable name, so its schema lists none and it has no groups.
      for (const group of [...module.requiredOneOf, ...module.mutuallyExclusive]) {
        for (const argument of group) expect(known, `${name}: ${argument}`).toContain(argument);
      }
    }
  });

  it('has a controller part when it runs per host, and runs on the play otherwise', () => {
    for (const name of builtinModuleNames()) {
      const module = registered(name);
      if (module.level === 'host') expect(module.run, name).toEqual(expect.any(Function));
      else expect(name).toBe('meta');
    }
  });

  it('is found under its ansible.builtin. and ansible.legacy. names too', () => {
    expect(builtinModule('ansible.builtin.shell')?.name).toBe('shell');
    expect(builtinModule('ansible.legacy.wait_for_connection')?.name).toBe('wait_for_connection');
    expect(builtinModule('community.general.shell')).toBeUndefined();
  });
});

describe('display kinds', () => {
  it('show command-like modules as commands, debug as a message, any other module as JSON', () => {
    expect(['command', 'shell', 'raw', 'script'].map((module) => displayKindOf({ module }))).toEqual(['command', 'command', 'command', 'command']);
    expect(displayKindOf({ module: 'debug' })).toBe('debug');
    expect(displayKindOf({ module: 'copy' })).toBe('default');
    expect(displayKindOf({ module: 'not_a_module' })).toBe('default');
  });

  it('give a library/ module the JSON display, even under a built-in name', () => {
    const task = { module: 'shell', library: { path: '/playbook/library/shell.py' } };
    expect(moduleForTask(task)).toMatchObject({ name: 'shell', level: 'host', controllerOnly: false, supportsCheckMode: false });
    expect(displayKindOf(task)).toBe('default');
  });

  it('reach the host_result events the executor emits', async () => {
    const run = await runLocal(
      `- hosts: localhost\n  gather_facts: false\n  tasks:\n    - name: say\n      debug: msg=hi\n    - name: run\n      command: echo hi\n    - name: probe\n      ping:\n`,
      { inventory: await localInventory(['localhost']) },
    );
    expect(run.exitCode).toBe(0);
    expect(['say', 'run', 'probe'].map((task) => resultOf(run, task)?.display)).toEqual(['debug', 'command', 'default']);
  });
});

describe('the loader, reading specs from the registry', () => {
  it('names file:line:col for an unknown module and suggests the registered one', async () => {
    expect(await loadErrors('    - name: x\n      wait_for_conection: {}\n')).toEqual([
      `site.yml:4:7: task "x": unknown module 'wait_for_conection' (did you mean 'wait_for_connection'?)`,
    ]);
  });

  it('names file:line:col for an unknown argument and for a wrongly typed one (the task fails with them when it runs)', async () => {
    const { plays } = await parsePlaybookText('- hosts: all\n  tasks:\n    - name: x\n      wait_for_connection:\n        timout: 5\n        sleep: soon\n', 'site.yml');
    expect((plays[0].tasks[0] as Task).argProblems).toEqual([
      `site.yml:5:9: unsupported parameter 'timout' for module 'wait_for_connection' (did you mean 'timeout'?)`,
      `site.yml:6:9: argument 'sleep' of module 'wait_for_connection' must be a non-negative integer, got "soon"`,
    ]);
  });

  it('still refuses an include keyword written inside a task list entry as a module', async () => {
    expect(await loadErrors('    - name: x\n      import_playbook: other.yml\n')).toEqual([
      `site.yml:4:7: task "x": 'import_playbook' can only be used at the top level of a playbook, not as a task`,
    ]);
  });
});
