/**
 * The warm helper's on/off switch as the benchmark flips it: the `CASTOFF_HELPER` environment
 * variable, which castoff reads for the CLI and for library runs that read settings. Every castoff
 * run of the benchmark sets it explicitly, so the caller's own environment never decides a column.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type HelperSetting = 'on' | 'off';

/** The settings compared side by side, the default first. */
export const HELPER_SETTINGS: readonly HelperSetting[] = ['on', 'off'];

export function helperEnv(setting: HelperSetting): { CASTOFF_HELPER: string } {
  return { CASTOFF_HELPER: setting === 'on' ? '1' : '0' };
}

/**
 * Whether this checkout ships the helper at all. Without it both settings run the same exec path,
 * and the report says so rather than letting two equal columns pass for a measured non-effect.
 */
export function helperShipped(repoRoot: string): boolean {
  return existsSync(join(repoRoot, 'remote/helper.py'));
}
