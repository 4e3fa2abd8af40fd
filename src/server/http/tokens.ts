/**
 * API tokens: random, shown once (printed, or written to the token file), kept only as a SHA-256
 * hash. Every API request carries one as `Authorization: Bearer <token>`; the web page keeps it in
 * the tab's session storage and sends it the same way, so no cookie exists for a forged cross-site
 * request to ride on.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Store } from '../store/store.js';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function newToken(): string {
  return `castoff_${randomBytes(32).toString('base64url')}`;
}

/** What start-up did about tokens: a new one to show the user once, if it made one. */
export interface TokenSetup {
  created?: string;
  writtenTo?: string;
}

/**
 * A token file that exists is read and its token accepted; one that does not is written (0600) with
 * a new token. Without a file, the first start makes a token and returns it to be printed once.
 */
export async function setUpTokens(store: Store, tokenFile: string | undefined): Promise<TokenSetup> {
  const at = new Date().toISOString();
  if (tokenFile && existsSync(tokenFile)) {
    const token = readFileSync(tokenFile, 'utf8').trim();
    if (token.length < 16) throw new Error(`the token file ${tokenFile} holds no token (at least 16 characters)`);
    if (!(await store.tokenLabel(hashToken(token)))) await store.addToken(hashToken(token), 'token file', at);
    return {};
  }
  if (tokenFile) {
    const token = newToken();
    writeFileSync(tokenFile, `${token}\n`, { mode: 0o600, flag: 'wx' });
    await store.addToken(hashToken(token), 'token file', at);
    return { writtenTo: tokenFile };
  }
  if ((await store.tokenCount()) > 0) return {};
  const token = newToken();
  await store.addToken(hashToken(token), 'first token', at);
  return { created: token };
}

/** The label of the request's token, or undefined when it carries none that is known. */
export async function authenticate(store: Store, authorization: string | undefined): Promise<string | undefined> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match ? store.tokenLabel(hashToken(match[1])) : undefined;
}
