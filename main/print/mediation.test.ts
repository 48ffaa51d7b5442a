import { describe, expect, it } from 'vitest';
import { MEDIATION_PAPERS } from '../../shared/schemas/mediation';
import { expectInOrder, expectWellBroken, pdfLines } from '../testing/pdfExpect';
import { sampleMediation } from '../testing/samplePapers';
import { pageImage, readPdf } from './pdfText';
import { renderDocument } from './render';

describe('人民调解协议书', () => {
  it('lays out parties, facts, numbered clauses, performance and copies in order', async () => {
    const pdf = await renderDocument({ kind: 'mediation_agreement', data: sampleMediation() });
    const { text, pages } = readPdf(pdf);
    expect(pages).toBe(2);
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

describe('the papers around the agreement', () => {
  it.each(MEDIATION_PAPERS.filter((k) => k !== 'mediation_agreement'))('%s renders on A4 with its parts in order', async (kind) => {
    const data = sampleMediation({
      number: 'XX2026-000001',
      revisit: { on: '2026年12月10日', performed: '已全部履行', satisfaction: '满意', note: '柴草已清理，补偿款已付清。', by: '张调解', judicialConfirmed: true },
    });
    const pdf = await renderDocument({ kind, data });
    const { text } = readPdf(pdf);
    const expected: Record<typeof kind, string[]> = {
      mediation_application: ['人民调解申请书', '申请人', '朱镕基', '被申请人一', '李䶮', '被申请人二', '纠纷简要情况及申请事项', '此致', '南大里乡人民调解委员会', '申请人签名或按指印'],
      mediation_record: ['调解记录', '调解时间', '调解地点', '南大里乡综治中心调解室', '当事人', '朱镕基、李䶮', '调解情况', '告知了人民调解的性质', '人民调解员（签名）'],
      oral_agreement: ['口头协议登记表', '当事人', '纠纷简要情况', '口头协议内容', '一、李䶮于', '履行方式、时限', '人民调解员', '登记人', '南大里乡人民调解委员会（盖章）'],
      revisit_record: ['回访记录', '当事人', '调解协议编号', '（2026）南大里调字第 12 号', '回访时间', '2026年12月10日', '已全部履行', '满意', '已申请司法确认', '柴草已清理', '回访人'],
    };
    expectInOrder(text, expected[kind]);
    expectWellBroken(pdfLines(text));
    pageImage(pdf, kind.replace('_', '-'));
  });
});
