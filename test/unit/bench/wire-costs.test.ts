import { describe, expect, it } from 'vitest';
import { costsBetweenMarks, wireSection, type TaskMark, type WireProbe } from '../../../bench/compare/wire.js';

const mark = (task: string, turns: number, bytesUp: number, bytesDown: number): TaskMark => ({ task, count: { turns, bytesUp, bytesDown } });

describe('bench wire probe: costs per operation from the task marks', () => {
  it("charges each task with what crossed the wire until the next task started, grouped by operation (median turns, mean bytes)", () => {
    const costs = costsBetweenMarks([
      mark('first task', 0, 0, 0),
      mark('module 0', 20, 70_000, 5000),
      mark('module 1', 21, 70_200, 5100),
      mark('module 2', 24, 70_400, 5200),
      mark('stat 0', 25, 70_600, 5300),
      mark('launch 0', 27, 71_100, 5600),
      mark('status 0', 31, 71_500, 5900),
      mark('end marker', 32, 71_600, 6000),
    ]);
    expect(costs.firstTask).toEqual({ turns: 20, bytesUp: 70_000, bytesDown: 5000, samples: 1 });
    expect(costs.operations.module).toEqual({ turns: 1, bytesUp: 200, bytesDown: 100, samples: 3 });
    expect(costs.operations.stat).toEqual({ turns: 2, bytesUp: 500, bytesDown: 300, samples: 1 });
    expect(costs.operations.launch).toEqual({ turns: 4, bytesUp: 400, bytesDown: 300, samples: 1 });
    expect(costs.operations.status).toEqual({ turns: 1, bytesUp: 100, bytesDown: 100, samples: 1 });
  });

  it('leaves out an operation whose task never started, and the last task, which no later mark closes', () => {
    const costs = costsBetweenMarks([mark('first task', 0, 0, 0), mark('module 0', 9, 10, 10), mark('stat 0', 10, 20, 20)]);
    expect(Object.keys(costs.operations)).toEqual(['module']);
  });

  it('marks the helper-on turns against the target of one exchange, and says when the build has no helper', () => {
    const probe = (setting: 'on' | 'off', turns: number): WireProbe => ({
      setting,
      operations: Object.fromEntries(['module', 'stat', 'launch', 'status'].map((id) => [id, { turns, bytesUp: 300, bytesDown: 200, samples: 5 }])),
      errors: [],
    });
    const met = wireSection([probe('on', 1), probe('off', 4)], 5, true);
    expect(met).toContain('| a sync module run (`command: /bin/true`) | 1 | 300 / 200 | 4 | 300 / 200 | 1 turn: met |');
    expect(met).not.toContain('ships no helper');
    const missed = wireSection([probe('on', 3), probe('off', 3)], 5, false);
    expect(missed).toContain('1 turn: **missed** (3)');
    expect(missed).toContain('This build ships no helper');
  });
});
