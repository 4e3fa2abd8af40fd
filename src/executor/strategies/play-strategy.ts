/**
 * The strategy a play runs with: its `strategy:` keyword, which may be a template over the play's
 * vars, vars_files and extra vars (as in Ansible, host variables are not in scope), or the run's
 * default. An unknown name stops the run when the play starts, as Ansible's
 * `Invalid play strategy specified` does.
 */
import { PlayError } from '../../core/index.js';
import { mergeVarLayers } from '../../inventory/index.js';
import type { Play } from '../../playbook/index.js';
import { lazyVars, renderValue, type Vars } from '../../template/index.js';
import { findStrategy, strategyNames } from './registry.js';
import type { Strategy } from './strategy.js';

export interface PlayScopeVars {
  varsFiles: Vars;
  extraVars: Vars;
}

/** `fallback` is the run's default (ansible.cfg `strategy`, ANSIBLE_STRATEGY, else `linear`). */
export function playStrategy(play: Play, scope: PlayScopeVars, fallback: string): Strategy {
  const name = strategyName(play, scope) ?? fallback;
  const strategy = findStrategy(name);
  if (!strategy) {
    const known = strategyNames().map((n) => `'${n}'`);
    throw new PlayError(play.position, `Invalid play strategy specified: ${name} (castoff's strategies are ${known.slice(0, -1).join(', ')} and ${known[known.length - 1]})`);
  }
  return strategy;
}

function strategyName(play: Play, scope: PlayScopeVars): string | undefined {
  if (play.strategy === undefined) return undefined;
  try {
    const vars = lazyVars(mergeVarLayers(play.vars, scope.varsFiles, scope.extraVars));
    return String(renderValue(play.strategy, vars)).trim();
  } catch (err) {
    throw new PlayError(play.position, `the play's strategy '${play.strategy}' cannot be rendered: ${(err as Error).message}`);
  }
}
