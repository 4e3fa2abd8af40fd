import { describe, expect, it } from 'vitest';
import { serialBatches } from '../../../src/executor/index.js';

const hosts = Array.from({ length: 10 }, (_, i) => `h${i + 1}`);

describe('serial batches', () => {
  it('runs every host in one batch without serial', () => {
    expect(serialBatches(hosts, undefined)).toEqual([hosts]);
    expect(serialBatches([], [2])).toEqual([]);
  });

  it('splits by a number, the last batch taking the rest', () => {
    expect(serialBatches(hosts, [3]).map((b) => b.length)).toEqual([3, 3, 3, 1]);
  });

  it('splits by a percentage of all hosts, never below one', () => {
    expect(serialBatches(hosts, ['30%']).map((b) => b.length)).toEqual([3, 3, 3, 1]);
    expect(serialBatches(hosts.slice(0, 3), ['10%']).map((b) => b.length)).toEqual([1, 1, 1]);
  });

  it('follows a list of sizes and repeats the last one', () => {
    expect(serialBatches(hosts, [1, 2, '50%']).map((b) => b.length)).toEqual([1, 2, 5, 2]);
    expect(serialBatches(hosts, [1, 2, '50%']).flat()).toEqual(hosts);
  });
});
