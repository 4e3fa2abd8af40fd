/**
 * A run's live log as Server-Sent Events: every stored event after the one the client last saw
 * (`Last-Event-ID` or `?after=`), in order, read from the store in pages, then each new batch as it
 * is stored, and the run's state (`event: run`) after each batch. Reading only what is stored means
 * a reload resumes exactly where it stopped, and a million events neither reorder nor pile up in
 * memory: the next page is read only once the client has taken the last. The `log` view sends each
 * event as the text castoff-playbook prints for it (`event: log`), for the run page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RunEvent } from '../../index.js';
import { FINAL_STATUSES } from '../types.js';
import type { AppContext } from './app.js';
import { logRenderer } from './log-view.js';

/** `events`: the events as stored; `log`: each as the human output's text. */
export type StreamView = 'events' | 'log';

const PAGE = 1000;
/** Without a wake-up (another process stored the events), look again this often. */
const IDLE_CHECK_MS = 1000;
const KEEPALIVE_MS = 15_000;

export async function streamEvents(ctx: AppContext, runId: number, after: number, view: StreamView, request: IncomingMessage, response: ServerResponse): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  let closed = false;
  let wake: (() => void) | undefined;
  let stored = true;
  const unsubscribe = ctx.runs.notifier.onStored(runId, () => {
    stored = true;
    wake?.();
  });
  const onClose = () => {
    closed = true;
    wake?.();
  };
  request.on('close', onClose);
  response.on('close', onClose);
  const keepalive = setInterval(() => response.write(': keepalive\n\n'), KEEPALIVE_MS);
  /** Writes `text`, waiting for the client to take it when its buffer is full. */
  const write = async (text: string) => {
    if (!response.write(text) && !closed) await new Promise<void>((resolve) => {
      // Both listeners go once either fires: a long stream waits for drain many times.
      const done = () => {
        response.off('drain', done);
        response.off('close', done);
        resolve();
      };
      response.on('drain', done);
      response.on('close', done);
    });
  };
  const render = view === 'log' ? logRenderer() : undefined;
  const message = (event: RunEvent) => (render ? `event: log\ndata: ${JSON.stringify({ text: render(event) })}` : `event: event\ndata: ${JSON.stringify(event)}`);
  let sent = after;
  try {
    while (!closed) {
      stored = false;
      for (;;) {
        const page = await ctx.store.eventsAfter(runId, sent, PAGE);
        for (const { seq, event } of page) await write(`id: ${seq}\n${message(event)}\n\n`);
        sent = page.at(-1)?.seq ?? sent;
        if (page.length < PAGE || closed) break;
      }
      const detail = await ctx.runs.detail(runId);
      if (!detail) break;
      await write(`event: run\ndata: ${JSON.stringify(detail)}\n\n`);
      if (FINAL_STATUSES.has(detail.status) && sent >= detail.lastSeq) {
        await write('event: end\ndata: {}\n\n');
        break;
      }
      if (!stored && !closed) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, IDLE_CHECK_MS);
        });
        clearTimeout(timer);
        wake = undefined;
      }
    }
  } finally {
    unsubscribe();
    clearInterval(keepalive);
    request.off('close', onClose);
    response.end();
  }
}
