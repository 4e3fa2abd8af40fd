/** Events of work done at the same time, reported in the order the work was listed. */
import { describe, expect, it } from 'vitest';
import { InOrder } from '../../../src/executor/task/in-order.js';

describe('events in order', () => {
  it('holds a later lane until the lanes before it are done, and passes the first lane straight through', () => {
    const out: string[] = [];
    const order = new InOrder<string>(3, (e) => out.push(e));
    const [a, b, c] = [order.lane(0), order.lane(1), order.lane(2)];
    c('c1');
    b('b1');
    a('a1');
    expect(out).toEqual(['a1']);
    c('c2');
    order.finish(2);
    expect(out).toEqual(['a1']);
    order.finish(0);
    expect(out).toEqual(['a1', 'b1']);
    b('b2');
    expect(out).toEqual(['a1', 'b1', 'b2']);
    order.finish(1);
    expect(out).toEqual(['a1', 'b1', 'b2', 'c1', 'c2']);
  });

  it('a lane done earlier reports late events at once (a terminate after cancellation)', () => {
    const out: string[] = [];
    const order = new InOrder<string>(2, (e) => out.push(e));
    order.finish(0);
    order.finish(1);
    order.lane(0)('late0');
    order.lane(1)('late1');
    expect(out).toEqual(['late0', 'late1']);
  });
});
