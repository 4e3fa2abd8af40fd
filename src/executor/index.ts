export { runPlaybook, type LoadedRunOptions, type VarsPromptAnswers, type RunOutcome, type RunPlaybookResult } from './run-playbook.js';
export type { ResumableLaunch } from './run-context.js';
export { serialBatches } from './batches.js';
export { selectedByTags } from './scope.js';
export { listedTasks, type ListedTask, type TagOptions } from './tag-selection.js';
export { inventoryConnections } from './inventory-connections.js';
export type { ConnectionDefaults } from '../target/index.js';
