import { describe, expect, it } from 'vitest';
import { hostVars, InventoryError, loadInventory } from '../../../src/inventory/index.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

const EXECUTABLE = 0o755;

function script(body: string): { text: string; mode: number } {
  return { text: `#!/bin/sh\n${body}\n`, mode: EXECUTABLE };
}

describe('executable inventories', () => {
  it('runs the file with --list and reads groups, children, vars and _meta.hostvars', async () => {
    const json = JSON.stringify({
      web: { hosts: ['w1', 'w2'], vars: { http: 80 }, children: ['canary'] },
      canary: ['w3'],
      _meta: { hostvars: { w1: { ansible_host: '10.0.0.1' }, ghost: { x: 1 } } },
    });
    const root = await writeTree({ 'inventory.sh': script(`[ "$1" = "--list" ] || exit 3\ncat <<'JSON'\n${json}\nJSON`) });
    const inventory = await loadInventory([`${root}/inventory.sh`]);
    expect([...inventory.hosts.keys()]).toEqual(['w1', 'w2', 'w3']);
    expect(inventory.groups.get('canary')?.parents).toEqual(['web']);
    expect(hostVars(inventory, 'w1')).toEqual({ http: 80, ansible_host: '10.0.0.1' });
    expect(hostVars(inventory, 'w3')).toEqual({ http: 80 });
  });

  it('asks --host for each host when the script gives no _meta', async () => {
    const root = await writeTree({
      'inv.sh': script(`if [ "$1" = "--list" ]; then echo '{"web": ["w1", "w2"]}'; else echo "{\\"who\\": \\"$2\\"}"; fi`),
    });
    const inventory = await loadInventory([`${root}/inv.sh`]);
    expect(inventory.hosts.get('w2')?.vars).toEqual({ who: 'w2' });
  });

  it('stops a script that runs past the timeout, naming the file', async () => {
    const root = await writeTree({ 'slow.sh': script('sleep 60') });
    const started = Date.now();
    const error = await loadInventory([`${root}/slow.sh`], { scriptTimeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InventoryError);
    expect((error as Error).message).toBe(`inventory script ${root}/slow.sh --list did not finish within 0.3s`);
    // Far below the script's 60 s; the slack is for a loaded machine.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('rejects output that is not JSON, naming the file', async () => {
    const root = await writeTree({ 'bad.sh': script('echo "Traceback: oops"') });
    await expect(loadInventory([`${root}/bad.sh`])).rejects.toThrow(
      `inventory script ${root}/bad.sh --list printed invalid JSON: "Traceback: oops"`,
    );
  });

  it('rejects JSON that is not an object', async () => {
    const root = await writeTree({ 'list.sh': script("echo '[1]'") });
    await expect(loadInventory([`${root}/list.sh`])).rejects.toThrow(`inventory script ${root}/list.sh --list must print a JSON object, got a list`);
  });

  it('reports a failing script with its exit code and first error line', async () => {
    const root = await writeTree({ 'fail.sh': script('echo "no credentials" >&2\nexit 2') });
    await expect(loadInventory([`${root}/fail.sh`])).rejects.toThrow(`inventory script ${root}/fail.sh --list failed with exit code 2: no credentials`);
  });

  it('reads an executable file without #! as a plain inventory', async () => {
    const root = await writeTree({ hosts: { text: '[web]\nw1\n', mode: EXECUTABLE } });
    expect([...(await loadInventory([`${root}/hosts`])).hosts.keys()]).toEqual(['w1']);
  });
});
