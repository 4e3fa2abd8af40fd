import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/core/errors.js';
import { renderTemplate } from '../../../src/template/index.js';

function failure(text: string): string {
  try {
    renderTemplate(text, {});
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return (error as Error).message;
  }
  throw new Error(`${text} rendered without an error`);
}

describe('unknown filters and tests', () => {
  it("say no filter named 'x', once, with the string", () => {
    expect(failure('{{ 1 | nope }}')).toBe("template error while templating string: no filter named 'nope'. String: {{ 1 | nope }}");
  });

  it('say so in a template whose literals hold regex escapes too', () => {
    expect(failure(String.raw`x {{ 'a\d' | nope }}`)).toBe(String.raw`template error while templating string: no filter named 'nope'. String: x {{ 'a\d' | nope }}`);
  });

  it("say no test named 'x'", () => {
    expect(failure('{{ 1 is nope }}')).toBe("template error while templating string: no test named 'nope'. String: {{ 1 is nope }}");
  });
});
