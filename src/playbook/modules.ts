/**
 * What the loader knows about module names: the module registry's modules, plus the inclusion
 * keywords Ansible writes like modules (`import_tasks: file.yml`), which the loader resolves
 * itself and the executor never runs.
 */
import { builtinModule as registeredModule, builtinModuleNames as registeredModuleNames, type ModuleSpec, shortModuleName } from '../modules/index.js';
import { mapping, objectOf, text } from '../source/schema-values.js';

export type IncludeKeyword = 'include_tasks' | 'import_tasks' | 'import_playbook';

function includeSpec(name: IncludeKeyword): ModuleSpec {
  return {
    name,
    freeForm: false,
    freeFormOptions: [],
    args: objectOf({ _raw_params: text('a path'), file: text('a path'), apply: mapping }),
    requiredOneOf: [['_raw_params', 'file']],
    mutuallyExclusive: [],
  };
}

export const INCLUDE_SPECS: ReadonlyMap<IncludeKeyword, ModuleSpec> = new Map(
  (['include_tasks', 'import_tasks', 'import_playbook'] as const).map((name) => [name, includeSpec(name)]),
);

/** A module name's spec, and whether it is an inclusion keyword only the loader handles. */
export interface BuiltinSpec {
  spec: ModuleSpec;
  loaderOnly: boolean;
}

/** The built-in module or inclusion keyword a task key names (short name or FQCN), if any. */
export function builtinModule(name: string): BuiltinSpec | undefined {
  const include = INCLUDE_SPECS.get(shortModuleName(name) as IncludeKeyword);
  if (include) return { spec: include, loaderOnly: true };
  const module = registeredModule(name);
  return module ? { spec: module, loaderOnly: false } : undefined;
}

/** Every name under which a built-in module may be written, for did-you-mean suggestions. */
export function builtinModuleNames(): string[] {
  return [...registeredModuleNames(), ...INCLUDE_SPECS.keys()];
}

export { shortModuleName, type ModuleSpec };
