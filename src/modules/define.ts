/** Building registry entries: the defaults every module shares, so each file says only what differs. */
import type { HostModule, ModuleSpec, PlayModule } from './types.js';

type SpecDefaults = 'freeForm' | 'freeFormOptions' | 'requiredOneOf' | 'mutuallyExclusive';

const SPEC_DEFAULTS: Pick<ModuleSpec, SpecDefaults> = { freeForm: false, freeFormOptions: [], requiredOneOf: [], mutuallyExclusive: [] };

/**
 * A module run per host. Its display kind, whether it runs on the controller alone and whether it
 * supports check mode are always stated, as a wrong default there would go unnoticed.
 */
export function hostModule(
  definition: Omit<HostModule, 'level' | SpecDefaults | 'setsVariables'> & Partial<Pick<HostModule, SpecDefaults | 'setsVariables'>>,
): HostModule {
  return { ...SPEC_DEFAULTS, setsVariables: false, ...definition, level: 'host' };
}

/** A module the play runner carries out over the whole batch (`meta`). */
export function playModule(definition: Omit<PlayModule, 'level' | SpecDefaults> & Partial<Pick<PlayModule, SpecDefaults>>): PlayModule {
  return { ...SPEC_DEFAULTS, ...definition, level: 'play' };
}
