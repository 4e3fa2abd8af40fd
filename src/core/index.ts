export { isFailed, type HostStatus, type ModuleResult } from './result.js';
