/**
 * castoff's ad-hoc form once its options are parsed: load the inventory and run one module on the
 * hosts of the pattern. Loaded by castoff.ts only when there is work to do.
 */
import { inventoryOptions, loadInventory, LOCALHOST_NAMES, runAdHoc, selectHosts } from '../index.js';
import type { AdHocCliOptions } from './castoff.js';
import { cliVaultKeyring, exitCodeForError, interruptibleRun, sharedRunOptions, startCommand } from './common.js';
import { EXIT, exitCodeFor } from './exit-codes.js';

/** Runs one module on the hosts of `pattern` with parsed options; resolves with the exit code. */
export async function runAdHocCommand(opts: AdHocCliOptions, pattern: string): Promise<number> {
  try {
    const { settings, output, warn } = startCommand('adhoc', opts);
    const vault = await cliVaultKeyring(opts, settings);
    const inventory = await loadInventory(opts.inventory ?? settings.inventory ?? [], {
      ...inventoryOptions(settings),
      vault,
      // As in Ansible, naming the implicit localhost is no reason to say the inventory is empty.
      localhostWarning: settings.localhostWarning !== false && !LOCALHOST_NAMES.includes(pattern),
    });
    inventory.warnings.forEach(warn);
    if (selectHosts(inventory, pattern, opts.limit, { onWarning: warn }).length === 0) {
      // Ansible says nothing more when the inventory is empty, and fails when --limit emptied the list.
      if (opts.limit && inventory.hosts.size > 0) {
        process.stderr.write('ERROR! Specified inventory, host pattern and/or --limit leaves us with no hosts to target.\n');
        return EXIT.error;
      }
      if (inventory.hosts.size > 0) warn('No hosts matched, nothing to do');
      return EXIT.ok;
    }
    const shared = await sharedRunOptions(opts, settings, vault);
    return await interruptibleRun(output, async (hooks) => {
      const result = await runAdHoc({
        ...shared,
        ...hooks,
        pattern,
        module: opts.moduleName,
        args: opts.args ?? '',
        async: opts.background,
        poll: opts.poll,
        inventory,
      });
      return exitCodeFor(result.outcome);
    });
  } catch (err) {
    return exitCodeForError(err, opts.verbose);
  }
}
