import type { RunEvent, RunEventInput } from './types.js';

export type EventListener = (event: RunEvent) => void;

/** Stamps each event with its time and hands it to every listener, in order. */
export class EventEmitter {
  private readonly listeners: EventListener[] = [];

  on(listener: EventListener): void {
    this.listeners.push(listener);
  }

  emit(input: RunEventInput): void {
    const event = { ...input, time: new Date().toISOString() } as RunEvent;
    for (const listener of this.listeners) listener(event);
  }
}
