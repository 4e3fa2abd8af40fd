/** The test host images, built once per test run from docker/ (see docker/Dockerfile). */
export const HOST_IMAGE = 'castoff-test-host:python';
export const HOST_IMAGE_NO_PYTHON = 'castoff-test-host:no-python';
export const CONTAINER_LABEL = 'castoff-test';
