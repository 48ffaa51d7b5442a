import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../../shared/identity/idNumber';
import { walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { buildStandinReader, STANDIN_CARD, STANDIN_MODE } from '../../testing/standinReader';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let admin: TestApi;
let clerk: TestApi;
let library: string;

beforeAll(async () => {
  host = await startTestHost();
  admin = await host.admin();
  clerk = await host.newUser('card_clerk', 'clerk', null);
  library = buildStandinReader();
});
afterEach(() => {
  delete process.env[STANDIN_MODE];
});
afterAll(() => host.stop());

describe('读卡 on the host PC’s reader', () => {
  // (The first test below sets the reader up; the photo test at the end relies on it.)
  it('is not offered until the admin sets a library that loads', async () => {
    expect(await clerk.devices.cardReaderReady.query()).toBe(false);
    expect((await refusal(clerk.devices.readCard.mutate({}))).message).toContain('本机没有设置读卡器');
    expect((await refusal(admin.devices.setCardReader.mutate({ libraryPath: '/opt/reader/libtermb.so', port: 1001 }))).message).toContain('没有找到读卡器驱动库：/opt/reader/libtermb.so');
    expect((await refusal(admin.devices.setCardReader.mutate({ libraryPath: 'termb.dll', port: 1001 }))).message).toContain('请填写完整路径');
    expect((await refusal(admin.devices.setCardReader.mutate({ libraryPath: library, port: 0 }))).status).toBe(400);
    await admin.devices.setCardReader.mutate({ libraryPath: library, port: 1001 });
    expect(await clerk.devices.cardReaderReady.query()).toBe(true);
    expect(await admin.devices.cardReader.query()).toEqual({ libraryPath: library, port: 1001, keepPhoto: false });
  });

  it('fills the form from the card, audits the read with the number masked, and reads a card laid on it once', async () => {
    const read = await clerk.devices.readCard.mutate({ fresh: true });
    expect(read).toMatchObject({ status: 'card', photo: expect.stringMatching(/^data:image\/bmp;base64,Qk/) });
    expect({ ...read, photo: undefined }).toEqual({
      status: 'card',
      photo: undefined,
      warning: null,
      person: { idType: 'resident', name: STANDIN_CARD.name, idNumber: STANDIN_CARD.idNumber, sex: 'M', birthDate: '1986-03-15', ethnicity: '汉族', address: STANDIN_CARD.address, authority: '夏县公安局', validFrom: '2016-03-01', validTo: '2036-03-01', expired: false },
    });
    expect(await clerk.devices.readCard.mutate({ fresh: true })).toEqual({ status: 'same' });
    // 读卡 pressed reads it again; lifted and laid again, polling reads it again.
    expect((await clerk.devices.readCard.mutate({ fresh: false })).status).toBe('card');
    process.env[STANDIN_MODE] = 'absent';
    expect(await clerk.devices.readCard.mutate({ fresh: true })).toEqual({ status: 'no_card' });
    delete process.env[STANDIN_MODE];
    expect((await clerk.devices.readCard.mutate({ fresh: true })).status).toBe('card');
    const audit = await host.services.db.selectFrom('audit_log').select('detail').where('action', '=', 'card.read').execute();
    expect(audit).toHaveLength(3);
    expect(JSON.parse(audit[0]!.detail)).toEqual({ idNumber: maskIdNumber(STANDIN_CARD.idNumber), idType: 'resident', expired: false });
  });

  it('reads an expired card with a warning; a card lifted mid-read or a reader unplugged is said in Chinese', async () => {
    process.env[STANDIN_MODE] = 'expired';
    expect(await clerk.devices.readCard.mutate({})).toMatchObject({ status: 'card', warning: '证件已过有效期（有效期至 2026-03-01），信息已读入；请提醒来访人及时换领。' });
    process.env[STANDIN_MODE] = 'unplug';
    expect((await refusal(clerk.devices.readCard.mutate({}))).message).toContain('读卡没有完成');
    process.env[STANDIN_MODE] = 'no_reader';
    expect((await refusal(clerk.devices.readCard.mutate({}))).message).toContain('没有连接到读卡器（端口 1001）');
  });

  it('keeps the card photo with the visitor only where the centre turned that on, and each look is audited', async () => {
    const register = async (n: number) => {
      const read = await clerk.devices.readCard.mutate({});
      expect(read.status).toBe('card');
      const visit = await clerk.visits.register.mutate(walkIn({ name: STANDIN_CARD.name, idNumber: STANDIN_CARD.idNumber, matters: [{ categoryId: 2, content: `第 ${n} 次来访` }] }));
      return (await clerk.matters.get.query({ id: visit.matters[0]!.id })).visitor.id;
    };
    const visitorId = await register(1);
    expect(await clerk.visits.photo.mutate({ visitorId })).toBeNull();
    await admin.devices.setCardReader.mutate({ libraryPath: library, port: 1001, keepPhoto: true });
    await register(2);
    expect(await clerk.visits.photo.mutate({ visitorId })).toMatch(/^data:image\/bmp;base64,Qk/);
    const looks = await host.services.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'visitor.view_photo').execute();
    expect(looks).toEqual([{ entity_id: String(visitorId) }]);
  });
});
