/**
 * A wait bounded in time, as `AbortSignal.any([signal, AbortSignal.timeout(ms)])` would be. Node 20
 * gets that composite wrong: a timeout signal that only `AbortSignal.any()` refers to can be garbage
 * collected before it fires (nodejs/node#57736), and the wait it bounds then never ends. This one's
 * timer holds its controller, so it fires whatever the collector does; `clear()` lets it go once
 * the wait is over, so a loop of bounded waits keeps no timers alive.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  clear(): void;
}

export function deadline(ms: number, signal?: AbortSignal): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
  // A bound on a wait, not work of its own: it must not keep the process alive.
  timer.unref();
  return {
    signal: signal ? AbortSignal.any([signal, controller.signal]) : controller.signal,
    clear: () => clearTimeout(timer),
  };
}
