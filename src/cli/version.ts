/**
 * `--version` in the layout of `ansible-playbook --version`, so whoever checks which tool, config
 * file and runtime they have finds the same lines. The facts come from the light `castoff/version`
 * entry of the API: answering must not load the executor, the template engine or ssh2.
 */
import { versionFacts, type VersionFacts } from '../version.js';

export function formatVersion(facts: VersionFacts): string {
  return [
    `${facts.command} ${facts.version}`,
    `  config file = ${facts.configFile ?? 'None'}`,
    // `--version` stays light and reads no settings beyond finding the config file, so the
    // `library` setting the loader honours is not listed here.
    '  configured module search path = Default w/o overrides',
    `  castoff module location = ${facts.moduleLocation}`,
    `  executable location = ${facts.executable}`,
    `  node version = ${facts.nodeVersion}`,
    `  ssh2 version = ${facts.ssh2Version}`,
  ].join('\n');
}

export function versionText(command: string): string {
  return formatVersion(versionFacts(command));
}
