/**
 * A play's `vars_prompt` at its start, before its header, as Ansible asks: each variable not given
 * as an extra var is asked for (or taken from the caller's answers) and becomes a play variable.
 */
import type { Play } from '../playbook/index.js';
import { taint, type Vars } from '../template/index.js';
import type { VarsPromptAnswers } from './run-playbook.js';

/** Ansible's warning when it cannot ask (no terminal), said once per run. */
export const NOT_INTERACTIVE_WARNING = 'Not prompting as we are not in interactive mode';

/**
 * The play's answered variables. With no way to ask (no function, or the function gives none),
 * a prompt takes its `default`, else null, and `onNotInteractive` is called, as Ansible without a terminal.
 */
export async function promptedVars(play: Play, extraVars: Vars, answers: VarsPromptAnswers | undefined, onNotInteractive: () => void): Promise<Record<string, unknown>> {
  const vars: Record<string, unknown> = {};
  for (const prompt of play.vars_prompt ?? []) {
    if (Object.hasOwn(extraVars, prompt.name)) continue;
    const answer = typeof answers === 'function' ? await answers(prompt) : answers?.[prompt.name];
    if (answer === undefined) onNotInteractive();
    // An empty answer takes the default, as in Ansible.
    const value = answer === undefined || answer === '' ? (prompt.default ?? (answer === '' ? '' : null)) : answer;
    vars[prompt.name] = prompt.unsafe ? taint(value) : value;
  }
  return vars;
}
