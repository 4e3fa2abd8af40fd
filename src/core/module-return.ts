/**
 * What Ansible's controller does to every module's return before anyone sees it: internal
 * `_ansible_*` keys are removed (with a warning, as a module has no business sending them), empty
 * `warnings`/`deprecations` are dropped, a `results` that is no list is renamed (it would be taken
 * for loop results), and interpreter-discovery facts, which only the controller may set, go.
 */
import type { ModuleResult } from './result.js';

function addWarning(result: ModuleResult, warning: string): void {
  result.warnings = [...(Array.isArray(result.warnings) ? result.warnings : []), warning];
}

export function cleanModuleReturn(returned: ModuleResult): ModuleResult {
  const result: ModuleResult = { ...returned };
  for (const key of Object.keys(result)) {
    if (!key.startsWith('_ansible_')) continue;
    addWarning(result, `Removed unexpected internal key in module return: ${key} = ${JSON.stringify(result[key])}`);
    delete result[key];
  }
  if ('results' in result && !Array.isArray(result.results)) {
    result.ansible_module_results = result.results;
    delete result.results;
    addWarning(result, "Found internal 'results' key in module return, renamed to 'ansible_module_results'.");
  }
  for (const key of ['warnings', 'deprecations']) {
    if (key in result && (!result[key] || (Array.isArray(result[key]) && (result[key] as unknown[]).length === 0))) delete result[key];
  }
  const facts = result.ansible_facts;
  if (facts && typeof facts === 'object' && !Array.isArray(facts)) {
    const kept = Object.entries(facts).filter(([key]) => !key.startsWith('discovered_interpreter_') && !key.startsWith('ansible_discovered_interpreter_'));
    result.ansible_facts = Object.fromEntries(kept);
  }
  return result;
}
