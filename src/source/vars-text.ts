import type { Diagnostics } from './diagnostics.js';
import { describeValue } from './validate.js';
import { isMapping } from './values.js';
import { readYaml, type YamlOptions } from './yaml.js';

/**
 * Reads a file of variables (YAML or JSON, one mapping); an empty file has none. Problems go to
 * `diag`; returns undefined after reporting one.
 */
export function readVarsText(text: string, file: string, diag: Diagnostics, opts: YamlOptions = {}): Record<string, unknown> | undefined {
  const loaded = readYaml(text, file, diag, opts);
  if (!loaded) return undefined;
  if (loaded.value === null) return {};
  if (!isMapping(loaded.value)) {
    const at = (typeof loaded.value === 'object' && loaded.value !== null && loaded.positions.of(loaded.value)) || { file, line: 1, col: 1 };
    diag.error(at, `a vars file must be a mapping of variables, got ${describeValue(loaded.value)}`);
    return undefined;
  }
  return loaded.value;
}
