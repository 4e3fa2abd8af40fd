export { runPlaybook, type LoadedRunOptions, type RunOutcome, type RunPlaybookResult } from './run-playbook.js';
export { serialBatches } from './batches.js';
export { selectedByTags } from './scope.js';
export type { ConnectionDefaults } from './connection-spec.js';
