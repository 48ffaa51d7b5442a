import type { TestHost } from './host';
import { ADMIN } from './host';

/** Calls the host's API over plain HTTP as any client would: for setting the scene of a test. */
export async function callApi<T>(host: TestHost, token: string | null, path: string, input: unknown, method: 'query' | 'mutation' = 'mutation'): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['Authorization'] = `Bearer ${token}`;
  const url = `${host.url}/api/${path}`;
  const res =
    method === 'mutation'
      ? await fetch(url, { method: 'POST', headers, body: JSON.stringify(input) })
      : await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
  const body = (await res.json()) as { result?: { data: T }; error?: { message: string } };
  if (!body.result) throw new Error(`${path}: ${body.error?.message ?? res.status}`);
  return body.result.data;
}

export async function adminToken(host: TestHost): Promise<string> {
  const { token } = await callApi<{ token: string }>(host, null, 'auth.login', { ...ADMIN, counterId: 1 });
  return token;
}
