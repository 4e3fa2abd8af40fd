import type { SourcePosition } from '../core/errors.js';
import { KvSyntaxError, parseKeyValueArgs } from './kv.js';
import type { ModuleSpec } from './modules.js';
import { didYouMean } from '../source/suggest.js';
import { describeValue, pathName, schemaIssues } from '../source/validate.js';
import { UnsafeText } from '../template/index.js';
import type { PositionIndex } from '../source/yaml.js';

/** A problem found in a module's arguments, reported by the caller with the task's label. */
export interface ArgumentProblem {
  position: SourcePosition;
  detail: string;
}

/** Module arguments gathered from one task, with where each was written. */
export interface GatheredArgs {
  args: Record<string, unknown>;
  positions: Map<string, SourcePosition>;
}

const RAW = '_raw_params';

/**
 * Folds a module's value (`shell: echo hi`, `copy: src=a dest=b`, a mapping or nothing) and the
 * task's `args:` into one argument mapping; the module's own arguments win, as in Ansible.
 */
export function gatherArgs(
  value: unknown,
  valuePosition: SourcePosition,
  extraArgs: Record<string, unknown> | undefined,
  spec: ModuleSpec | undefined,
  positions: PositionIndex,
): GatheredArgs | ArgumentProblem {
  const gathered: GatheredArgs = { args: {}, positions: new Map() };
  if (extraArgs) addMapping(gathered, extraArgs, positions, valuePosition);
  if (value === null || value === undefined) return gathered;
  if (typeof value === 'string' || value instanceof UnsafeText) return addText(gathered, value, valuePosition, spec);
  if (typeof value === 'object' && !Array.isArray(value)) {
    addMapping(gathered, value as Record<string, unknown>, positions, valuePosition);
    return gathered;
  }
  return { position: valuePosition, detail: `module arguments must be a mapping or a string, got ${describeValue(value)}` };
}

function addMapping(
  gathered: GatheredArgs,
  mapping: Record<string, unknown>,
  positions: PositionIndex,
  fallback: SourcePosition,
): void {
  for (const [key, argument] of Object.entries(mapping)) {
    gathered.args[key] = argument;
    gathered.positions.set(key, positions.key(mapping, key) ?? fallback);
  }
}

function addText(
  gathered: GatheredArgs,
  value: string | UnsafeText,
  position: SourcePosition,
  spec: ModuleSpec | undefined,
): GatheredArgs | ArgumentProblem {
  const unsafe = value instanceof UnsafeText;
  const text = unsafe ? value.text : value;
  let parsed;
  try {
    parsed = parseKeyValueArgs(text, spec?.freeForm ? spec.freeFormOptions : undefined);
  } catch (error) {
    if (error instanceof KvSyntaxError) return { position, detail: error.message };
    throw error;
  }
  const mark = (s: string): string | UnsafeText => (unsafe ? new UnsafeText(s) : s);
  for (const [key, argument] of Object.entries(parsed.params)) {
    gathered.args[key] = mark(argument);
    gathered.positions.set(key, position);
  }
  if (parsed.rawParams !== undefined) {
    gathered.args[RAW] = mark(parsed.rawParams);
    gathered.positions.set(RAW, position);
  }
  return gathered;
}

function argumentName(key: string): string {
  return key === RAW ? 'free-form text' : `'${key}'`;
}

function listWords(words: readonly string[], joiner: string): string {
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
}

/** Checks gathered arguments against a built-in module's schema and argument rules. */
export function checkArgs(spec: ModuleSpec, gathered: GatheredArgs, modulePosition: SourcePosition): ArgumentProblem[] {
  const problems: ArgumentProblem[] = [];
  const where = (key: string | number | undefined): SourcePosition =>
    (typeof key === 'string' ? gathered.positions.get(key) : undefined) ?? modulePosition;
  for (const issue of schemaIssues(spec.args, gathered.args)) {
    const top = issue.path[0];
    if (issue.kind === 'unknown' && issue.path.length === 0) {
      const known = issue.known.filter((k) => k !== RAW);
      const detail =
        issue.key === RAW
          ? `module '${spec.name}' takes no free-form text; use key=value arguments`
          : `unsupported parameter '${issue.key}' for module '${spec.name}'${didYouMean(issue.key, known)}`;
      problems.push({ position: where(issue.key), detail });
    } else if (issue.kind === 'missing') {
      problems.push({ position: modulePosition, detail: `module '${spec.name}' needs ${argumentName(issue.key)}` });
    } else if (issue.kind === 'invalid') {
      const subject = top === RAW && issue.path.length === 1 ? 'free-form text' : `argument '${pathName(issue.path)}'`;
      problems.push({
        position: where(top),
        detail: `${subject} of module '${spec.name}' must be ${issue.expected}, got ${describeValue(issue.value)}`,
      });
    } else {
      problems.push({ position: where(top), detail: `unsupported parameter '${pathName([...issue.path, issue.key])}' for module '${spec.name}'` });
    }
  }
  const present = (key: string): boolean => gathered.args[key] !== undefined;
  for (const group of spec.requiredOneOf) {
    if (!group.some(present)) {
      problems.push({ position: modulePosition, detail: `module '${spec.name}' needs ${listWords(group.map(argumentName), 'or')}` });
    }
  }
  for (const group of spec.mutuallyExclusive) {
    const given = group.filter(present);
    if (given.length > 1) {
      problems.push({
        position: where(given[1]),
        detail: `module '${spec.name}' takes only one of ${listWords(given.map(argumentName), 'and')}`,
      });
    }
  }
  return problems;
}
