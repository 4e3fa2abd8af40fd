import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GenericContainer } from 'testcontainers';
import { CONTAINER_LABEL, HOST_IMAGE, HOST_IMAGE_NO_PYTHON } from './images.js';

const dockerDir = fileURLToPath(new URL('../../docker', import.meta.url));

function removeLeftoverContainers(): void {
  const ids = execFileSync('docker', ['ps', '-aq', '--filter', `label=${CONTAINER_LABEL}`], { encoding: 'utf8' }).trim();
  if (ids) execFileSync('docker', ['rm', '-f', ...ids.split('\n')], { stdio: 'ignore' });
}

export async function setup(): Promise<void> {
  execFileSync('bash', [`${dockerDir}/prepare-base-image.sh`], { stdio: 'inherit' });
  removeLeftoverContainers();
  await GenericContainer.fromDockerfile(dockerDir).withBuildArgs({ WITH_PYTHON: '1' }).build(HOST_IMAGE, { deleteOnExit: false });
  await GenericContainer.fromDockerfile(dockerDir).withBuildArgs({ WITH_PYTHON: '0' }).build(HOST_IMAGE_NO_PYTHON, { deleteOnExit: false });
}

// Without Ryuk nobody else removes a container a crashed test file left behind.
export function teardown(): void {
  removeLeftoverContainers();
}
