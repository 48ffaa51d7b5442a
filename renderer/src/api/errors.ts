import { TRPCClientError } from '@trpc/client';
import { UI } from '../text';

interface ErrorData {
  code?: string;
  fieldErrors?: Record<string, string>;
}

function data(err: unknown): ErrorData | undefined {
  return err instanceof TRPCClientError ? (err.data as ErrorData | undefined) : undefined;
}

export function isUnauthorized(err: unknown): boolean {
  return data(err)?.code === 'UNAUTHORIZED';
}

/** The host's own Chinese message, or what to do when the host could not be reached at all. */
export function errorMessage(err: unknown): string {
  if (err instanceof TRPCClientError && err.data) return err.message;
  if (err instanceof TRPCClientError && err.shape) return err.message;
  return UI.login.hostDown;
}

export function fieldErrors(err: unknown): Record<string, string> {
  return data(err)?.fieldErrors ?? {};
}
