/** The body of a refusal outside tRPC (transport errors, pairing, the host PC's commands): the shape tRPC clients also read. */
export function errorBody(message: string): { error: { message: string } } {
  return { error: { message } };
}
