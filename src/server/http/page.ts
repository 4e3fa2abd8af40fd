/**
 * The web page's files (`web/` at the package's top, beside `remote/`): static, read once, and
 * holding no data; everything on the page comes from the API with the user's token.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PageFile {
  type: string;
  body: string;
}

function webDir(): string {
  // From src/ (tests) and dist/src/ (the built package) alike.
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'web', 'index.html')) && existsSync(join(dir, 'package.json'))) return join(dir, 'web');
  }
  throw new Error('castoff is installed without its web/ directory');
}

const FILES: ReadonlyArray<[string, string, string]> = [
  ['/', 'index.html', 'text/html; charset=utf-8'],
  ['/app.js', 'app.js', 'text/javascript; charset=utf-8'],
  ['/app.css', 'app.css', 'text/css; charset=utf-8'],
];

/** URL path to file. */
export function pageFiles(): Record<string, PageFile> {
  const dir = webDir();
  return Object.fromEntries(FILES.map(([path, name, type]) => [path, { type, body: readFileSync(join(dir, name), 'utf8') }]));
}
