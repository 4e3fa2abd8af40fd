import type { RunEvent, RunEventInput } from './types.js';

export type EventListener = (event: RunEvent) => void;

/** The event as listeners get it: stamped with the time it happened. */
export function timedEvent(input: RunEventInput): RunEvent {
  return { ...input, time: new Date().toISOString() } as RunEvent;
}

/** Stamps each event with its time and hands it to every listener, in order. */
export class EventEmitter {
  private readonly listeners: EventListener[] = [];

  on(listener: EventListener): void {
    this.listeners.push(listener);
  }

  emit(input: RunEventInput): void {
    const event = timedEvent(input);
    for (const listener of this.listeners) listener(event);
  }
}
