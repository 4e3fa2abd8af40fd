/**
 * docs/events.schema.json: the JSON Schema of castoff's run events, generated from the `RunEvent`
 * type in src/events/types.ts and its doc comments. `npm run docs:events` writes it; a unit test
 * generates it afresh and fails when the committed file differs, so the two cannot drift apart.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

export const SCHEMA_FILE = 'docs/events.schema.json';

/** The schema's text for the project at `root`, as the committed file holds it. */
export function eventSchemaText(root: string): string {
  const generator = createGenerator({
    path: join(root, 'src/events/types.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'RunEvent',
    topRef: false,
    // The types are checked by the build; the generator only reads them.
    skipTypeCheck: true,
  });
  const { $schema, ...schema } = generator.createSchema('RunEvent');
  const document = {
    $schema,
    title: 'castoff run event',
    description: 'One event of a castoff run, as `--output jsonl` writes each line and `runPlaybook({ onEvent })` hands it over. See docs/events.md.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(join(process.cwd(), SCHEMA_FILE), eventSchemaText(process.cwd()));
  console.log(`wrote ${SCHEMA_FILE}`);
}
