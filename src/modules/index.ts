export { actionForTask, actionNames, getAction } from './registry.js';
export { libraryAction } from './library.js';
export { FACTS_KEY, type Action, type ActionContext } from './types.js';
export { runModule, type ModuleRef, type RunModuleOptions } from './run-module.js';
