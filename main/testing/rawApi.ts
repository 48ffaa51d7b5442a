import { appRouter } from '../api/router';

/** How a procedure is called over HTTP. */
export type ProcedureType = 'query' | 'mutation' | 'subscription';

/** Every procedure of the API with its kind, read from the router itself (a new one is never missed). */
export const API_PROCEDURES: { path: string; type: ProcedureType }[] = Object.entries(
  (appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: ProcedureType } }> } })._def.procedures,
).map(([path, p]) => ({ path, type: p._def.type }));

/**
 * One mutation as any HTTP client sends it, for tests whose host runs in another process or whose
 * point is the raw answer (status and body) rather than a typed client's.
 */
export async function postApi(url: string, path: string, body: unknown, token?: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${url}/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}
