/**
 * What the loader knows about module names: the module registry's modules, plus the inclusion
 * keywords Ansible writes like modules (`import_tasks: file.yml`), which the loader resolves
 * itself and the executor never runs.
 */
import { builtinModule as registeredModule, builtinModuleNames as registeredModuleNames, type ModuleSpec, shortModuleName } from '../modules/index.js';
import { bool, mapping, objectOf, text } from '../source/schema-values.js';

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

export type RoleKeyword = 'import_role' | 'include_role';

function roleSpec(name: RoleKeyword): ModuleSpec {
  const from = text('a file name in the role');
  return {
    name,
    freeForm: false,
    freeFormOptions: [],
    args: objectOf({
      name: text('a role name'),
      tasks_from: from,
      vars_from: from,
      defaults_from: from,
      handlers_from: from,
      allow_duplicates: bool,
      public: bool,
      rolespec_validate: bool,
      ...(name === 'include_role' ? { apply: mapping } : {}),
    }),
    requiredOneOf: [['name']],
    mutuallyExclusive: [],
  };
}

export const ROLE_SPECS: ReadonlyMap<RoleKeyword, ModuleSpec> = new Map((['import_role', 'include_role'] as const).map((name) => [name, roleSpec(name)]));

/** A module name's spec, and whether it is an inclusion keyword only the loader handles. */
export interface BuiltinSpec {
  spec: ModuleSpec;
  loaderOnly: boolean;
}

/** The built-in module or inclusion keyword a task key names (short name or FQCN), if any. */
export function builtinModule(name: string): BuiltinSpec | undefined {
  const include = INCLUDE_SPECS.get(shortModuleName(name) as IncludeKeyword);
  if (include) return { spec: include, loaderOnly: true };
  const role = ROLE_SPECS.get(shortModuleName(name) as RoleKeyword);
  if (role) return { spec: role, loaderOnly: true };
  const module = registeredModule(name);
  return module ? { spec: module, loaderOnly: false } : undefined;
}

/** Every name under which a built-in module may be written, for did-you-mean suggestions. */
export function builtinModuleNames(): string[] {
  return [...registeredModuleNames(), ...INCLUDE_SPECS.keys(), ...ROLE_SPECS.keys()];
}

export { shortModuleName, type ModuleSpec };
