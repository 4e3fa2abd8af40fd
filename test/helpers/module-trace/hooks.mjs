/** The load hook of register.mjs: runs off the main thread and notes each ES module's file as it loads. */
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let traceFile;

export function initialize(data) {
  traceFile = data.traceFile;
}

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(traceFile, `${fileURLToPath(url)}\n`);
  return nextLoad(url, context);
}
