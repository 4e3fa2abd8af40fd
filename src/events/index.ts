export type { ConnectionCost, Duration, HostStats, PlayRecord, RunEvent, RunEventInput, RunEventType, TaskRecord } from './types.js';
export { EventEmitter, type EventListener } from './emitter.js';
export { asyncPollEvent, type PolledJob } from './async-poll.js';
export { recordPlays, recordedTask } from './play-records.js';
