// A task context for actions that run on the controller: its connection throws on any use, so a
// test passing through it proves the action never touched the host.
import type { ActionContext } from '../../../src/modules/index.js';
import type { Connection } from '../../../src/connection/index.js';

export const untouchableConnection = new Proxy({} as Connection, {
  get(_target, property) {
    throw new Error(`a controller-only action used connection.${String(property)}`);
  },
});

export function controllerContext(module: string, args: Record<string, unknown>, overrides: Partial<ActionContext> = {}): ActionContext {
  return {
    host: 'h1',
    connection: untouchableConnection,
    args,
    module,
    vars: {},
    python: 'python3',
    asyncDir: '~/.ansible_async',
    environment: {},
    checkMode: false,
    diff: false,
    baseDir: '/nonexistent',
    signal: new AbortController().signal,
    ...overrides,
  };
}
