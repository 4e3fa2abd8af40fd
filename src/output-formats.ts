/**
 * The names of the output formats: a light entry like version.ts, so the commands' `--help` lists
 * them without loading index.ts's graph (the executor, the template engine, ssh2).
 */
export { outputFormatNames } from './output/registry.js';
