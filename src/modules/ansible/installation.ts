/**
 * Finding the user's Ansible installation: the Python that runs `ansible-playbook` is asked where
 * its `ansible` package is, once per process. The interpreter on PATH is often not that one (a
 * pyenv or venv python3 next to a distribution's ansible-core), so the launcher's `#!` line is read
 * first.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { AnsibleInstallation } from './types.js';

const run = promisify(execFile);

const PROBE = `import json, os, ansible
from ansible.release import __version__
print(json.dumps({'dir': os.path.dirname(os.path.abspath(ansible.__file__)), 'version': __version__}))`;

/** Interpreters worth asking, best first: the one named by `ansible-playbook`'s `#!` line, then PATH's. */
export function candidatePythons(env: NodeJS.ProcessEnv = process.env): string[] {
  const found: string[] = [];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const launcher = join(dir, 'ansible-playbook');
    if (!existsSync(launcher)) continue;
    const firstLine = readFileSync(launcher, 'utf8').split('\n', 1)[0];
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(firstLine);
    if (shebang) found.push(shebang[1].endsWith('/env') && shebang[2] ? shebang[2] : shebang[1]);
    break;
  }
  found.push('python3', '/usr/bin/python3');
  return [...new Set(found)];
}

async function probe(python: string): Promise<AnsibleInstallation | undefined> {
  try {
    const { stdout } = await run(python, ['-c', PROBE], { timeout: 20_000 });
    const reply = JSON.parse(stdout.trim().split('\n').pop() ?? '') as { dir: string; version: string };
    const beside = dirname(reply.dir);
    return {
      packageDir: reply.dir,
      version: reply.version,
      python,
      collectionRoots: existsSync(join(beside, 'ansible_collections')) ? [beside] : [],
    };
  } catch {
    return undefined;
  }
}

let cached: Promise<AnsibleInstallation | undefined> | undefined;

/** The installation castoff uses, or undefined when no candidate interpreter can import `ansible`. */
export function findAnsibleInstallation(): Promise<AnsibleInstallation | undefined> {
  cached ??= (async () => {
    for (const python of candidatePythons()) {
      const found = await probe(python);
      if (found) return found;
    }
    return undefined;
  })();
  return cached;
}
