/**
 * A playbook's templates must not reach the controller: no JavaScript, no process, no filesystem.
 * Each of these payloads runs code in a non-sandboxed engine (nunjucks evaluates the first one and
 * prints Node's version); with minijinja each fails or renders nothing harmful.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCondition, renderTemplate } from '../../../src/template/index.js';

class Host {
  name = 'h1';
  secret(): string {
    return process.version;
  }
}

const vars: Record<string, unknown> = {
  user: { name: 'ann' },
  text: 'abc',
  items: [1, 2],
  host: new Host(),
  callback: () => process.version,
};

const escapes = [
  "{{ range.constructor('return process.version')() }}",
  "{{ ''.__class__ }}",
  "{{ ''.__class__.__mro__[1].__subclasses__() }}",
  '{{ lipsum.__globals__ }}',
  '{{ self.__init__ }}',
  '{{ cycler.__init__.__globals__.os }}',
  "{{ joiner.__init__.__globals__.os.popen('id').read() }}",
  "{{ namespace.__init__.__globals__ }}",
  "{{ user.constructor.constructor('return process')().version }}",
  '{{ user.__proto__ }}',
  "{{ text.constructor.fromCharCode(65) }}",
  "{{ items.constructor.constructor('return process.env')() }}",
  "{{ user | attr('constructor') }}",
  "{{ text | attr('__class__') }}",
  '{{ host.secret() }}',
  '{{ host.constructor }}',
  '{{ callback() }}',
  '{{ callback }}',
  '{{ process.version }}',
  '{{ globalThis }}',
  "{{ require('fs') }}",
  "{{ import('fs') }}",
  '{{ debug() }}',
  "{% include '/etc/passwd' %}",
  "{% import '/etc/passwd' as p %}",
  "{% extends '/etc/hostname' %}",
];

function outcome(template: string): string {
  try {
    return `rendered: ${JSON.stringify(renderTemplate(template, vars)) ?? 'undefined'}`;
  } catch (error) {
    return `failed: ${(error as Error).message}`;
  }
}

describe('template sandbox', () => {
  it.each(escapes)('%s reaches nothing on the controller', (template) => {
    const result = outcome(template);
    expect(result).not.toContain(process.version);
    expect(result).not.toContain('uid=');
    expect(result).not.toContain('root:');
    expect(result).not.toMatch(/function\s*\(|=>|native code|\[object /);
    expect(result).not.toContain(process.env.PATH ?? '/usr/bin');
  });

  it('the nunjucks escape fails instead of running JavaScript', () => {
    expect(() => renderTemplate("{{ range.constructor('return process.version')() }}", vars)).toThrow(/constructor/);
  });

  it('an own function in the variables is not callable from a template', () => {
    expect(() => renderTemplate('{{ callback() }}', vars)).toThrow('not callable');
  });

  it('methods of a class instance in the variables are not reachable', () => {
    expect(() => renderTemplate('{{ host.secret() }}', vars)).toThrow('has no method named secret');
    expect(renderTemplate('{{ host.name }}', vars)).toBe('h1');
  });

  it('conditions are just as confined', () => {
    expect(() => evaluateCondition("range.constructor('return process.exit(1)')()", vars)).toThrow();
    expect(() => evaluateCondition("lipsum.__globals__['os'].system('true')", vars)).toThrow();
  });

  it('a runaway loop is stopped instead of hanging the run', () => {
    expect(() => renderTemplate('{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}', vars)).toThrow('ran out of fuel');
  });
});
