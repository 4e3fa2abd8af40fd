/**
 * The words that make castoff's first argument a subcommand rather than a host pattern, apart from
 * the subcommands themselves so that dispatching loads only the one named.
 */
export const JOB_COMMANDS = ['jobs', 'wait', 'kill', 'cleanup'] as const;
export const VAULT_COMMAND = 'vault';
export const SERVE_COMMAND = 'serve';
export const RUNS_COMMAND = 'runs';
export const WORKER_COMMAND = 'worker';
