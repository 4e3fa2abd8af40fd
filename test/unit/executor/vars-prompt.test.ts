import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MISMATCH_MESSAGE, VarsPrompter } from '../../../src/cli/vars-prompt.js';
import { ParseErrors } from '../../../src/core/errors.js';
import { parsePlaybookText, type VarsPrompt } from '../../../src/index.js';
import { play, resultOf, runLocal } from './run-local.js';

const prompts = `  vars_prompt:
    - name: with_default
      prompt: Enter p1
      default: d1
    - name: shown
      prompt: Enter p2
      private: false
    - name: bare
      prompt: Enter p3
    - name: raw
      unsafe: true
  tasks:
    - name: show
      debug:
        msg: "[{{ with_default }}] [{{ shown }}] [{{ bare }}] [{{ raw }}]"
`;

describe('vars_prompt in a run', () => {
  it('without answers takes the defaults, else None, and warns once as Ansible without a terminal', async () => {
    const run = await runLocal(play(prompts));
    expect(resultOf(run, 'show')?.result.msg).toBe('[d1] [None] [None] [None]');
    const warnings = run.events.filter((e) => e.type === 'warning' && e.message === 'Not prompting as we are not in interactive mode');
    expect(warnings).toHaveLength(1);
  });

  it('takes the answers given; an extra var skips its prompt; an unsafe answer is never rendered', async () => {
    const asked: string[] = [];
    const answers: Record<string, string> = { with_default: '', shown: 'typed', raw: '{{ shown }}' };
    const run = await runLocal(play(prompts), {
      extraVars: { bare: 'from -e' },
      varsPrompt: async (prompt: VarsPrompt) => {
        asked.push(prompt.name);
        return answers[prompt.name];
      },
    });
    expect(asked).toEqual(['with_default', 'shown', 'raw']);
    expect(resultOf(run, 'show')?.result.msg).toBe('[d1] [typed] [from -e] [{{ shown }}]');
  });

  it('a record of answers works for library callers', async () => {
    const run = await runLocal(play(prompts), { varsPrompt: { with_default: 'a', shown: 'b', bare: 'c', raw: 'd' } });
    expect(resultOf(run, 'show')?.result.msg).toBe('[a] [b] [c] [d]');
    expect(run.events.some((e) => e.type === 'warning')).toBe(false);
  });

  it('encrypt, salt and salt_size are refused at load time, naming the line', async () => {
    const text = play(`  vars_prompt:
    - name: pw
      prompt: Password
      encrypt: sha512_crypt
      salt_size: 7
  tasks: []
`);
    const error = await parsePlaybookText(text, 'site.yml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseErrors);
    const messages = (error as ParseErrors).errors.map((e) => `${e.line}: ${e.detail}`);
    expect(messages.some((m) => m.startsWith('6:') && m.includes("vars_prompt 'pw': 'encrypt' is not supported"))).toBe(true);
    expect(messages.some((m) => m.startsWith('7:') && m.includes("'salt_size' is not supported"))).toBe(true);
  });

  it('an unknown option of a prompt is an error', async () => {
    const error = await parsePlaybookText(play('  vars_prompt:\n    - name: x\n      promt: typo\n  tasks: []\n'), 'site.yml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseErrors);
    expect((error as ParseErrors).message).toContain("unknown option 'promt'");
  });
});

function prompter(lines: string[], terminal = false) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  if (lines.length > 0) input.write(lines.map((l) => `${l}\n`).join(''));
  return { prompter: new VarsPrompter({ input, output, terminal }), shown: () => shown, input };
}

const spec = (over: Partial<VarsPrompt>): VarsPrompt => ({ name: 'v', prompt: 'Enter v', private: true, confirm: false, unsafe: false, position: { file: 'x', line: 1, col: 1 }, ...over });

describe('the terminal prompter', () => {
  it('asks one question after another on the same stream, showing the default', async () => {
    const { prompter: p, shown } = prompter(['first', '']);
    expect(await p.ask(spec({ prompt: 'Enter a', default: 'd' }))).toBe('first');
    expect(await p.ask(spec({ prompt: 'Enter b' }))).toBe('');
    p.close();
    expect(shown()).toContain('Enter a [d]: ');
    expect(shown()).toContain('Enter b: ');
  });

  it('confirm asks again until both answers match', async () => {
    const { prompter: p, shown } = prompter(['one', 'two', 'same', 'same']);
    expect(await p.ask(spec({ confirm: true }))).toBe('same');
    p.close();
    expect(shown().split(MISMATCH_MESSAGE)).toHaveLength(2);
    expect(shown()).toContain('confirm Enter v: ');
  });

  it('does not echo a private answer on a terminal, and echoes a public one', async () => {
    // Typed while each question waits, as on a terminal.
    const { prompter: p, shown, input } = prompter([], true);
    const secret = p.ask(spec({ private: true }));
    input.write('secret\n');
    expect(await secret).toBe('secret');
    const visible = p.ask(spec({ private: false, prompt: 'Enter w' }));
    input.write('visible\n');
    expect(await visible).toBe('visible');
    p.close();
    expect(shown()).not.toContain('secret');
    expect(shown()).toContain('visible');
  });

  it('end of input answers with nothing instead of hanging', async () => {
    const { prompter: p, input } = prompter([]);
    const answer = p.ask(spec({}));
    input.end();
    expect(await answer).toBe('');
    p.close();
  });
});
