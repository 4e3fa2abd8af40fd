export { runPlaybook, EXIT, type RunPlaybookOptions, type RunPlaybookResult } from './run-playbook.js';
export { serialBatches } from './batches.js';
export { selectedByTags } from './scope.js';
export type { ConnectionDefaults, LaunchedJob, LaunchingJob } from './connection-spec.js';
