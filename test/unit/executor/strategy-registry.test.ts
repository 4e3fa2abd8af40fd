import { describe, expect, it } from 'vitest';
import { findStrategy, strategyNames } from '../../../src/executor/strategies/registry.js';
import type { Strategy } from '../../../src/executor/strategies/strategy.js';

/**
 * A walk whose groups finish only when the test says so, recording what started and ended and
 * how many groups were in progress at most.
 */
function controlledWalk() {
  const log: string[] = [];
  const pending = new Map<string, () => void>();
  let inProgress = 0;
  let most = 0;
  const walk = (hosts: readonly string[]): Promise<void> => {
    const key = hosts.join('+');
    log.push(`start ${key}`);
    inProgress++;
    most = Math.max(most, inProgress);
    return new Promise<void>((resolve) => {
      pending.set(key, () => {
        inProgress--;
        log.push(`end ${key}`);
        resolve();
      });
    });
  };
  /** Lets the walk of `key` finish and lets the strategy react to it. */
  const finish = async (key: string) => {
    const done = pending.get(key);
    if (!done) throw new Error(`${key} is not in progress (log: ${log.join(', ')})`);
    pending.delete(key);
    done();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { walk, finish, log, pending, most: () => most };
}

function strategy(name: string): Strategy {
  const found = findStrategy(name);
  if (!found) throw new Error(`no strategy ${name}`);
  return found;
}

const HOSTS = ['h1', 'h2', 'h3'];

describe('the strategy registry', () => {
  it('knows linear, free and host_pinned, also by their ansible.builtin names', () => {
    expect(strategyNames()).toEqual(['linear', 'free', 'host_pinned']);
    for (const name of strategyNames()) {
      expect(findStrategy(name)?.name).toBe(name);
      expect(findStrategy(`ansible.builtin.${name}`)?.name).toBe(name);
    }
    expect(findStrategy('fastest')).toBeUndefined();
    expect(findStrategy('community.general.free')).toBeUndefined();
  });
});

describe('strategies decide which hosts walk together and when', () => {
  it('linear walks the whole batch as one group', async () => {
    const w = controlledWalk();
    const run = strategy('linear').run({ hosts: HOSTS, walk: w.walk, forks: 1 });
    await w.finish('h1+h2+h3');
    await run;
    expect(w.log).toEqual(['start h1+h2+h3', 'end h1+h2+h3']);
  });

  it('free starts every host at once, whatever the forks', async () => {
    const w = controlledWalk();
    const run = strategy('free').run({ hosts: HOSTS, walk: w.walk, forks: 1 });
    expect(w.log).toEqual(['start h1', 'start h2', 'start h3']);
    for (const h of ['h3', 'h1', 'h2']) await w.finish(h);
    await run;
    expect(w.most()).toBe(3);
  });

  it('host_pinned starts at most forks hosts; a waiting host takes the first slot that frees', async () => {
    const w = controlledWalk();
    const run = strategy('host_pinned').run({ hosts: ['h1', 'h2', 'h3', 'h4'], walk: w.walk, forks: 2 });
    expect(w.log).toEqual(['start h1', 'start h2']);
    await w.finish('h2');
    expect(w.log).toEqual(['start h1', 'start h2', 'end h2', 'start h3']);
    await w.finish('h1');
    expect(w.log.slice(4)).toEqual(['end h1', 'start h4']);
    await w.finish('h4');
    await w.finish('h3');
    await run;
    expect(w.most()).toBe(2);
    expect(w.pending.size).toBe(0);
  });

  it('host_pinned with one fork runs the hosts one after another, in order', async () => {
    const w = controlledWalk();
    const run = strategy('host_pinned').run({ hosts: HOSTS, walk: w.walk, forks: 1 });
    for (const h of HOSTS) await w.finish(h);
    await run;
    expect(w.log).toEqual(['start h1', 'end h1', 'start h2', 'end h2', 'start h3', 'end h3']);
  });

  it('host_pinned with more forks than hosts behaves like free', async () => {
    const w = controlledWalk();
    const run = strategy('host_pinned').run({ hosts: HOSTS, walk: w.walk, forks: 5 });
    expect(w.log).toEqual(['start h1', 'start h2', 'start h3']);
    for (const h of HOSTS) await w.finish(h);
    await run;
  });

  it('free and host_pinned walk nothing on an empty batch', async () => {
    for (const name of ['free', 'host_pinned']) {
      const walked: Array<readonly string[]> = [];
      await strategy(name).run({ hosts: [] as string[], walk: async (hosts) => void walked.push(hosts), forks: 2 });
      expect(walked).toEqual([]);
    }
  });
});
