import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve as resolvePath } from 'node:path';
import { VaultError } from '../../core/errors.js';
import { DEFAULT_VAULT_ID, VaultKeyring, type VaultSecret } from './keyring.js';

/** Where one vault password comes from: `--vault-id label@source`, with `prompt` for the tty. */
export interface VaultIdSpec {
  id: string;
  source: string;
}

/** Reads `label@source` or a bare `source` (labelled `default`), as `--vault-id` takes it. */
export function parseVaultId(spec: string): VaultIdSpec {
  const at = spec.indexOf('@');
  if (at < 0) return { id: DEFAULT_VAULT_ID, source: spec };
  return { id: spec.slice(0, at) || DEFAULT_VAULT_ID, source: spec.slice(at + 1) };
}

export interface VaultSecretOptions {
  /** Asks the user for a password without echo; needed for a `prompt` source. */
  prompt?: (question: string) => Promise<string>;
  /** Stops a password script that is still running. */
  signal?: AbortSignal;
}

const PROMPT_SOURCES = new Set(['prompt', 'prompt_ask_vault_pass']);

/** Loads every secret, in the order given; a label given twice keeps both passwords. */
export async function loadVaultKeyring(specs: readonly VaultIdSpec[], opts: VaultSecretOptions = {}): Promise<VaultKeyring> {
  const secrets: VaultSecret[] = [];
  for (const spec of specs) secrets.push({ id: spec.id, password: await loadPassword(spec, opts) });
  return new VaultKeyring(secrets);
}

async function loadPassword(spec: VaultIdSpec, opts: VaultSecretOptions): Promise<Buffer> {
  if (PROMPT_SOURCES.has(spec.source)) {
    if (!opts.prompt) throw new VaultError(`cannot prompt for the vault password of '${spec.id}': no terminal to ask on`);
    const question = spec.source === 'prompt_ask_vault_pass' || spec.id === DEFAULT_VAULT_ID ? 'Vault password: ' : `Vault password (${spec.id}): `;
    const answer = Buffer.from((await opts.prompt(question)).trim());
    if (answer.length === 0) throw new VaultError('Invalid vault password was provided from prompt');
    return answer;
  }
  const file = spec.source;
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new VaultError(`The vault password file ${file} was not found`);
  }
  if (info.isFile() && (await isExecutable(file))) return runPasswordScript(file, spec.id, opts.signal);
  let text: Buffer;
  try {
    text = await readFile(file);
  } catch (error) {
    throw new VaultError(`Could not read vault password file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const password = Buffer.from(text.toString('utf8').trim());
  if (password.length === 0) throw new VaultError(`Invalid vault password was provided from file (${file})`);
  return password;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A script named `*-client` (any extension) is told which label it is asked for, as Ansible does. */
function isClientScript(file: string): boolean {
  return basename(file, extname(file)).endsWith('-client');
}

/** Runs a password script; its stdout, without line endings, is the password. */
function runPasswordScript(file: string, id: string, signal?: AbortSignal): Promise<Buffer> {
  const client = isClientScript(file);
  const args = client ? ['--vault-id', id] : [];
  return new Promise((resolve, reject) => {
    // stdin stays the user's terminal: a script may itself ask (gpg, a password manager).
    const child = spawn(resolvePath(file), args, { stdio: ['inherit', 'pipe', 'pipe'], signal });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new VaultError(`Problem running vault password script ${file} (${error.message}). If this is not a script, remove the executable bit from the file.`)));
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) {
        const message = client && code === 2
          ? `Vault password client script ${file} did not find a secret for vault-id=${id}: ${stderr}`
          : `Vault password script ${file} returned non-zero (${code}): ${stderr}`;
        reject(new VaultError(message));
        return;
      }
      const password = Buffer.from(Buffer.concat(out).toString('latin1').replace(/^[\r\n]+|[\r\n]+$/g, ''), 'latin1');
      if (password.length === 0) reject(new VaultError(`Invalid vault password was provided from script (${file})`));
      else resolve(password);
    });
  });
}
