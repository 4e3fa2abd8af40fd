/**
 * Text that must never be rendered as a template (Ansible's `unsafe`). The marker lives in core/
 * because the YAML reader creates it (`!unsafe`) below the template engine that honours it; how it
 * travels through variables is template/unsafe.ts's business.
 */
export class UnsafeText {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
  toJSON(): string {
    return this.text;
  }
}

export function isUnsafe(value: unknown): value is UnsafeText {
  return value instanceof UnsafeText;
}
