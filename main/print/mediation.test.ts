import { describe, expect, it } from 'vitest';
import type { FilePaper } from '../../shared/schemas/mediation';
import { expectInOrder, expectWellBroken, pdfLines } from '../testing/pdfExpect';
import { sampleMediation } from '../testing/samplePapers';
import { pageImage, readPdf } from './pdfText';
import { renderDocument } from './render';

describe('人民调解协议书', () => {
  it('lays out parties, facts, numbered clauses, performance and copies in order', async () => {
    const pdf = await renderDocument({ kind: 'mediation_agreement', data: sampleMediation() });
    const { text, pages } = readPdf(pdf);
    // Three parties, long facts and each one's responsibility: the sample runs onto a third page.
    expect(pages).toBe(3);
    expectInOrder(text, [
      '人民调解协议书',
      '编号：（2026）南大里调字第 12 号',
      '当事人一',
      '朱镕基',
      '34052419800101001X',
      '当事人二',
      '李䶮',
      '当事人三',
      '东村村民委员会',
      '王建国',
      '纠纷主要事实、争议事项',
      '各方当事人的责任',
      '李䶮在共用通道堆放杂物',
      '经调解，自愿达成如下协议',
      '一、李䶮于',
      '二、李䶮一次性补偿',
      '三、双方今后',
      '履行方式、时限',
      '1,500.00元',
      '本协议一式四份，当事人、人民调解委员会各持一份。',
      '人民调解员（签名）',
      '记录人（签名）',
      '南大里乡人民调解委员会印',
      '2026年11月27日',
    ]);
    expectWellBroken(pdfLines(text));
    pageImage(pdf, 'mediation-agreement');
  });

  it('keeps the signature block whole on the last page, however long the facts', async () => {
    for (const repeat of [1, 3, 5, 8]) {
      const data = sampleMediation();
      const pdf = await renderDocument({ kind: 'mediation_agreement', data: { ...data, facts: data.facts.repeat(repeat) } });
      const pageTexts = readPdf(pdf).text.split('\f').filter((p) => p.trim());
      const last = pageTexts.at(-1)!;
      for (const piece of ['朱镕基', '李䶮', '夏县南大里乡东村村民委员会（盖章）', '人民调解员（签名）', '南大里乡人民调解委员会印', '2026年11月27日']) {
        expect(last, `${repeat}: ${piece}`).toContain(piece);
      }
      for (const earlier of pageTexts.slice(0, -1)) expect(earlier).not.toContain('人民调解员（签名）');
    }
  });

  it('a preview is marked and says so', async () => {
    const pdf = await renderDocument({ kind: 'mediation_agreement', data: sampleMediation({ preview: true, number: '（预览，出具时编号）' }) });
    const { text } = readPdf(pdf);
    expect(text).toContain('编号：（预览，出具时编号）');
    expect(text.replace(/\s/g, '')).toContain('预览稿');
    pageImage(pdf, 'mediation-agreement-preview');
  });
});

/** Each paper's title and fields in the order of the 司法部 2010 form, as read back from the PDF. */
const FORM_FIELDS: Record<Exclude<FilePaper, 'mediation_agreement'>, string[]> = {
  mediation_application: [
    '人民调解申请书',
    '申请人',
    '朱镕基',
    '被申请人一',
    '李䶮',
    '被申请人二',
    '纠纷简要情况',
    '当事人申请事项',
    '1．请求李䶮清理',
    '2．请求李䶮赔偿',
    '南大里乡人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请南大里乡人民调解委员会进行调解。',
    '申请人（签名盖章或按指印）',
    '2026年11月24日',
  ],
  mediation_intake: [
    '人民调解受理登记表',
    '2026年11月24日，本人民调解委员会经当事人同意，调解朱镕基、李䶮、夏县南大里乡东村村民委员会之间的纠纷。',
    '纠纷类型',
    '邻里纠纷',
    '案件来源',
    '①□主动调解',
    '②■申请调解',
    '纠纷简要情况',
    '当事人（签名）',
    '登记人（签名）：张调解',
    '南大里乡人民调解委员会印',
    '此表由人民调解委员会填写',
  ],
  rights_notice: ['人民调解当事人权利义务告知书', '一、人民调解委员会是依法设立的调解民间纠纷的群众性组织', '二、', '不收取任何费用', '三、当事人在人民调解活动中享有下列权利', '四、当事人在人民调解活动中履行下列义务', '五、', '六、', '三十日内共同向人民法院申请司法确认', '以上告知内容，我已知悉。', '当事人（签名）'],
  investigation_record: ['人民调解调查记录', '时间', '2026年11月25日', '地点', '参加人', '被调查人', '邻居 孙大娘', '调查人', '张调解', '记录人', '王记录', '记录：', '问：通道上的柴草', '被调查人（签名）', '调查人（签名）', '记录人（签名）'],
  mediation_record: ['人民调解记录', '时间', '2026年11月27日', '地点', '南大里乡综治中心调解室', '事由', '邻里纠纷', '参加人', '东村村民委员会委员 赵明', '当事人', '朱镕基、李䶮', '记录：', '告知了人民调解的性质', '当事人（签名或按指印）', '人民调解员（签名）', '记录人（签名）'],
  oral_agreement: ['人民调解口头协议登记表', '当事人一', '朱镕基', '34052419800101001X', '当事人二', '纠纷简要情况', '口头协议内容', '一、李䶮于', '履行方式、时限', '当事人（签名或按指印）', '人民调解员（签名）', '登记人（签名）：王记录', '南大里乡人民调解委员会印', '登记日期：2026年11月27日'],
  revisit_record: ['人民调解回访记录', '当事人', '调解协议编号', '（2026）南大里调字第 12 号', '回访事由', '邻里纠纷调解协议履行情况回访', '回访情况', '已全部履行', '满意', '已申请司法确认', '柴草已清理', '回访人（签名）：张调解', '回访日期：2026年12月10日'],
  judicial_application: ['司法确认申请书', '申请人一', '朱镕基', '申请人二', '李䶮', '请求事项', '请求确认申请人于2026年11月27日经南大里乡人民调解委员会主持调解达成的人民调解协议（编号：（2026）南大里调字第 12 号）有效', '事实和理由', '至2026年12月28日', '此致', '人民法院', '申请人（签名盖章或按指印）'],
};

describe('the papers of the file, as the 司法部 forms have them', () => {
  it.each(Object.keys(FORM_FIELDS) as (keyof typeof FORM_FIELDS)[])("%s: the form's title and fields in order", async (kind) => {
    const data = sampleMediation({
      number: 'XX2026-000001',
      revisit: { on: '2026年12月10日', performed: '已全部履行', satisfaction: '满意', note: '柴草已清理，补偿款已付清。', by: '张调解', judicialConfirmed: true },
    });
    const pdf = await renderDocument({ kind, data });
    pageImage(pdf, kind.replace('_', '-'));
    const { text } = readPdf(pdf);
    // A sentence of the form may wrap: read it with the lines joined.
    expectInOrder(text.replace(/\s*\n\s*/g, ''), FORM_FIELDS[kind]);
    expectWellBroken(pdfLines(text));
  });
});

describe('the bound 调解卷宗', () => {
  it("prints cover, contents with each paper's pages, the papers in order, and the back", async () => {
    const paper = sampleMediation({ revisit: { on: '2026年12月10日', performed: '已全部履行', satisfaction: '满意', note: '已付清。', by: '张调解', judicialConfirmed: false } });
    const kinds = ['mediation_application', 'rights_notice', 'investigation_record', 'mediation_record', 'mediation_agreement', 'revisit_record'] as const;
    const contents = [
      { title: '人民调解申请书', pages: '#', note: '' },
      { title: '人民调解当事人权利义务告知书', pages: '#', note: '' },
      { title: '当事人身份证明', pages: '', note: '纸质材料，附后' },
      { title: '人民调解调查记录', pages: '#', note: '1份' },
      { title: '人民调解记录', pages: '#', note: '' },
      { title: '人民调解协议书', pages: '#', note: '（2026）南大里调字第 12 号' },
      { title: '人民调解回访记录', pages: '#', note: '' },
      { title: '封底', pages: '', note: '' },
    ];
    const pdf = await renderDocument({
      kind: 'case_file',
      data: { committeeName: '南大里乡人民调解委员会', fileNumber: '（2026）南大里人调字第 5 号', title: '朱镕基与李䶮邻里纠纷', mediator: '张调解', from: '2026年11月24日', to: '2026年12月10日', filedBy: '张调解', filedOn: '2026年12月11日', contents, paperPages: 0, number: 'JZ2026-000001', reprint: false, preview: false },
      papers: kinds.map((kind) => ({ kind, data: paper })),
    });
    pageImage(pdf, 'case-file');
    const { text, pages } = readPdf(pdf);
    const pageTexts = text.split('\f');
    expectInOrder(pageTexts[0]!.replace(/\s+/g, ''), ['南大里乡人民调解委员会', '调解卷宗', '卷名', '朱镕基与李䶮邻里纠纷', '（2026）南大里人调字第5号', '人民调解员', '张调解', '2026年11月24日至12月10日', '立卷日期', '保管期限']);
    // The contents page: every paper with the pages it stands on, counted from the first paper.
    const contentsPage = pageTexts[1]!.replace(/[ \t]+/g, ' ');
    expectInOrder(contentsPage, ['卷内目录', '序号', '文书名称', '页号', '备注', '人民调解申请书', '人民调解当事人权利义务告知书', '当事人身份证明', '纸质材料，附后', '人民调解调查记录', '人民调解记录', '人民调解协议书', '人民调解回访记录', '封底']);
    const pageOf = (title: string) => new RegExp(`${title}\\s+(\\d+(?:-\\d+)?)`).exec(contentsPage)?.[1];
    expect(pageOf('人民调解申请书')).toMatch(/^1(-\d+)?$/);
    expect(pageOf('人民调解当事人权利义务告知书')).toMatch(/^\d/);
    const [agreementFirst] = pageOf('人民调解协议书')!.split('-').map(Number);
    // The page the contents names is the page the agreement starts on (cover and contents come first).
    expect(pageTexts[agreementFirst! + 1]).toContain('人民调解协议书');
    expect(pageTexts[2]).toContain('人民调解申请书');
    expectInOrder(text.replace(/\s+/g, ''), ['调解卷宗', '卷内目录', '人民调解申请书', '人民调解当事人权利义务告知书', '人民调解调查记录', '人民调解记录', '人民调解协议书', '人民调解回访记录', '卷内备考表']);
    expect(pageTexts.filter((p) => p.trim()).at(-1)).toContain('卷内备考表');
    expect(text).toContain(`本卷宗连面带底共${pages}页`);
  });
});
