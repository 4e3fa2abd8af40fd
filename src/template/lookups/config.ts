/**
 * Ansible's `config` lookup: the run's value of an Ansible setting, by its constant name
 * (`DEFAULT_ROLES_PATH`). castoff answers for the settings it reads (see the config layer's
 * `ansibleConfigValues`); any other name is missing, as an unknown one is in Ansible.
 */
import { TemplateError } from '../../core/errors.js';
import { pyTypeName } from '../python.js';
import { lookupEnvironment } from './controller.js';
import { LookupFailure } from './errors.js';
import type { Lookup } from './types.js';

const ON_MISSING = ['error', 'skip', 'warn'];

export const config: Lookup = {
  options: ['on_missing', 'plugin_type', 'plugin_name'],
  run: (terms, options) => {
    const missing = options.on_missing ?? 'error';
    const { plugin_type: pluginType, plugin_name: pluginName } = options;
    if ((pluginType ?? pluginName) !== undefined && (pluginType === undefined || pluginName === undefined)) {
      throw new LookupFailure('Both plugin_type and plugin_name are required, cannot use one without the other');
    }
    if (pluginType !== undefined) throw new TemplateError("castoff's config lookup reads global settings only, not a plugin's (plugin_type, plugin_name)");
    if (typeof missing !== 'string' || !ON_MISSING.includes(missing)) {
      throw new LookupFailure(`Invalid value "${String(missing)}" for configuration option "plugin_type: lookup plugin: config setting: on_missing ", valid values are: ${ON_MISSING.join(', ')}`);
    }
    const values = lookupEnvironment().config ?? {};
    const results: unknown[] = [];
    for (const term of terms) {
      if (typeof term !== 'string') throw new LookupFailure(`Invalid setting identifier, "${String(term)}" is not a string, its a <class '${pyTypeName(term)}'>`);
      if (Object.hasOwn(values, term)) results.push(values[term]);
      else if (missing === 'error') {
        const cause = `module 'ansible.constants' has no attribute '${term}'`;
        throw new LookupFailure(`Unable to find setting ${term}. ${cause}. ${cause}`);
      }
    }
    return results;
  },
};
