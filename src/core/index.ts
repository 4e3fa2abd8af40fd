export { isFailed, type ModuleResult } from './result.js';
