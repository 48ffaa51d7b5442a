import { readPdf } from '../main/print/pdfText';
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
  const { token } = await callApi<{ token: string }>(host, null, 'auth.login', { ...ADMIN, counterId: 1, bearer: true });
  return token;
}

/** A user ready to sign in with `Ready1234` (the initial password already replaced). */
export async function createUser(host: TestHost, username: string, displayName: string, role: 'clerk' | 'station' | 'supervisor' | 'grid', stationName: string | null): Promise<string> {
  const admin = await adminToken(host);
  const stations = await callApi<{ id: number; name: string }[]>(host, admin, 'admin.stations', undefined, 'query');
  const stationId = stationName ? stations.find((s) => s.name === stationName)!.id : null;
  await callApi(host, admin, 'admin.createUser', { username, displayName, role, stationId, password: 'Start12345' });
  const { token } = await callApi<{ token: string }>(host, null, 'auth.login', { username, password: 'Start12345', counterId: role === 'station' || role === 'grid' ? null : 1, bearer: true });
  await callApi(host, token, 'auth.changePassword', { oldPassword: 'Start12345', newPassword: 'Ready12345' });
  return 'Ready12345';
}

export async function tokenOf(host: TestHost, username: string, password: string, counterId: number | null = 1): Promise<string> {
  return (await callApi<{ token: string }>(host, null, 'auth.login', { username, password, counterId, bearer: true })).token;
}

/** The desk's papers of today at every counter, as the 打印 page lists them. */
export async function papersOfToday(host: TestHost): Promise<{ id: number; kind: string; number: string; matterCode: string | null; prints: number; reprints: number; status: string }[]> {
  return callApi(host, await adminToken(host), 'documents.ofDay', { day: null }, 'query');
}

/** The text of a desk paper's PDF, read back. */
export async function paperText(host: TestHost, documentId: number): Promise<string> {
  const { pdfBase64 } = await callApi<{ pdfBase64: string }>(host, await adminToken(host), 'documents.pdf', { documentId }, 'query');
  return readPdf(Buffer.from(pdfBase64, 'base64')).text;
}
