/**
 * The test host images, built once per test run from docker/ (see docker/Dockerfile). Their tags
 * carry a hash of docker/'s files: a changed Dockerfile gets an image of its own, so a run never
 * starts hosts from an image that an older (or another checkout's) Dockerfile built under the same name.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DOCKER_DIR = fileURLToPath(new URL('../../docker', import.meta.url));

function contentTag(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(DOCKER_DIR).sort()) hash.update(`${name}\0`).update(readFileSync(join(DOCKER_DIR, name))).update('\0');
  return hash.digest('hex').slice(0, 12);
}

const tag = contentTag();
export const HOST_IMAGE = `castoff-test-host:python-${tag}`;
export const HOST_IMAGE_NO_PYTHON = `castoff-test-host:no-python-${tag}`;
export const CONTAINER_LABEL = 'castoff-test';
