export { HumanOutput, banner, dumpResult, recapLine, type HumanOptions } from './human.js';
export { JsonlOutput } from './jsonl.js';
export { AdHocOutput } from './adhoc.js';
export { jsonDocument } from './json.js';
export { LiveStatus } from './live-status.js';
export { printable } from './printable.js';
