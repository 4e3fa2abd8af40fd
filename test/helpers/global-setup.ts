import { execFileSync } from 'node:child_process';
import { GenericContainer } from 'testcontainers';
import type { TestProject } from 'vitest/node';
import { CONTAINER_LABEL, DOCKER_DIR, HOST_IMAGE, HOST_IMAGE_NO_PYTHON } from './images.js';
import { alive } from './processes.js';

/**
 * Without Ryuk nobody else removes containers a crashed run left behind; a live run's stay. Each
 * docker call is bounded, so an engine that stopped answering cannot keep the run from ending.
 */
function removeContainers(which: (runPid: number) => boolean): void {
  const rows = execFileSync('docker', ['ps', '-a', '--filter', `label=${CONTAINER_LABEL}`, '--format', `{{.ID}} {{.Label "${CONTAINER_LABEL}"}}`], {
    encoding: 'utf8',
    timeout: 60_000,
  }).trim();
  const ids = rows
    .split('\n')
    .filter(Boolean)
    .map((row) => row.split(' '))
    .filter(([, pid]) => which(Number(pid)))
    .map(([id]) => id);
  if (ids.length) execFileSync('docker', ['rm', '-f', ...ids], { stdio: 'ignore', timeout: 120_000 });
}

export async function setup(project: TestProject): Promise<void> {
  execFileSync('bash', [`${DOCKER_DIR}/prepare-base-image.sh`], { stdio: 'inherit' });
  removeContainers((pid) => !alive(pid));
  project.provide('testRunId', String(process.pid));
  await GenericContainer.fromDockerfile(DOCKER_DIR).withBuildArgs({ WITH_PYTHON: '1' }).build(HOST_IMAGE, { deleteOnExit: false });
  await GenericContainer.fromDockerfile(DOCKER_DIR).withBuildArgs({ WITH_PYTHON: '0' }).build(HOST_IMAGE_NO_PYTHON, { deleteOnExit: false });
}

export function teardown(): void {
  try {
    removeContainers((pid) => pid === process.pid);
  } catch (error) {
    console.warn(`castoff tests: this run's containers were not removed (${String(error)}); the next run removes them`);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    testRunId: string;
  }
}
