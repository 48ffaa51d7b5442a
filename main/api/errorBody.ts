/** The body of a refusal outside tRPC (transport errors, pairing, the host PC's commands): the shape tRPC clients also read. */
export function errorBody(message: string): { error: { message: string } } {
  return { error: { message } };
}

/**
 * The same, in the shape a tRPC client reads as an error of its call (with the code the API's own
 * 503s carry), for a failure met before the API is reached: the terminal gate's look at the
 * database, when a county's server is away. The window then shows the message, not "host down".
 */
export function unavailableBody(message: string): { error: { message: string; code: number; data: { code: 'SERVICE_UNAVAILABLE'; httpStatus: 503; fieldErrors: Record<string, never> } } } {
  return { error: { message, code: -32603, data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503, fieldErrors: {} } } };
}
