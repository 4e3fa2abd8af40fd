export { builtinModule, builtinModuleNames, displayKindOf, hostModuleForTask, moduleForTask, runsOnPlay, shortModuleName, type TaskModuleRef } from './registry.js';
export { libraryModule } from './library.js';
export { CACHEABLE_FACTS, FACTS_KEY, isCacheableFacts, type ActionContext, type AsyncPayload, type HostModule, type ModuleDefinition, type ModuleSpec, type PlayModule } from './types.js';
export { runModule, type ModuleRef, type RunModuleOptions } from './run-module.js';
export { asFactsModule, gatherFactsModule, setupModule } from './setup.js';
export { controllerPython } from './ansible/index.js';
