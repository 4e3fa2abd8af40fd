export type { ConnectionCost, HostStats, PlayRecord, RunEvent, RunEventInput, RunEventType } from './types.js';
export { EventEmitter, type EventListener } from './emitter.js';
export { asyncPollEvent, type PolledJob } from './async-poll.js';
export { recordPlays } from './play-records.js';
