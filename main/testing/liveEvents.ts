import type { TestHost } from './testHost';

/**
 * Opens a window's event stream on `host` (with the session cookie, as a window does) and, once the
 * host counts it among its listeners, gives back what the stream will have said by the time `until`
 * appears in it.
 */
export async function listenAsWindow(host: TestHost, token: string, until: string, signal: AbortSignal): Promise<{ heard: Promise<string> }> {
  const before = host.services.events.windows;
  const res = await fetch(`${host.url}/api/live.events`, { headers: { cookie: `desk_session=${token}` }, signal });
  const reader = res.body!.getReader();
  let text = '';
  const heard = (async () => {
    while (!text.includes(until)) text += new TextDecoder().decode((await reader.read()).value);
    return text;
  })();
  while (host.services.events.windows <= before) await new Promise((r) => setImmediate(r));
  return { heard };
}
