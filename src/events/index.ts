export type {
  AsyncDoneEvent,
  AsyncPollEvent,
  AsyncTerminatedEvent,
  ConnectionCost,
  ConnectionEvent,
  CustomStats,
  Duration,
  HostResultEvent,
  IncludedEvent,
  HostStats,
  PlayNoHostsEvent,
  PlayRecord,
  PlayStartEvent,
  RecapEvent,
  RetryEvent,
  RunEndEvent,
  RunEvent,
  RunEventInput,
  RunEventType,
  RunStartEvent,
  TaskRecord,
  TaskStartEvent,
  WarningEvent,
} from './types.js';
export { EventEmitter, timedEvent, type EventListener } from './emitter.js';
export { asyncPollEvent, type PolledJob } from './async-poll.js';
export { recordPlays, recordedTask } from './play-records.js';
