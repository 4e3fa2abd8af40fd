/**
 * Which parts of the comparison a run measures: all of them by default; `--only a,b` names some
 * (to try one part out, or measure it again); `--modules` is `--only modules` that also splices
 * the result into bench/RESULTS.md. Only a full run of every section writes the whole file.
 */
export const SECTIONS = ['startup', 'wire', 'workloads', 'latency', 'scale', 'modules'] as const;

export type Section = (typeof SECTIONS)[number];

export interface Selection {
  sections: ReadonlySet<Section>;
  quick: boolean;
  /** `--modules`: the modules section replaces its part of RESULTS.md. */
  spliceModules: boolean;
}

export class UsageError extends Error {}

function isSection(name: string): name is Section {
  return (SECTIONS as readonly string[]).includes(name);
}

export function parseSelection(argv: readonly string[]): Selection {
  const quick = argv.includes('--quick');
  const spliceModules = argv.includes('--modules');
  const onlyAt = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  const known = new Set(['--quick', '--modules']);
  for (const [i, arg] of argv.entries()) {
    if (i === onlyAt || (i === onlyAt + 1 && argv[onlyAt] === '--only') || known.has(arg)) continue;
    throw new UsageError(`unknown argument '${arg}' (use --quick, --modules, --only ${SECTIONS.join(',')})`);
  }
  if (spliceModules && onlyAt >= 0) throw new UsageError('--modules and --only cannot be combined (--modules is --only modules, written into RESULTS.md)');
  if (spliceModules) return { sections: new Set<Section>(['modules']), quick, spliceModules };
  if (onlyAt < 0) return { sections: new Set(SECTIONS), quick, spliceModules };
  const list = argv[onlyAt] === '--only' ? argv[onlyAt + 1] : argv[onlyAt].slice('--only='.length);
  if (!list) throw new UsageError(`--only needs a list of sections: ${SECTIONS.join(',')}`);
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !isSection(n));
  if (unknown.length) throw new UsageError(`unknown section(s) ${unknown.map((n) => `'${n}'`).join(', ')}: the sections are ${SECTIONS.join(', ')}`);
  return { sections: new Set(names.filter(isSection)), quick, spliceModules };
}

/** Every section, measured in full: the run whose report becomes bench/RESULTS.md. */
export function writesResults(s: Selection): boolean {
  return !s.quick && !s.spliceModules && SECTIONS.every((name) => s.sections.has(name));
}
