/**
 * Every built-in module, one line each: the loader reads their argument specs here, the executor
 * their flags and controller parts, and outputs get their display kind through events. Adding a
 * module is its file plus one line below.
 */
import type { DisplayKind } from '../core/index.js';
import { assembleModule } from './assemble.js';
import { addHostModule } from './add-host.js';
import { assertModule } from './assert.js';
import { asyncStatusModule } from './async-status.js';
import { commandModule } from './command.js';
import { copyModule } from './copy.js';
import { debugModule } from './debug.js';
import { failModule } from './fail.js';
import { fetchModule } from './fetch.js';
import { fileModule } from './file.js';
import { includeVarsModule } from './include-vars.js';
import { groupByModule } from './group-by.js';
import { ansibleModule } from './ansible/module.js';
import type { AnsibleModuleRef } from './ansible/types.js';
import { libraryModule } from './library.js';
import { metaModule } from './meta.js';
import { pauseModule } from './pause.js';
import { pingModule } from './ping.js';
import { rawModule } from './raw.js';
import { rebootModule } from './reboot.js';
import { scriptModule } from './script.js';
import { setFactModule } from './set-fact.js';
import { setStatsModule } from './set-stats.js';
import { asFactsModule, asGatheringAction, gatherFactsModule, isGatherFactsAction, setupModule } from './setup.js';
import { shellModule } from './shell.js';
import { statModule } from './stat.js';
import { templateModule } from './template.js';
import { unarchiveModule } from './unarchive.js';
import type { HostModule, ModuleDefinition } from './types.js';
import { validateArgumentSpecModule } from './validate-argument-spec.js';
import { waitForConnectionModule } from './wait-for-connection.js';
import { waitForModule } from './wait-for.js';

const BUILTIN: ReadonlyMap<string, ModuleDefinition> = new Map(
  [
    assembleModule,
    addHostModule,
    assertModule,
    asyncStatusModule,
    commandModule,
    copyModule,
    debugModule,
    failModule,
    fetchModule,
    includeVarsModule,
    fileModule,
    groupByModule,
    gatherFactsModule,
    metaModule,
    pauseModule,
    pingModule,
    rawModule,
    rebootModule,
    scriptModule,
    setFactModule,
    setStatsModule,
    setupModule,
    shellModule,
    statModule,
    templateModule,
    unarchiveModule,
    validateArgumentSpecModule,
    waitForModule,
    waitForConnectionModule,
  ].map((module) => [module.name, module]),
);

const BUILTIN_PREFIXES = ['ansible.builtin.', 'ansible.legacy.'];

/** `ansible.builtin.shell` -> `shell`; other names are returned unchanged. */
export function shortModuleName(name: string): string {
  const prefix = BUILTIN_PREFIXES.find((p) => name.startsWith(p));
  return prefix ? name.slice(prefix.length) : name;
}

/** A built-in module by any name a task may write for it (`shell`, `ansible.builtin.shell`). */
export function builtinModule(name: string): ModuleDefinition | undefined {
  return BUILTIN.get(shortModuleName(name));
}

/** Canonical names of every built-in module, sorted. */
export function builtinModuleNames(): string[] {
  return [...BUILTIN.keys()].sort();
}

/** What the executor knows of a loaded task's module: a `library/` file, an installed Ansible module, or the built-in. */
export interface TaskModuleRef {
  module: string;
  /** The module as written (`gather_facts` run by Ansible's `setup` keeps the gathering's result shape). */
  action?: string;
  library?: { path: string };
  ansible?: AnsibleModuleRef;
}

/** Ansible's `setup` as the facts module: under `gather_facts` (written, or a play's gathering) with that action's result. */
function ansibleFactsModule(task: TaskModuleRef & { ansible: AnsibleModuleRef }): HostModule {
  const facts = asFactsModule(ansibleModule(task.ansible));
  return task.action !== undefined && isGatherFactsAction(task.action) ? asGatheringAction(facts) : facts;
}

/** The module a loaded task runs: its `library/` module, else the installed Ansible module it names, else the built-in. */
export function moduleForTask(task: TaskModuleRef): ModuleDefinition | undefined {
  if (task.library) return libraryModule(task.library.path);
  if (task.ansible) return task.ansible.fqcn === 'ansible.builtin.setup' ? ansibleFactsModule({ ...task, ansible: task.ansible }) : ansibleModule(task.ansible);
  return BUILTIN.get(task.module);
}

/** The module a task runs per host, or undefined for an unknown one and for a play-level one (`meta`). */
export function hostModuleForTask(task: TaskModuleRef): HostModule | undefined {
  const module = moduleForTask(task);
  return module?.level === 'host' ? module : undefined;
}

/** Whether the play runner carries the task out over the batch instead of per host (`meta`). */
export function runsOnPlay(task: TaskModuleRef): boolean {
  return moduleForTask(task)?.level === 'play';
}

/** How outputs show the task's results; a module castoff does not know shows as JSON. */
export function displayKindOf(task: TaskModuleRef): DisplayKind {
  return moduleForTask(task)?.display ?? 'default';
}
