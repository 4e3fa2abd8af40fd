/**
 * Wakes the readers of a run (live streams) after something of it was stored. Only a wake-up: the
 * readers read what is new from the store, so a missed or doubled notice loses nothing.
 */
import { EventEmitter } from 'node:events';

export class RunNotifier {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  notify(runId: number): void {
    this.emitter.emit(String(runId));
  }

  /** Calls `listener` after anything of run `runId` is stored; returns the unsubscribe. */
  onStored(runId: number, listener: () => void): () => void {
    this.emitter.on(String(runId), listener);
    return () => this.emitter.off(String(runId), listener);
  }
}
