/**
 * The JSON Schemas the loader checks playbooks against: the keywords of each kind of entry, the
 * `import_playbook` entry, and the arguments of every module castoff checks. They are listed in one
 * place so the build compiles them all ahead of time (scripts/schema-validators.ts).
 */
import { builtinModule, builtinModuleNames, libraryModule } from '../modules/index.js';
import { conditions, type JsonSchema, objectOf, tags, text, varsMapping } from '../source/schema-values.js';
import { BLOCK_KEYWORDS, HANDLER_KEYWORDS, INCLUDE_KEYWORDS, keywordSchema, PLAY_KEYWORDS, RUN_TIME_INCLUDE_KEYWORDS, TASK_KEYWORDS } from './keywords.js';
import { INCLUDE_SPECS, ROLE_SPECS } from './modules.js';

export const KEYWORD_SCHEMAS = {
  play: keywordSchema(PLAY_KEYWORDS, ['hosts']),
  task: keywordSchema(TASK_KEYWORDS),
  handler: keywordSchema(HANDLER_KEYWORDS),
  block: keywordSchema(BLOCK_KEYWORDS),
  include: keywordSchema(INCLUDE_KEYWORDS),
  runTimeInclude: keywordSchema(RUN_TIME_INCLUDE_KEYWORDS),
} as const;

/** The names an `import_playbook` entry is written with (short, and the FQCNs of builtin and legacy). */
const IMPORT_PLAYBOOK_NAMES = ['import_playbook', 'ansible.builtin.import_playbook', 'ansible.legacy.import_playbook'];

const importSchemas = new Map<string, JsonSchema>();

/** An `import_playbook` entry written with `key` (one of IMPORT_PLAYBOOK_NAMES, as the loader found it). */
export function importPlaybookSchema(key: string): JsonSchema {
  let schema = importSchemas.get(key);
  if (!schema) {
    schema = objectOf({ [key]: text('a playbook path'), name: text(), vars: varsMapping, tags, when: conditions }, [key]);
    importSchemas.set(key, schema);
  }
  return schema;
}

/** Every schema above and every module's argument schema, for the build to compile. */
export function playbookSchemas(): JsonSchema[] {
  const modules = [...builtinModuleNames().map((name) => builtinModule(name)!), ...INCLUDE_SPECS.values(), ...ROLE_SPECS.values()];
  return [
    ...Object.values(KEYWORD_SCHEMAS),
    ...IMPORT_PLAYBOOK_NAMES.map(importPlaybookSchema),
    ...modules.map((spec) => spec.args),
    // A `library/` module's arguments are whatever it reads: the loader checks only that they are a mapping.
    libraryModule('library.py').args,
  ];
}
