import { afterEach, describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/core/errors.js';
import { evaluateCondition, renderTemplate } from '../../../src/template/index.js';
import { DEFAULT_REGEX_TIMEOUT, regexTimeLimit, setRegexTimeLimit } from '../../../src/template/regex-runner.js';

const CATASTROPHIC = "{{ ('a' * 30 + '!') | regex_search('(a+)+$') }}";

/** Milliseconds `fn` took and what it threw. */
function timed(fn: () => unknown): { ms: number; error: unknown } {
  const started = performance.now();
  try {
    fn();
    return { ms: performance.now() - started, error: undefined };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

// Each overrun restarts the worker, which takes seconds on a loaded machine: generous test timeouts.
afterEach(() => setRegexTimeLimit(DEFAULT_REGEX_TIMEOUT));

describe('regex time limit', () => {
  it('defaults to a few seconds', () => {
    expect(regexTimeLimit()).toBe(DEFAULT_REGEX_TIMEOUT);
  });

  it('stops a catastrophic pattern at about the limit, naming it, and the next regex works at once', () => {
    setRegexTimeLimit(1);
    renderTemplate("{{ 'warm' | regex_search('w') }}", {});
    const { ms, error } = timed(() => renderTemplate(CATASTROPHIC, {}));
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as Error).message).toBe(
      "the regular expression '(a+)+$' took longer than 1 second and was stopped (castoff's limit for one match; set CASTOFF_REGEX_TIMEOUT or regex_timeout in ansible.cfg to change it)",
    );
    // Unbounded, this match takes minutes; the limit is 1 s, and a loaded machine gets slack.
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(15_000);
    expect(renderTemplate("{{ 'version 12.3' | regex_search('[0-9.]+') }}", {})).toBe('12.3');
    expect(renderTemplate("{{ 'a1b2' | regex_replace('([a-z])(\\d)', '\\2\\1') }}", {})).toBe('1a2b');
  }, 60_000);

  it('the same pattern on the same text fails at once the second time', () => {
    setRegexTimeLimit(1);
    const text = "{{ ('b' * 28 + '!') | regex_replace('(b+)+$', '') }}";
    expect(timed(() => renderTemplate(text, {})).error).toBeInstanceOf(TemplateError);
    const again = timed(() => renderTemplate(text, {}));
    expect((again.error as Error).message).toMatch(/^the regular expression '\(b\+\)\+\$' took longer than 1 second/);
    // Below the 1 s limit: the known overrun is refused without running the pattern again.
    expect(again.ms).toBeLessThan(900);
  }, 60_000);

  it('covers the match and search tests and regex_findall', () => {
    setRegexTimeLimit(0.5);
    const vars = { text: `${'c'.repeat(30)}!` };
    expect(() => evaluateCondition("text is match('(c+)+$')", vars)).toThrow(/took longer than 0.5 seconds/);
    expect(() => evaluateCondition("text is search('(c+)+$')", vars)).toThrow(/took longer than 0.5 seconds/);
    expect(() => renderTemplate("{{ text | regex_findall('(c*)*$') }}", vars)).toThrow(/took longer than 0.5 seconds/);
    expect(evaluateCondition("text is match('c+!')", vars)).toBe(true);
    expect(evaluateCondition("text is search('!$')", vars)).toBe(true);
  }, 60_000);

  it('refuses a limit that is not a positive number', () => {
    expect(() => setRegexTimeLimit(0)).toThrow(RangeError);
    expect(() => setRegexTimeLimit(Number.NaN)).toThrow(RangeError);
  });
});

describe('regex_findall', () => {
  it('returns whole matches, the one group, or every group per match', () => {
    expect(renderTemplate("{{ 'a1 b22 c333' | regex_findall('\\d+') }}", {})).toEqual(['1', '22', '333']);
    expect(renderTemplate("{{ 'k1=v1 k2=v2' | regex_findall('(\\w+)=') }}", {})).toEqual(['k1', 'k2']);
    expect(renderTemplate("{{ 'k1=v1 k2=v2' | regex_findall('(\\w+)=(\\w+)') }}", {})).toEqual([['k1', 'v1'], ['k2', 'v2']]);
    expect(renderTemplate("{{ 'AbA' | regex_findall('a', ignorecase=true) }}", {})).toEqual(['A', 'A']);
    expect(renderTemplate("{{ 'x' | regex_findall('y') }}", {})).toEqual([]);
  });
});
