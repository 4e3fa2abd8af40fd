import { describe, expect, it } from 'vitest';
import { selectedByTags } from '../../../src/executor/index.js';
import { effectiveKeywords } from '../../../src/executor/scope.js';
import { parsePlaybookText, type Block, type Task } from '../../../src/playbook/index.js';

describe('tag selection', () => {
  it('runs everything without --tags, and only matching tasks with it', () => {
    expect(selectedByTags([], undefined, undefined)).toBe(true);
    expect(selectedByTags(['a'], ['a'], undefined)).toBe(true);
    expect(selectedByTags(['b'], ['a'], undefined)).toBe(false);
    expect(selectedByTags([], ['a'], undefined)).toBe(false);
  });

  it('always runs unless skipped by name; never runs only when asked', () => {
    expect(selectedByTags(['always'], ['a'], undefined)).toBe(true);
    expect(selectedByTags(['always'], undefined, ['always'])).toBe(false);
    expect(selectedByTags(['never'], undefined, undefined)).toBe(false);
    expect(selectedByTags(['never', 'debug'], ['debug'], undefined)).toBe(true);
  });

  it('understands tagged, untagged and all', () => {
    expect(selectedByTags(['x'], ['tagged'], undefined)).toBe(true);
    expect(selectedByTags([], ['untagged'], undefined)).toBe(true);
    expect(selectedByTags(['x'], ['all'], undefined)).toBe(true);
    expect(selectedByTags(['x'], undefined, ['tagged'])).toBe(false);
  });
});

describe('keyword inheritance', () => {
  it('takes the nearest setting, merges vars and environment, adds up tags and when', async () => {
    const pb = await parsePlaybookText(
      `- hosts: all
  become: true
  vars: {a: play, b: play}
  environment: {X: play}
  tags: [p]
  tasks:
    - block:
        - name: inner
          command: "true"
          become: false
          vars: {b: task}
          when: y
          tags: [t]
      when: x
      vars: {c: block}
      environment: {Y: block}
      tags: [b]
`,
      'scope.yml',
    );
    const play = pb.plays[0];
    const block = play.tasks[0] as Block;
    const task = block.block[0] as Task;
    const k = effectiveKeywords({ play, blocks: [block] }, task);
    expect(k.become).toBe(false);
    expect(k.vars).toEqual({ c: 'block', b: 'task' });
    expect(k.environment).toEqual([{ X: 'play' }, { Y: 'block' }]);
    expect(k.tags).toEqual(['p', 'b', 't']);
    expect(k.when).toEqual(['x', 'y']);
  });
});
