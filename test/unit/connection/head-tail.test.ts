import { describe, expect, it } from 'vitest';
import { HeadTailBuffer, moduleResultLimit, truncationWarning } from '../../../src/connection/index.js';
import { withDerivedLines, LINES_KEPT } from '../../../src/async/output-limit.js';

/** Feeds `text` in chunks of the given sizes, cycling through them. */
function feed(limit: number, text: string, sizes: number[]): HeadTailBuffer {
  const buffer = new HeadTailBuffer(limit);
  const bytes = Buffer.from(text);
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length];
    buffer.push(bytes.subarray(at, at + size));
    at += size;
  }
  return buffer;
}

describe('HeadTailBuffer', () => {
  it('keeps everything up to the limit, unmarked', () => {
    for (const text of ['', 'a', 'abcdefghij']) {
      const buffer = feed(10, text, [3]);
      expect(buffer.toBuffer().toString()).toBe(text);
      expect(buffer.truncated).toBe(false);
      expect(buffer.truncation).toBeUndefined();
      expect(buffer.total).toBe(text.length);
    }
  });

  it('keeps the first and the last half of the limit with a marker naming what was dropped', () => {
    const buffer = feed(10, 'abcdefghijklmnopqrstuvwxyz', [4]);
    expect(buffer.toBuffer().toString()).toBe('abcde\n[castoff: 16 bytes of output omitted]\nvwxyz');
    expect(buffer.truncation).toEqual({ kept: 10, total: 26 });
  });

  it('gives an odd limit its extra byte to the head', () => {
    expect(feed(5, '0123456789', [10]).toBuffer().toString()).toBe('012\n[castoff: 5 bytes of output omitted]\n89');
  });

  it('keeps the same bytes however the stream is chunked', () => {
    const text = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(33 + (i % 90))).join('');
    const expected = feed(1000, text, [text.length]).toBuffer().toString();
    for (const sizes of [[1], [7, 1, 300], [499], [500], [501], [1000], [1001, 2], [4999, 1]]) {
      expect(feed(1000, text, sizes).toBuffer().toString()).toBe(expected);
    }
    expect(expected.startsWith(text.slice(0, 500))).toBe(true);
    expect(expected.endsWith(text.slice(-500))).toBe(true);
  });

  it('holds about the limit in memory whatever passes through it', () => {
    const buffer = new HeadTailBuffer(64 * 1024);
    const chunk = Buffer.alloc(16 * 1024, 'x');
    for (let i = 0; i < 10_000; i++) buffer.push(chunk);
    expect(buffer.total).toBe(10_000 * chunk.length);
    expect(buffer.toBuffer().length).toBeLessThan(64 * 1024 + 100);
  });

  it('copies what it keeps, so a large chunk is not held alive by a slice of it', () => {
    const chunk = Buffer.from('abcdef');
    const buffer = new HeadTailBuffer(4);
    buffer.push(chunk);
    chunk.fill('z');
    expect(buffer.toBuffer().toString()).toBe('ab\n[castoff: 2 bytes of output omitted]\nef');
  });

  it('refuses a limit that is not a non-negative integer', () => {
    expect(() => new HeadTailBuffer(-1)).toThrow(RangeError);
    expect(() => new HeadTailBuffer(1.5)).toThrow(RangeError);
  });

  it('words the warning and the room a module result gets', () => {
    expect(truncationWarning('stdout', { kept: 10, total: 26 })).toBe('stdout was truncated: 10 bytes of 26 kept (output_limit)');
    expect(moduleResultLimit(10 * 1024 * 1024)).toBe(21 * 1024 * 1024);
  });
});

describe('lines of a truncated result', () => {
  it('derives every line of an output that was kept whole', () => {
    expect(withDerivedLines({ stdout: 'a\r\nb\n', stderr: '' })).toMatchObject({ stdout_lines: ['a', 'b'], stderr_lines: [] });
  });

  it('keeps the first and last lines of a truncated output, without splitting all of it', () => {
    const count = 3 * LINES_KEPT;
    const stdout = Array.from({ length: count }, (_, i) => `l${i}`).join('\n') + '\n';
    const lines = withDerivedLines({ stdout, truncated: true }).stdout_lines as string[];
    expect(lines).toHaveLength(LINES_KEPT + 1);
    expect(lines[0]).toBe('l0');
    expect(lines[LINES_KEPT / 2 - 1]).toBe(`l${LINES_KEPT / 2 - 1}`);
    expect(lines[LINES_KEPT / 2]).toMatch(/^\[castoff: lines omitted/);
    expect(lines[LINES_KEPT]).toBe(`l${count - 1}`);
  });

  it('keeps every line of a truncated output that has few of them', () => {
    expect(withDerivedLines({ stdout: 'a\n\nb\r\nc', truncated: true }).stdout_lines).toEqual(['a', '', 'b', 'c']);
  });

  it('leaves lines the module reported alone', () => {
    expect(withDerivedLines({ stdout: 'a\nb', stdout_lines: ['x'] }).stdout_lines).toEqual(['x']);
  });
});
