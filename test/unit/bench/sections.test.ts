import { describe, expect, it } from 'vitest';
import { SECTIONS, UsageError, parseSelection, writesResults } from '../../../bench/compare/sections.js';

describe('bench/compare section selection', () => {
  it('measures every section and writes RESULTS.md when given no arguments', () => {
    const s = parseSelection([]);
    expect([...s.sections]).toEqual([...SECTIONS]);
    expect(writesResults(s)).toBe(true);
  });

  it('--quick measures everything but never writes RESULTS.md', () => {
    const s = parseSelection(['--quick']);
    expect(s.sections.size).toBe(SECTIONS.length);
    expect(writesResults(s)).toBe(false);
  });

  it('--only names sections, in either spelling, and such a run does not write RESULTS.md', () => {
    expect([...parseSelection(['--only', 'startup,wire']).sections]).toEqual(['startup', 'wire']);
    const s = parseSelection(['--quick', '--only=latency']);
    expect([...s.sections]).toEqual(['latency']);
    expect(s.quick).toBe(true);
    expect(writesResults(parseSelection(['--only', SECTIONS.join(',')]))).toBe(true);
    expect(writesResults(parseSelection(['--only', 'scale']))).toBe(false);
  });

  it('--modules is the modules section alone, spliced into RESULTS.md', () => {
    const s = parseSelection(['--modules']);
    expect([...s.sections]).toEqual(['modules']);
    expect(s.spliceModules).toBe(true);
    expect(writesResults(s)).toBe(false);
  });

  it('rejects unknown sections and arguments with a message naming them and the valid ones', () => {
    expect(() => parseSelection(['--only', 'wire,speed'])).toThrow(new UsageError("unknown section(s) 'speed': the sections are startup, wire, workloads, latency, scale, modules"));
    expect(() => parseSelection(['--fast'])).toThrow(/unknown argument '--fast'/);
    expect(() => parseSelection(['--only'])).toThrow(/--only needs a list of sections/);
    expect(() => parseSelection(['--modules', '--only', 'wire'])).toThrow(/cannot be combined/);
  });
});
