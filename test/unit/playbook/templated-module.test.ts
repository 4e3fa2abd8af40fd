import { describe, expect, it } from 'vitest';
import { parsePlaybookText } from '../../../src/playbook/index.js';

const noAnsible = { ansible: { env: { PATH: '' } }, rolesPaths: [] as string[] };

async function loadError(tasks: string): Promise<string> {
  return parsePlaybookText(`- hosts: all\n  vars: {m: debug}\n  tasks:\n${tasks}`, 'site.yml', noAnsible).then(
    () => 'loaded',
    (err: Error) => err.message,
  );
}

describe('a templated module name', () => {
  it('as a task key gets Ansible\'s load-time error at its line', async () => {
    expect(await loadError('    - "{{ m }}": msg=hi\n')).toBe(
      "site.yml:4:7: task \"{{ m }}\": couldn't resolve module/action '{{ m }}'. This often indicates a misspelling, missing collection, or incorrect module path.",
    );
  });

  it('in action: (a string or a mapping) is named as unsupported, not as the unknown module \'{{\'', async () => {
    const message = /site\.yml:[45]:\d+: task "unnamed": a templated module name \('\{\{ m \}\}'\) is not supported; castoff resolves modules when the playbook loads/;
    expect(await loadError('    - action: "{{ m }} msg=hi"\n')).toMatch(message);
    expect(await loadError('    - action:\n        module: "{{ m }}"\n        msg: hi\n')).toMatch(message);
  });
});
