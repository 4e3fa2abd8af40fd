/** A template file's errors name the file and the line the error comes from. */
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/core/errors.js';
import { renderTemplateText, templateFileError } from '../../../src/template/index.js';

function fileError(text: string, vars: Record<string, unknown> = {}): string {
  try {
    renderTemplateText(text, vars);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return templateFileError(error as TemplateError, '/t/app.j2').message;
  }
  throw new Error('rendered without an error');
}

describe('template file errors', () => {
  it('name the line of an undefined variable', () => {
    expect(fileError('a\nb {{ ok }}\n{% if ok %}\n  {{ missing }}\n{% endif %}\n', { ok: true })).toBe("'missing' is undefined (in '/t/app.j2', line 4)");
  });

  it('name the line of a syntax error and of a failing filter', () => {
    const syntax = fileError('a\nb\n{{ 1 + }}\n');
    expect(syntax).toMatch(/^template error while templating string: syntax error: unexpected end of variable block/);
    expect(syntax.endsWith("(in '/t/app.j2', line 3)")).toBe(true);
    expect(fileError("a\n{{ 'x' | to_datetime }}\n")).toBe("time data 'x' does not match format '%Y-%m-%d %H:%M:%S' (in '/t/app.j2')");
  });
});
