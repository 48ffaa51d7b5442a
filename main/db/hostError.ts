/** A failure to start: the message is already the Chinese sentence for the operator. */
export class HostStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostStartError';
  }
}
