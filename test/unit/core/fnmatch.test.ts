import { describe, expect, it } from 'vitest';
import { hasWildcard, wildcardRegExp } from '../../../src/core/fnmatch.js';

describe('wildcardRegExp', () => {
  it('reads *, ? and classes as fnmatch does, and everything else literally', () => {
    expect(wildcardRegExp('web*.example.com').test('web01.example.com')).toBe(true);
    expect(wildcardRegExp('web*.example.com').test('web01xexample.com')).toBe(false);
    expect(wildcardRegExp('db?').test('db1')).toBe(true);
    expect(wildcardRegExp('db?').test('db12')).toBe(false);
    expect(wildcardRegExp('h[0-2]').test('h1')).toBe(true);
    expect(wildcardRegExp('h[!0-2]').test('h1')).toBe(false);
    expect(wildcardRegExp('h[!0-2]').test('h7')).toBe(true);
    expect(wildcardRegExp('a+(b)|c$').test('a+(b)|c$')).toBe(true);
  });

  it('keeps a ] right after [ or [! inside the class, and an unclosed [ literal', () => {
    expect(wildcardRegExp('[]x]').test(']')).toBe(true);
    expect(wildcardRegExp('[!]]').test(']')).toBe(false);
    expect(wildcardRegExp('[!]]').test('a')).toBe(true);
    expect(wildcardRegExp('a[b').test('a[b')).toBe(true);
    expect(wildcardRegExp('[\\^]').test('^')).toBe(true);
  });

  it('stops at / for one glob segment, and reads [ literally for OpenSSH host patterns', () => {
    expect(wildcardRegExp('*.conf').test('a/b.conf')).toBe(true);
    expect(wildcardRegExp('*.conf', { crossSlash: false }).test('a/b.conf')).toBe(false);
    expect(wildcardRegExp('[10.0.0.1]:22', { classes: false }).test('[10.0.0.1]:22')).toBe(true);
    expect(wildcardRegExp('WEB*', { ignoreCase: true }).test('web1')).toBe(true);
  });

  it('tells a wildcard from a plain name', () => {
    expect(hasWildcard('web*')).toBe(true);
    expect(hasWildcard('h[1]')).toBe(true);
    expect(hasWildcard('web01')).toBe(false);
  });
});
