/**
 * Which output format a command uses, by Ansible's rules: the command line first (`--output`,
 * then the ad-hoc `-o/--one-line`), then `stdout_callback` (ANSIBLE_STDOUT_CALLBACK over
 * ansible.cfg, settled in config/settings.ts), then the command's own default: `default` for
 * playbooks, `minimal` for ad-hoc. As `ansible` does, the ad-hoc command honours `stdout_callback` only with
 * `bin_ansible_callbacks` on, and not when it names `default`.
 */
import type { Settings } from '../index.js';

export type Command = 'playbook' | 'adhoc';

export interface OutputRequest {
  /** `--output NAME`; `human` is castoff's older name for the command's own default. */
  output?: string;
  /** The ad-hoc `-o/--one-line`. */
  oneLine?: boolean;
}

const COMMAND_DEFAULT: Record<Command, string> = { playbook: 'default', adhoc: 'minimal' };
const DEFAULT_NAMES = new Set(['default', 'ansible.builtin.default']);

export function outputName(command: Command, request: OutputRequest, settings: Pick<Settings, 'stdoutCallback' | 'loadCallbackPlugins'>): string {
  if (request.output !== undefined) return request.output === 'human' ? COMMAND_DEFAULT[command] : request.output;
  if (request.oneLine) return 'oneline';
  const configured = settings.stdoutCallback;
  if (configured === undefined) return COMMAND_DEFAULT[command];
  if (command === 'adhoc' && (settings.loadCallbackPlugins !== true || DEFAULT_NAMES.has(configured))) return COMMAND_DEFAULT[command];
  return configured;
}
