/**
 * `fetch`: a file on the host copied to the controller, under `dest/<inventory_hostname>/<src>`
 * (or `dest` itself with `flat`). One exec as the task's user, so a become user reads what the
 * login user may not: the host checks the path, prints its sha1 on stderr and the bytes on stdout.
 * The local file is replaced (atomically) only when its checksum differs.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import type { ModuleResult } from '../core/index.js';
import { bool, objectOf } from '../source/schema-values.js';
import { path } from './arg-specs.js';
import { isTrue, textArg } from './args.js';
import { hostModule } from './define.js';
import { remotePath } from './remote-path.js';
import { execOptions, type ActionContext } from './types.js';

/** Bytes a fetch may bring back; the whole file is held in memory on its way. */
export const MAX_FETCH_BYTES = 512 * 1024 * 1024;

// Exit codes the host's script picks for what the controller tells apart (sysexits-like).
const MISSING = 66;
const DIRECTORY = 65;
const UNREADABLE = 77;

function readProgram(src: string): string {
  const p = remotePath(src);
  return [
    `[ -e ${p} ] || exit ${MISSING}`,
    `[ ! -d ${p} ] || exit ${DIRECTORY}`,
    `[ -r ${p} ] || exit ${UNREADABLE}`,
    // The checksum comes from the host itself, so validate_checksum compares two readings.
    `if command -v sha1sum >/dev/null 2>&1; then sha1sum < ${p} | sed 's/^/castoff-sha1 /' >&2 || exit 1; fi`,
    `exec cat < ${p}`,
  ].join('\n');
}

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex');
const md5 = (data: Buffer) => createHash('md5').update(data).digest('hex');

/** A controller path as Ansible reads `dest`: `~` expanded, relative to the playbook's folder. */
function localPath(baseDir: string, path: string): string {
  const expanded = path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
  return resolve(baseDir, expanded);
}

/** Where the file lands, or a message when `src` would lead out of the host's folder. */
export function fetchDestination(baseDir: string, host: string, src: string, dest: string, flat: boolean): string | { error: string } {
  if (flat) return dest.endsWith('/') ? localPath(baseDir, join(dest, basename(src))) : localPath(baseDir, dest);
  const hostDir = join(localPath(baseDir, dest), host);
  const target = join(hostDir, normalize(`/${src}`));
  const inside = relative(hostDir, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { error: `fetch src ${src} leads outside ${hostDir}` };
  return target;
}

async function localChecksum(path: string): Promise<string | undefined> {
  try {
    return sha1(await readFile(path));
  } catch {
    return undefined;
  }
}

async function writeLocal(path: string, data: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.castoff`);
  await writeFile(temporary, data);
  await rename(temporary, path);
}

function missingResult(src: string, failOnMissing: boolean): ModuleResult {
  const msg = 'the remote file does not exist, not transferring, ignored';
  return failOnMissing ? { failed: true, changed: false, msg } : { changed: false, file: src, msg };
}

async function fetchFile(ctx: ActionContext, src: string, dest: string): Promise<ModuleResult> {
  const r = await ctx.connection.exec(readProgram(src), { ...execOptions(ctx), outputLimit: MAX_FETCH_BYTES });
  const failOnMissing = ctx.args.fail_on_missing === undefined || isTrue(ctx.args.fail_on_missing);
  if (r.rc === MISSING) return missingResult(src, failOnMissing);
  if (r.rc === DIRECTORY) return { failed: true, changed: false, msg: 'remote file is a directory, fetch cannot work on directories' };
  if (r.rc === UNREADABLE) return { failed: true, changed: false, msg: 'no read permission on remote file' };
  const stderr = r.stderr.toString();
  if (r.rc !== 0) return { failed: true, changed: false, msg: `could not read ${src} on the host (rc ${r.rc}): ${stderr.trim()}` };
  if (r.truncated?.stdout) return { failed: true, changed: false, msg: `${src} is larger than the ${MAX_FETCH_BYTES} bytes castoff fetches` };
  const remoteChecksum = /castoff-sha1 ([0-9a-f]{40})/.exec(stderr)?.[1] ?? null;
  const data = r.stdout;
  const checksum = sha1(data);
  if ((await localChecksum(dest)) === checksum) {
    return { changed: false, md5sum: md5(data), file: src, dest, checksum };
  }
  const validate = ctx.args.validate_checksum === undefined || isTrue(ctx.args.validate_checksum);
  if (validate && remoteChecksum !== null && remoteChecksum !== checksum) {
    return { failed: true, changed: false, msg: 'checksum mismatch', file: src, dest, checksum, remote_checksum: remoteChecksum, md5sum: md5(data) };
  }
  await writeLocal(dest, data);
  return { changed: true, md5sum: md5(data), dest, remote_md5sum: null, checksum, remote_checksum: remoteChecksum ?? checksum };
}

export const fetchModule = hostModule({
  name: 'fetch',
  display: 'default',
  controllerOnly: false,
  supportsCheckMode: false,
  args: objectOf({ src: path, dest: path, flat: bool, fail_on_missing: bool, validate_checksum: bool }, ['src', 'dest']),
  async run(ctx) {
    const src = textArg(ctx.args, 'src');
    const destArg = textArg(ctx.args, 'dest');
    if (!src || !destArg) return { failed: true, changed: false, msg: 'src and dest are required' };
    const dest = fetchDestination(ctx.baseDir, ctx.host, src, destArg, isTrue(ctx.args.flat));
    if (typeof dest !== 'string') return { failed: true, changed: false, msg: dest.error };
    return fetchFile(ctx, src, dest);
  },
});
