import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../print/pdfText';
import type { Stroke } from '../../../shared/screen';
import { takeStep } from '../../testing/flowStep';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let clerk: TestApi;
let police: TestApi;

const SIGNATURE: Stroke[] = [
  [[20, 120], [60, 80], [110, 130], [160, 70]],
  [[200, 100], [260, 110]],
];

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('scr_clerk', 'clerk', null);
  police = await host.newUser('scr_police', 'station', await host.stationId('派出所'));
});
afterAll(() => host.stop());

/** A matter referred to the police post and resolved: ready for 签单. */
async function resolvedMatter(n: number): Promise<number> {
  const matterId = (await clerk.visits.register.mutate(walkIn({ name: `签单${n}`, idNumber: nthResidentId(40 + n) }))).matters[0]!.id;
  await takeStep(clerk, clerk, matterId, { action: 'refer', stationId: await host.stationId('派出所'), helperStationIds: [] });
  await takeStep(clerk, police, matterId, { action: 'receive' });
  await takeStep(clerk, police, matterId, { action: 'result', result: 'mediated', note: '双方和解' });
  return matterId;
}

async function pairedScreen(): Promise<TestApi> {
  const { code } = await clerk.screen.newCode.mutate();
  const { token, counterName } = await host.client().screen.pair.mutate({ code });
  expect(counterName).toBe('1号窗口');
  return host.client(undefined, token);
}

describe('访客屏', () => {
  it('pairs with a code once; a wrong code or no token is refused', async () => {
    expect((await refusal(host.client().screen.pair.mutate({ code: '000000' }))).message).toContain('配对码不对或已过期');
    expect((await refusal(host.client().screen.now.query())).message).toContain('访客屏未配对');
    const { code } = await clerk.screen.newCode.mutate();
    await host.client().screen.pair.mutate({ code });
    expect((await refusal(host.client().screen.pair.mutate({ code }))).message).toContain('配对码不对或已过期');
  });

  it('shows the visitor what was typed to confirm, and the counter hears the answer', async () => {
    const screen = await pairedScreen();
    expect((await screen.screen.now.query()).state).toEqual({ phase: 'idle' });
    const { seq } = await clerk.screen.show.mutate({ phase: 'confirm', name: '王大爷', phone: '13900001111', demands: [{ category: '邻里', content: '院墙滴水' }] });
    expect(await screen.screen.now.query()).toMatchObject({ seq, state: { phase: 'confirm', name: '王大爷' } });
    await screen.screen.answer.mutate({ kind: 'confirm', seq, confirmed: true });
    expect((await clerk.screen.status.query()).answer).toMatchObject({ kind: 'confirm', confirmed: true, seq });
    // An answer to what the counter has moved on from is refused.
    await clerk.screen.show.mutate({ phase: 'idle' });
    expect((await refusal(screen.screen.answer.mutate({ kind: 'confirm', seq, confirmed: false }))).message).toContain('窗口已换到下一步');
  });

  it('takes the visitor’s rating and signature for 签单; the clerk cannot rate instead without a reason', async () => {
    const screen = await pairedScreen();
    const matterId = await resolvedMatter(1);
    expect((await clerk.screen.status.query()).paired).toBe(true);
    expect((await refusal(takeStep(clerk, clerk, matterId, { action: 'signOff', satisfaction: 'satisfied' }))).message).toContain('请让群众在访客屏上评价并签名');

    const { seq } = await clerk.screen.show.mutate({ phase: 'signoff', matterId });
    expect((await screen.screen.now.query()).state).toMatchObject({ phase: 'signoff', stationName: '派出所', result: '调解成功：双方和解' });
    expect((await refusal(screen.screen.answer.mutate({ kind: 'rating', seq, satisfaction: 'basically', strokes: [] }))).message).toContain('请用手指或手写笔在框内签名');
    await screen.screen.answer.mutate({ kind: 'rating', seq, satisfaction: 'basically', strokes: SIGNATURE });
    const { answer } = await clerk.screen.status.query();
    expect(answer).toMatchObject({ kind: 'rating', satisfaction: 'basically', matterId });
    // The visitor's word stands, whatever the clerk's form says; the answer is taken once.
    await takeStep(clerk, clerk, matterId, { action: 'signOff', satisfaction: 'satisfied', screenAnswerId: answer!.id });
    const m = await clerk.matters.get.query({ id: matterId });
    expect(m).toMatchObject({ status: 'signed_off', satisfaction: 'basically' });
    // The 签单确认单 carries the signature as drawn.
    const record = await clerk.documents.issue.mutate({ kind: 'signoff_record', matterId });
    expect(record.number).toMatch(/^QD\d{4}-000001$/);
    const pdf = Buffer.from(record.pdfBase64, 'base64');
    const text = readPdf(pdf).text;
    for (const piece of ['群众签单确认单', '基本满意', '调解成功：双方和解', '来访人签名']) expect(text).toContain(piece);
    expect(text).not.toContain('代为评价');
    writeFileSync(join(host.dataDir, 'signoff.pdf'), pdf);
    const other = await resolvedMatter(2);
    expect((await refusal(takeStep(clerk, clerk, other, { action: 'signOff', satisfaction: 'satisfied', screenAnswerId: answer!.id }))).message).toContain('不是这件事项的');

    // Rated by the clerk with the reason said.
    await takeStep(clerk, clerk, other, { action: 'signOff', satisfaction: 'satisfied', selfRatedReason: '来访人不识字，口头表示满意' });
    expect((await clerk.matters.get.query({ id: other })).events.at(-1)!.detail).toMatchObject({ selfRatedReason: '来访人不识字，口头表示满意' });
    const byClerk = readPdf(Buffer.from((await clerk.documents.issue.mutate({ kind: 'signoff_record', matterId: other })).pdfBase64, 'base64')).text;
    expect(byClerk).toContain('由经办人代为评价。原因：来访人不识字，口头表示满意');
  });

  it('a screen gone quiet (unplugged, its tab closed) no longer holds the 签单; once unpaired it is refused', async () => {
    const screen = await pairedScreen();
    const quiet = await resolvedMatter(3);
    host.clock.advance(31_000);
    expect((await clerk.screen.status.query()).paired).toBe(false);
    await takeStep(clerk, clerk, quiet, { action: 'signOff', satisfaction: 'satisfied' });
    expect((await clerk.matters.get.query({ id: quiet })).status).toBe('signed_off');
    await clerk.screen.unpair.mutate();
    expect((await refusal(screen.screen.now.query())).status).toBe(401);
  });
});
