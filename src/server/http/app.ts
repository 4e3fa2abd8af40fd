/**
 * The HTTP face of the server (fastify): the REST API under /api, every route behind a token, and
 * the web page, whose files hold no data and need none.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { RunRequestError, type RunManager } from '../runs/run-manager.js';
import type { Store } from '../store/store.js';
import { FINAL_STATUSES, type StartRunRequest } from '../types.js';
import { pageFiles } from './page.js';
import { streamEvents, type StreamView } from './stream.js';
import { authenticate } from './tokens.js';

export interface AppContext {
  store: Store;
  runs: RunManager;
  projects: ReadonlyMap<string, string>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The label of the request's token. */
    who?: string;
  }
}

const EVENTS_PAGE_MAX = 5000;

const startSchema = {
  type: 'object',
  required: ['playbook'],
  additionalProperties: false,
  properties: {
    project: { type: 'string' },
    playbook: { type: 'string', minLength: 1 },
    inventory: { type: 'array', items: { type: 'string', minLength: 1 } },
    limit: { type: 'string' },
    extraVars: { type: 'object' },
    check: { type: 'boolean' },
  },
} as const;

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

function runId(request: FastifyRequest): number {
  return (request.params as { id: number }).id;
}

export function buildApp(ctx: AppContext): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    request.who = await authenticate(ctx.store, request.headers.authorization);
    if (!request.who) await reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'an API token is required: Authorization: Bearer <token>' });
  });

  app.setErrorHandler(async (err: Error & { statusCode?: number; validation?: unknown }, _request, reply) => {
    if (err instanceof RunRequestError) return reply.code(err.statusCode).send({ error: err.message });
    if (err.validation) return reply.code(400).send({ error: err.message });
    const code = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
    return reply.code(code).send({ error: code === 500 ? `internal error: ${err.message}` : err.message });
  });

  for (const [path, file] of Object.entries(pageFiles())) {
    app.get(path, async (_request, reply) =>
      reply
        .type(file.type)
        .header('content-security-policy', "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.body),
    );
  }

  app.get('/api/projects', async () => [...ctx.projects.keys()]);

  app.get('/api/runs', { schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } } } } }, async (request) =>
    ctx.store.listRuns((request.query as { limit?: number }).limit ?? 50),
  );

  app.post('/api/runs', { schema: { body: startSchema } }, async (request, reply) => {
    const run = await ctx.runs.start(request.body as StartRunRequest, request.who!);
    return reply.code(201).send(run);
  });

  app.get('/api/runs/:id', { schema: { params: idParams } }, async (request, reply) => {
    const detail = await ctx.runs.detail(runId(request));
    return detail ?? reply.code(404).send({ error: `no run ${runId(request)}` });
  });

  app.post(
    '/api/runs/:id/stop',
    { schema: { params: idParams, body: { type: ['object', 'null'], properties: { force: { type: 'boolean' } } } } },
    async (request) => ctx.runs.stop(runId(request), (request.body as { force?: boolean } | null)?.force === true),
  );

  app.post('/api/runs/:id/kill-jobs', { schema: { params: idParams } }, async (request) => ctx.runs.killLeftJobs(runId(request)));

  app.get(
    '/api/runs/:id/events',
    { schema: { params: idParams, querystring: { type: 'object', properties: { after: { type: 'integer', minimum: 0 }, limit: { type: 'integer', minimum: 1, maximum: EVENTS_PAGE_MAX } } } } },
    async (request, reply) => {
      const run = await ctx.store.getRun(runId(request));
      if (!run) return reply.code(404).send({ error: `no run ${runId(request)}` });
      const { after = 0, limit = 1000 } = request.query as { after?: number; limit?: number };
      const events = await ctx.store.eventsAfter(run.id, after, limit);
      return { status: run.status, done: FINAL_STATUSES.has(run.status) && (events.at(-1)?.seq ?? after) >= run.lastSeq, events };
    },
  );

  app.get(
    '/api/runs/:id/stream',
    { schema: { params: idParams, querystring: { type: 'object', properties: { after: { type: 'integer', minimum: 0 }, view: { type: 'string', enum: ['events', 'log'] } } } } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const run = await ctx.store.getRun(runId(request));
      if (!run) return reply.code(404).send({ error: `no run ${runId(request)}` });
      const lastEventId = Number(request.headers['last-event-id']);
      const query = request.query as { after?: number; view?: StreamView };
      const after = Number.isInteger(lastEventId) && lastEventId >= 0 ? lastEventId : (query.after ?? 0);
      reply.hijack();
      await streamEvents(ctx, run.id, after, query.view ?? 'events', request.raw, reply.raw);
    },
  );

  return app;
}
