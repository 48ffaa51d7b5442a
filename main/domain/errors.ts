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

/** The HTTP status for each kind, for the few routes outside the tRPC API (pairing). */
export const HTTP_STATUS: Record<DeskErrorKind, number> = {
  bad_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many: 429,
};
