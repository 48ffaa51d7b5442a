import { TRPCClientError } from '@trpc/client';

/** The refusal an API call met: its HTTP status and the Chinese message the clerk would read. */
export async function refusal(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (err) {
    if (!(err instanceof TRPCClientError)) throw err;
    return { status: (err.data as { httpStatus: number }).httpStatus, message: err.message };
  }
  throw new Error('the call was not refused');
}
