export { isFailed, type DisplayKind, type HostStatus, type ModuleResult } from './result.js';
export * from './errors.js';
export { cleanModuleReturn } from './module-return.js';
export { isUnsafe, UnsafeText } from './unsafe-text.js';
export { ShellSyntaxError, shellWords, type ShellWord } from './shell-words.js';
export { deadline, type Deadline } from './deadline.js';
