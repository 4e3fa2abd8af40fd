/**
 * An HTTP server in a container of the test host image, for modules that fetch over HTTP
 * (`get_url`, `uri`): Python's `http.server` serving a folder, reached by the test hosts over the
 * Docker bridge at the container's own address, so nothing leaves this machine.
 */
import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import { inject } from 'vitest';
import { containerStep } from './container-steps.js';
import { CONTAINER_LABEL, HOST_IMAGE } from './images.js';

const PORT = 8080;
const ROOT = '/srv/www';

export interface TestHttpServer {
  /** `http://<bridge address>:<port>`, without a trailing slash: what the hosts fetch from. */
  readonly url: string;
  /** Serves `content` at `url + path` (path starts with `/`). */
  put(path: string, content: string | Buffer): Promise<void>;
  stop(): Promise<void>;
}

export async function startHttpServer(): Promise<TestHttpServer> {
  const container: StartedTestContainer = await containerStep('starting the HTTP server', () =>
    new GenericContainer(HOST_IMAGE)
      .withEntrypoint(['/bin/sh', '-c', `mkdir -p ${ROOT} && exec python3 -u -m http.server ${PORT} --bind 0.0.0.0 --directory ${ROOT}`])
      .withLabels({ [CONTAINER_LABEL]: inject('testRunId') })
      // -u: the "Serving HTTP" line is not held in a pipe buffer, so the wait sees it.
      .withWaitStrategy(Wait.forLogMessage(/Serving HTTP on/))
      .start(),
  );
  const url = `http://${container.getIpAddress('bridge')}:${PORT}`;
  return {
    url,
    async put(path, content) {
      await container.copyContentToContainer([{ content, target: `${ROOT}${path}`, mode: 0o644 }]);
    },
    async stop() {
      await containerStep('stopping the HTTP server', () => container.stop({ timeout: 1 }));
    },
  };
}
