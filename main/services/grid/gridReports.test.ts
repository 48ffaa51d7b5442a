import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from '../../../shared/grid';
import type { GridReportInput } from '../../../shared/schemas/grid';
import { TINY_PNG_BASE64 } from '../../testing/gridExport';
import { walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let grid: TestApi;
let otherGrid: TestApi;
let clerk: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  grid = await host.newUser('wg_zhao', 'grid', null);
  otherGrid = await host.newUser('wg_qian', 'grid', null);
  clerk = await host.newUser('wg_clerk', 'clerk', null);
});
afterAll(() => host.stop());

const report = (extra: Partial<GridReportInput> = {}): GridReportInput => ({
  idempotencyKey: randomUUID(),
  gridName: '南大里村第二网格',
  place: '南大里村三组 12 号门前',
  foundOn: '2026-11-23',
  partyName: '钱某、孙某',
  partyPhone: '13912345678',
  content: '两户因院墙滴水发生争吵，已劝开，需中心跟进调解。',
  riskLevel: 'orange',
  photos: [TINY_PNG_BASE64],
  ...extra,
});

describe('网格上报 from the phone', () => {
  it('reaches the desk’s queue with its photo, the phone masked; the 网格员 sees it among their own', async () => {
    const sent = await grid.grid.submit.mutate(report());
    expect(sent.code).toMatch(/^WG20261123-\d{4}$/);
    const queue = await clerk.grid.queue.query({ status: 'pending' });
    const row = queue.find((r) => r.id === sent.id)!;
    expect(row).toMatchObject({ source: 'phone', reporterName: 'wg_zhao', place: '南大里村三组 12 号门前', partyPhoneMasked: '139****5678', riskLevel: 'orange', status: 'pending' });
    expect(row.photoIds).toHaveLength(1);
    const photo = await clerk.grid.photo.query({ photoId: row.photoIds[0]! });
    expect(photo).toEqual({ mime: 'image/png', base64: TINY_PNG_BASE64 });
    expect((await grid.grid.photo.query({ photoId: row.photoIds[0]! })).mime).toBe('image/png');
    // Another 网格员 sees neither the report nor its photo; no 网格员 sees the desk's queue.
    expect((await refusal(otherGrid.grid.photo.query({ photoId: row.photoIds[0]! }))).message).toContain('只能查看本人上报的照片');
    expect((await otherGrid.grid.mine.query()).map((r) => r.id)).not.toContain(sent.id);
    expect((await grid.grid.mine.query())[0]).toMatchObject({ id: sent.id, status: 'pending' });
    expect((await refusal(grid.grid.queue.query({ status: 'pending' }))).status).toBe(403);
    expect((await refusal(grid.matters.list.query({} as never))).status).toBe(403);
  });

  it('is kept once when the phone sends it twice', async () => {
    const once = report();
    const first = await grid.grid.submit.mutate(once);
    const again = await grid.grid.submit.mutate(once);
    expect(again).toEqual({ ...first, replayed: true });
  });

  it('refuses, in Chinese, a report with no place, a photo that is not an image or too large, a day to come', async () => {
    expect((await refusal(grid.grid.submit.mutate(report({ place: '  ' })))).message).toContain('请填写发现地点');
    const pdf = Buffer.from('%PDF-1.7\n…').toString('base64');
    expect((await refusal(grid.grid.submit.mutate(report({ photos: [TINY_PNG_BASE64, pdf] })))).message).toContain('第 2 张照片不是 JPG 或 PNG 图片');
    const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(MAX_PHOTO_BYTES)]).toString('base64');
    expect((await refusal(grid.grid.submit.mutate(report({ photos: [huge] })))).message).toContain('照片过大');
    expect((await refusal(grid.grid.submit.mutate(report({ photos: [TINY_PNG_BASE64, TINY_PNG_BASE64, TINY_PNG_BASE64, TINY_PNG_BASE64] })))).message).toContain('照片最多 3 张');
    expect((await refusal(grid.grid.submit.mutate(report({ foundOn: '2026-11-24' })))).message).toContain('发现日期晚于今天');
    expect((await refusal(grid.grid.submit.mutate(report({ partyPhone: '打电话找村委' })))).message).toContain('联系电话只能是数字');
  });
});

describe('the desk takes a report up', () => {
  it('registers it as a matter of channel 网格上报, once; the whole phone it fills in is audited', async () => {
    const sent = await grid.grid.submit.mutate(report({ partyName: '李某' }));
    const taken = await clerk.grid.takeUp.mutate({ reportId: sent.id });
    expect(taken.partyPhone).toBe('13912345678');
    const visit = await clerk.visits.register.mutate(
      walkIn({ name: taken.partyName, channel: 'grid', foundPlace: taken.place, foundBy: `${taken.reporterName}（${taken.gridName}）`, gridReportId: sent.id }),
    );
    const mine = (await grid.grid.mine.query()).find((r) => r.id === sent.id)!;
    expect(mine).toMatchObject({ status: 'registered', matterCode: visit.matters[0]!.code });
    const again = walkIn({ name: '李某', channel: 'grid', foundPlace: taken.place, foundBy: '赵', gridReportId: sent.id });
    expect((await refusal(clerk.visits.register.mutate(again))).message).toContain('这条网格上报已是“已登记”');
    expect((await refusal(clerk.visits.register.mutate({ ...again, channel: 'walk_in' }))).message).toContain('来访方式应为“网格上报”');
    const audit = await host.services.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'grid.reveal_phone').execute();
    expect(audit).toContainEqual({ action: 'grid.reveal_phone', entity_id: String(sent.id) });
    // And it is in the 查阅记录, under the report's code.
    await host.services.views.flush();
    const looks = await host.services.db.selectFrom('view_log').select(['what', 'label']).where('what', '=', 'grid_phone').execute();
    expect(looks).toContainEqual({ what: 'grid_phone', label: taken.code });
  });

  it('sets one aside with its reason (不立事项), and then neither takes it up nor sets it aside again', async () => {
    const sent = await grid.grid.submit.mutate(report());
    expect((await refusal(clerk.grid.dismiss.mutate({ reportId: sent.id, reason: '' }))).message).toContain('请填写不立事项的理由');
    await clerk.grid.dismiss.mutate({ reportId: sent.id, reason: '已由村调委会当场化解，无需中心受理' });
    expect((await clerk.grid.queue.query({ status: 'dismissed' })).find((r) => r.id === sent.id)?.dismissReason).toBe('已由村调委会当场化解，无需中心受理');
    expect((await refusal(clerk.grid.takeUp.mutate({ reportId: sent.id }))).message).toContain('已是“不立事项”');
    expect((await refusal(clerk.grid.dismiss.mutate({ reportId: sent.id, reason: '再一次' }))).status).toBe(409);
  });
});
