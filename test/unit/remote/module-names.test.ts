// Module names and module files: a file in remote/ named after a standard-library module would be
// imported in its place by every module that runs from that directory (stat.py shadowed `stat`), so
// such modules live under another file name, mapped in one place (src/target/payloads.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinModuleFile, builtinModuleNames } from '../../../src/target/payloads.js';
import { REMOTE_DIR, runPython } from './harness.js';

/** Which of `names` the interpreter's standard library holds (Python 3.10+ lists them; older ones are asked for each, isolated from site-packages). */
async function stdlibNames(names: string[]): Promise<string[]> {
  const program = [
    'import json, sys',
    'names = json.loads(sys.argv[1])',
    'if hasattr(sys, "stdlib_module_names"):',
    '    print(json.dumps([n for n in names if n in sys.stdlib_module_names]))',
    'else:',
    '    import importlib.util',
    '    print(json.dumps([n for n in names if importlib.util.find_spec(n) is not None]))',
  ].join('\n');
  // -I -S: neither the current directory nor site-packages is on the path, so only the stdlib answers.
  const finished = await runPython(['-I', '-S', '-c', program, JSON.stringify(names)]);
  return JSON.parse(finished.stdout) as string[];
}

const pythonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3));

describe('remote module files', () => {
  it('none is named after a standard-library module', async () => {
    const names = [...pythonFiles(REMOTE_DIR), ...pythonFiles(join(REMOTE_DIR, 'modules'))];
    expect(names).toContain('stat_module');
    // The check itself can fail: the old file names are caught.
    expect(await stdlibNames(['stat', 'copy', 'ping'])).toEqual(['stat', 'copy']);
    expect(await stdlibNames(names)).toEqual([]);
  });

  it('maps module names to files in one place, and lists modules by their names', () => {
    expect(builtinModuleFile('stat')).toBe('modules/stat_module.py');
    expect(builtinModuleFile('copy')).toBe('modules/copy_module.py');
    expect(builtinModuleFile('shell')).toBe('modules/shell.py');
    for (const notAModule of ['stat_module', 'copy_module', '_castoff_records', '_castoff_common', 'nope', '../async_wrapper']) {
      expect(builtinModuleFile(notAModule)).toBeUndefined();
    }
    const names = builtinModuleNames();
    expect(names).toEqual(expect.arrayContaining(['stat', 'copy', 'shell', 'command', 'async_status']));
    expect(names.filter((n) => n.endsWith('_module') || n.startsWith('_'))).toEqual([]);
  });
});
