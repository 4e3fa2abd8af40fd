import type { Mapping } from '../python.js';
import type { Vars } from '../render.js';

/** One lookup plugin: its terms and keyword options in, a list of results out. Throws on failure. */
export interface Lookup {
  /** Keyword options it takes besides `errors` and `wantlist`. */
  options: readonly string[];
  run(terms: unknown[], options: Mapping, vars: Vars): unknown[];
}
