import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownViolations } from './layers/allowlist.js';
import { compareWithAllowlist, findViolations, listImports, violationKey } from './layers/check.js';
import { layerTable, rootFiles } from './layers/table.js';

const repoRoot = join(import.meta.dirname, '..', '..');

function sourceFiles(): Map<string, string> {
  const names = readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' });
  return new Map(
    names
      .filter((name) => name.endsWith('.ts'))
      .map((name) => {
        const path = `src/${name.split('\\').join('/')}`;
        return [path, readFileSync(join(repoRoot, path), 'utf8')] as const;
      }),
  );
}

describe('import layers of src/', () => {
  it('every import in src/ follows the layer table, except the allowlisted ones, and every allowlisted one still exists', () => {
    const files = sourceFiles();
    // The check means nothing if it read nothing: there are well over a hundred source files.
    expect(files.size).toBeGreaterThan(100);
    expect(files.has('src/index.ts')).toBe(true);

    const { unexpected, stale } = compareWithAllowlist(findViolations(files, layerTable, rootFiles), knownViolations);
    expect(unexpected, 'new imports against the layer table (see docs/architecture.md, section 2)').toEqual([]);
    expect(stale, 'allowlisted imports that no longer break the table: delete them from test/unit/layers/allowlist.ts').toEqual([]);
  });

  it('the allowlist names each import once, with a reason', () => {
    const keys = knownViolations.map(violationKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of knownViolations) expect(entry.reason.trim(), violationKey(entry)).not.toBe('');
  });

  it('every layer the table allows importing is itself in the table', () => {
    const layers = Object.keys(layerTable);
    for (const allowed of Object.values(layerTable)) for (const layer of allowed) expect(layers).toContain(layer);
    for (const layer of Object.values(rootFiles)) expect(layers).toContain(layer);
  });
});

describe('the layer check', () => {
  const check = (files: Record<string, string>) => findViolations(new Map(Object.entries(files)), layerTable, rootFiles);

  it('finds every form of import: static, side-effect, re-export, dynamic, type-only and import types', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "import './c.js';",
      "export { d } from './d.js';",
      "export * from './e.js';",
      "export type { F } from './f.js';",
      "const g = await import('./g.js');",
      "let h: import('./h.js').H;",
      "import i = require('./i.js');",
      '// import { x } from "./comment.js";',
      "const s = \"import { y } from './string.js'\";",
    ].join('\n');
    expect(listImports('src/x.ts', text)).toEqual([
      { specifier: './a.js', line: 1 },
      { specifier: './b.js', line: 2 },
      { specifier: './c.js', line: 3 },
      { specifier: './d.js', line: 4 },
      { specifier: './e.js', line: 5 },
      { specifier: './f.js', line: 6 },
      { specifier: './g.js', line: 7 },
      { specifier: './h.js', line: 8 },
      { specifier: './i.js', line: 9 },
    ]);
  });

  it('reports an import up the flow, naming the file, line and what the layer may import', () => {
    const violations = check({
      'src/connection/ssh.ts': "import { ok } from '../core/errors.js';\nimport { runPlaybook } from '../executor/index.js';\n",
    });
    expect(violations).toEqual([
      {
        from: 'src/connection/ssh.ts',
        to: 'src/executor/index.ts',
        line: 2,
        message: 'src/connection/ssh.ts:2 imports src/executor/index.ts: connection may import only core',
      },
    ]);
  });

  it('counts type-only and dynamic imports as much as value imports', () => {
    const violations = check({
      'src/output/human.ts': "import type { ModuleResult } from '../async/index.js';\n",
      'src/events/types.ts': "const m = await import('../output/index.js');\n",
      'src/template/render.ts': "export type { Play } from '../playbook/index.js';\n",
    });
    expect(violations.map(violationKey)).toEqual([
      'src/output/human.ts -> src/async/index.ts',
      'src/events/types.ts -> src/output/index.ts',
      'src/template/render.ts -> src/playbook/index.ts',
    ]);
  });

  it('allows imports down the flow, within a layer, of core, and of packages', () => {
    expect(
      check({
        'src/executor/task-runner.ts':
          "import { x } from './vars.js';\nimport { a } from '../async/index.js';\nimport { E } from '../core/errors.js';\nimport { Client } from 'ssh2';\nimport { join } from 'node:path';\n",
        'src/output/human.ts': "import type { RunEvent } from '../events/index.js';\nimport type { ModuleResult } from '../core/result.js';\n",
        'src/cli/castoff.ts': "import { runPlaybook } from '../index.js';\n",
        'src/index.ts': "export * from './jobs/index.js';\nexport { loadInventory } from './inventory/index.js';\n",
      }),
    ).toEqual([]);
  });

  it('rejects the CLI importing anything but the public API, and core importing anything else', () => {
    const violations = check({
      'src/cli/castoff.ts': "import { ConfigError } from '../core/errors.js';\n",
      'src/core/result.ts': "import type { RunEvent } from '../events/index.js';\n",
      'src/core/errors.ts': "import type { Task } from '../playbook/index.js';\n",
    });
    expect(violations.map(violationKey)).toEqual([
      'src/cli/castoff.ts -> src/core/errors.ts',
      'src/core/result.ts -> src/events/index.ts',
      'src/core/errors.ts -> src/playbook/index.ts',
    ]);
  });

  it('rejects a folder or root file that is not in the table, and an import that leaves src/', () => {
    const violations = check({
      'src/plugins/thing.ts': "export const thing = 1;\n",
      'src/helpers.ts': "export const help = 1;\n",
      'src/executor/play-runner.ts': "import { h } from '../../test/helpers/hosts.js';\nimport { p } from '../plugins/thing.js';\n",
    });
    expect(violations.map((v) => v.message)).toEqual([
      'src/plugins/thing.ts is in no layer of the table',
      'src/helpers.ts is in no layer of the table',
      'src/executor/play-runner.ts:1 imports test/helpers/hosts.ts, which is in no layer of the table',
      'src/executor/play-runner.ts:2 imports src/plugins/thing.ts, which is in no layer of the table',
    ]);
  });

  it('fails on a new violation and on an allowlisted import that is gone', () => {
    const violations = check({
      'src/output/human.ts': "import type { ModuleResult } from '../async/index.js';\n",
      'src/output/json.ts': "import { runPlaybook } from '../executor/index.js';\n",
    });
    const { unexpected, stale } = compareWithAllowlist(violations, [
      { from: 'src/output/human.ts', to: 'src/async/index.ts', reason: 'ModuleResult lives in async/' },
      { from: 'src/output/diff.ts', to: 'src/async/index.ts', reason: 'moved to core/ since' },
    ]);
    expect(unexpected).toEqual([
      'src/output/json.ts:1 imports src/executor/index.ts: output may import only events, core',
    ]);
    expect(stale).toEqual(['src/output/diff.ts -> src/async/index.ts']);
  });
});
