import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/core/errors.js';
import { wasmMemory } from '../../../src/template/engine.js';
import { renderTemplate } from '../../../src/template/index.js';

describe('template engine recovery', () => {
  it('a failure inside the engine (a Rust panic) leaves later templates working', () => {
    // 'aa' * 2147483647 overflows the engine's capacity arithmetic: a panic that used to corrupt
    // the engine so that every later render failed with "recursive use of an object detected".
    const panic = () => renderTemplate('{{ (s * n) | length }}', { s: 'aa', n: 2147483647 });
    expect(panic).toThrow(TemplateError);
    expect(panic).toThrow(/^the template engine crashed \((?:capacity overflow|unreachable)\), most likely on a value too large; castoff restarted it$/);
    expect(renderTemplate('{{ 1 + 1 }}', {})).toBe(2);
    expect(renderTemplate('x={{ x }}', { x: 'y' })).toBe('x=y');
    expect(() => renderTemplate('{{ nosuch }}', {})).toThrow("'nosuch' is undefined");
    expect(renderTemplate('{{ a.b.c | default("d") }}', {})).toBe('d');
  });

  it('keeps working after many engine failures in a row', () => {
    for (let i = 0; i < 5; i += 1) expect(() => renderTemplate('{{ (s * n) | length }}', { s: 'aa', n: 2147483647 })).toThrow(TemplateError);
    expect(renderTemplate('{{ [1, 2] | length }}', {})).toBe(2);
  });

  it('the panic text is not written to the console, and names the cause', () => {
    const written: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      // A first ordinary engine error makes the engine install its panic hook, which prints.
      expect(() => renderTemplate('{{ s * n }}', { s: 'a', n: 5000000000 })).toThrow('invalid operation: strings can only be multiplied with integers');
      expect(() => renderTemplate('{{ s * n }}', { s: 'aa', n: 2147483647 })).toThrow('the template engine crashed (capacity overflow)');
    } finally {
      process.stderr.write = original;
    }
    expect(written.join('')).not.toMatch(/panicked at/);
  });

  it('refuses an absurd literal repetition at once with a clear error', () => {
    const started = performance.now();
    expect(() => renderTemplate("{{ ('a' * 600000000) | length }}", {})).toThrow(
      "'a' * 600000000 would make a string of 600000000 characters, more than castoff's limit of 10000000",
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(renderTemplate("{{ '-' * 3 }}", {})).toBe('---');
    expect(renderTemplate('{{ 3 * 100000000 }}', {})).toBe(300000000);
  });
});

describe('template engine memory', () => {
  it('gives back the memory of a huge value once it is rendered', () => {
    // The engine's WASM memory only grows (about twice the string here); past 256 MiB castoff
    // swaps in a fresh instance, whose memory is small again.
    expect(renderTemplate('{{ (s * n) | length }}', { s: 'a', n: 140_000_000 })).toBe(140_000_000);
    expect(wasmMemory()).toBeLessThan(64 * 1024 * 1024);
    expect(renderTemplate('{{ 2 * 3 }}', {})).toBe(6);
  }, 120_000);
});
