import type { TestApi } from './testHost';

/**
 * One step of the loop taken by `api` on the matter as it stands now: the version is read first by
 * `reader` (a desk user, who may open any matter), as a screen would have loaded it.
 */
export async function takeStep(reader: TestApi, api: TestApi, matterId: number, step: Record<string, unknown>) {
  const { version } = await reader.matters.get.query({ id: matterId });
  return api.flow.act.mutate({ matterId, version, note: '', ...step } as never);
}
