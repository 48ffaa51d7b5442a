import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../print/pdfText';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let admin: TestApi;
let clerk: TestApi;

const station = async (name: string) => (await admin.admin.stations.query()).find((s) => s.name === name)!;

beforeAll(async () => {
  host = await startTestHost();
  admin = await host.admin();
  clerk = await host.newUser('roster_clerk', 'clerk', null);
});
afterAll(() => host.stop());

describe('驻点力量', () => {
  it('keeps each station’s pattern; a 轮驻 one needs its days, a 随叫随驻 one whom to call', async () => {
    const court = await station('人民法庭');
    const aid = await station('法律援助工作站');
    expect((await refusal(admin.admin.updateStation.mutate({ ...court, attendance: 'rotating', rotationDays: [] }))).message).toContain('轮驻的单位请选择在厅的星期几');
    expect((await refusal(admin.admin.updateStation.mutate({ ...aid, attendance: 'on_call', contactPerson: '', phone: '0359-1234567' }))).message).toContain('请填写联系人');
    expect((await refusal(admin.admin.updateStation.mutate({ ...aid, attendance: 'on_call', contactPerson: '陈律师', phone: '' }))).message).toContain('请填写联系电话');
    await admin.admin.updateStation.mutate({ ...court, attendance: 'rotating', rotationDays: [4, 2, 2] });
    await admin.admin.updateStation.mutate({ ...aid, attendance: 'on_call', contactPerson: '陈律师', phone: '0359-1234567' });
    expect(await station('人民法庭')).toMatchObject({ attendance: 'rotating', rotationDays: [2, 4] });
  });

  it('shows today who is in the hall by pattern (Monday), and the desk’s roster overrides it, audited', async () => {
    const today = await clerk.roster.today.query();
    const line = (name: string) => today.find((r) => r.name === name)!;
    expect(line('派出所')).toMatchObject({ inHall: true, kept: false });
    expect(line('人民法庭')).toMatchObject({ inHall: false, attendance: 'rotating' });
    expect(line('法律援助工作站')).toMatchObject({ inHall: false, contactPerson: '陈律师', phone: '0359-1234567' });
    const court = await station('人民法庭');
    const after = await clerk.roster.keep.mutate({ stationId: court.id, present: true, onDuty: '李法官' });
    expect(after.find((r) => r.name === '人民法庭')).toMatchObject({ inHall: true, onDuty: '李法官', kept: true });
    const police = await station('派出所');
    await clerk.roster.keep.mutate({ stationId: police.id, present: true, onDuty: '张警官' });
    const audit = await host.services.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'roster.keep').execute();
    expect(audit.map((a) => a.entity_id)).toEqual([String(court.id), String(police.id)]);
    expect((await refusal(clerk.roster.keep.mutate({ stationId: 9999, present: true, onDuty: '' }))).status).toBe(404);
  });

  it('prints a 召集单 for a matter referred to a station away today, with whom to call; none for one in the hall', async () => {
    const aid = await station('法律援助工作站');
    const police = await station('派出所');
    const away = (await clerk.visits.register.mutate(walkIn({ name: '召集', idNumber: nthResidentId(31), matters: [{ categoryId: 17, content: '申请法律援助，追讨工伤赔偿。' }] }))).matters[0]!.id;
    expect((await refusal(clerk.documents.issue.mutate({ kind: 'call_slip', matterId: away }))).message).toContain('尚未派单');
    await clerk.flow.act.mutate({ matterId: away, version: 0, action: 'refer', stationId: aid.id, helperStationIds: [] });
    const slip = await clerk.documents.issue.mutate({ kind: 'call_slip', matterId: away });
    expect(slip.number).toMatch(/^ZJ\d{4}-000001$/);
    const text = readPdf(Buffer.from(slip.pdfBase64, 'base64')).text;
    for (const piece of ['驻点力量到厅召集单', '法律援助工作站（随叫随驻）', '陈律师', '0359-1234567', '申请法律援助，追讨工伤赔偿。', '到厅回执']) expect(text).toContain(piece);

    const here = (await clerk.visits.register.mutate(walkIn({ name: '在厅', idNumber: nthResidentId(32) }))).matters[0]!.id;
    await clerk.flow.act.mutate({ matterId: here, version: 0, action: 'refer', stationId: police.id, helperStationIds: [] });
    expect((await refusal(clerk.documents.issue.mutate({ kind: 'call_slip', matterId: here }))).message).toBe('派出所今日在厅（张警官），无需召集；请直接把派单单交给在厅人员');
  });
});
