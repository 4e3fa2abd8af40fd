import { CastoffError } from '../core/errors.js';

/** An inventory source that cannot be used and has no line to point at (e.g. a failing script). */
export class InventoryError extends CastoffError {
  override name = 'InventoryError';
  readonly source: string;
  constructor(source: string, message: string) {
    super(message);
    this.source = source;
  }
}
