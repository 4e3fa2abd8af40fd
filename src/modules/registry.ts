/** Every built-in action by name, so the executor finds an action without checking names itself. */
import type { LibraryModule } from '../playbook/index.js';
import { assertAction } from './assert.js';
import { asyncStatusAction } from './async-status.js';
import { commandAction } from './command.js';
import { copyAction } from './copy.js';
import { debugAction } from './debug.js';
import { failAction } from './fail.js';
import { fileAction } from './file.js';
import { libraryAction } from './library.js';
import { pauseAction } from './pause.js';
import { pingAction } from './ping.js';
import { rawAction } from './raw.js';
import { scriptAction } from './script.js';
import { setFactAction } from './set-fact.js';
import { shellAction } from './shell.js';
import { statAction } from './stat.js';
import type { Action } from './types.js';
import { waitForAction } from './wait-for.js';

const BUILTIN: ReadonlyMap<string, Action> = new Map(
  [
    assertAction,
    asyncStatusAction,
    commandAction,
    copyAction,
    debugAction,
    failAction,
    fileAction,
    pauseAction,
    pingAction,
    rawAction,
    scriptAction,
    setFactAction,
    shellAction,
    statAction,
    waitForAction,
  ].map((action) => [action.name, action]),
);

/** A built-in action by its canonical name (`shell`, not `ansible.builtin.shell`). */
export function getAction(name: string): Action | undefined {
  return BUILTIN.get(name);
}

export function actionNames(): string[] {
  return [...BUILTIN.keys()].sort();
}

/** The action a loaded task runs: its `library/` module when it names one, else the built-in. */
export function actionForTask(task: { module: string; library?: LibraryModule }): Action | undefined {
  return task.library ? libraryAction(task.library.path) : getAction(task.module);
}
