// castoff's setup.py run locally: gather_subset's rules, filter, local facts and the message for a
// bad subset. The facts' values on a real Debian host are tested in test/integration/facts.test.ts.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, makeTempDir, modulePath, parseReply, runPython, writeJson } from './harness.js';

afterAll(cleanUp);

async function setup(args: Record<string, unknown>) {
  const argsPath = await writeJson(await makeTempDir(), 'args.json', args);
  const finished = await runPython([modulePath('setup'), argsPath]);
  return { code: finished.code, result: parseReply(finished) as Record<string, unknown> };
}

const factNames = (result: Record<string, unknown>) => Object.keys(result.ansible_facts as object);

describe.concurrent('setup.py', () => {
  it('gathers min always, network and hardware with all, and echoes gather_subset', async () => {
    const all = await setup({});
    expect(all.code).toBe(0);
    expect(all.result).toMatchObject({ changed: false, ansible_facts: { gather_subset: ['all'], module_setup: true, ansible_system: 'Linux' } });
    expect(factNames(all.result)).toEqual(expect.arrayContaining(['ansible_distribution', 'ansible_default_ipv4', 'ansible_interfaces', 'ansible_memtotal_mb', 'ansible_processor_vcpus']));
    const min = factNames((await setup({ gather_subset: ['min'] })).result);
    expect(min).toEqual(expect.arrayContaining(['ansible_distribution', 'ansible_python', 'ansible_date_time', 'ansible_env', 'ansible_pkg_mgr']));
    expect(min).not.toContain('ansible_interfaces');
    expect(min).not.toContain('ansible_memtotal_mb');
    const network = factNames((await setup({ gather_subset: '!all,network' })).result);
    expect(network).toEqual(expect.arrayContaining(['ansible_distribution', 'ansible_interfaces', 'ansible_default_ipv4']));
    expect(network).not.toContain('ansible_memtotal_mb');
    expect((await setup({ gather_subset: ['!all', '!min'] })).result.ansible_facts).toEqual({ gather_subset: ['!all', '!min'], module_setup: true });
  });

  it('filter keeps the facts whose names match a pattern', async () => {
    const { result } = await setup({ filter: ['ansible_user_*', 'ansible_system'] });
    const names = factNames(result);
    expect(names).toContain('ansible_user_id');
    expect(names).toContain('ansible_system');
    for (const name of names) expect(name).toMatch(/^ansible_(user_|system$)/);
  });

  it('reads local facts: JSON files and executables printing JSON, and names one that fails', async () => {
    const dir = await makeTempDir();
    const factPath = join(dir, 'facts.d');
    await mkdir(factPath);
    await writeFile(join(factPath, 'app.fact'), '{"version": "1.2", "port": 80}');
    await writeFile(join(factPath, 'gen.fact'), '#!/bin/sh\necho \'{"generated": true}\'\n');
    await chmod(join(factPath, 'gen.fact'), 0o755);
    await writeFile(join(factPath, 'broken.fact'), 'not json');
    await writeFile(join(factPath, 'ignored.txt'), '{}');
    const { result } = await setup({ gather_subset: ['!all'], fact_path: factPath });
    const local = (result.ansible_facts as { ansible_local: Record<string, unknown> }).ansible_local;
    expect(Object.keys(local).sort()).toEqual(['app', 'broken', 'gen']);
    expect(local.app).toEqual({ version: '1.2', port: 80 });
    expect(local.gen).toEqual({ generated: true });
    expect(local.broken).toMatch(/^error loading fact/);
  });

  it('fails on a subset it does not know, listing the ones it does', async () => {
    const { code, result } = await setup({ gather_subset: ['min', 'bogus'] });
    expect(code).toBe(1);
    expect(result).toMatchObject({ failed: true });
    expect(result.msg).toMatch(/^Bad subset 'bogus' given to setup\. gather_subset options allowed: all, .*network.*/);
  });
});
