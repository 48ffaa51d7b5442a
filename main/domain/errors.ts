/**
 * A failure the clerk must be told about. `kind` decides the HTTP status at the API;
 * `message` is already the Chinese sentence to show.
 */
export type DeskErrorKind = 'bad_input' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'too_many';

export class DeskError extends Error {
  constructor(
    readonly kind: DeskErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DeskError';
  }
}
