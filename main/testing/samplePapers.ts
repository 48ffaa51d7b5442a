import type { MediationPaperData } from '../print/documents/mediationParts';
import type { ReceiptData } from '../print/documents/Receipt';

/** A three-party agreement that runs onto a second page: what tests and the bench render. */
export function sampleMediation(overrides: Partial<MediationPaperData> = {}): MediationPaperData {
  return {
    committeeName: '南大里乡人民调解委员会',
    number: '（2026）南大里调字第 12 号',
    agreementNumber: '（2026）南大里调字第 12 号',
    matterCode: 'SX20261127-0003',
    source: 'applied',
    sourceLabel: '申请调解',
    disputeType: '邻里',
    parties: [
      { kind: 'person', name: '朱镕基', sex: '男', ethnicity: '汉族', age: 46, idNumber: '34052419800101001X', occupation: '农民', phone: '13812345678', address: '夏县南大里乡东村三组' },
      { kind: 'person', name: '李䶮', sex: '女', ethnicity: '回族', age: 41, idNumber: '', occupation: '个体经营', phone: '0359-1234567', address: '夏县南大里乡西村一组' },
      { kind: 'org', name: '夏县南大里乡东村村民委员会', address: '夏县南大里乡东村', legalRepresentative: '王建国', phone: '' },
    ],
    facts: [
      '申请人朱镕基与被申请人李䶮系东西邻居。2026年9月，李䶮在两家之间的通道上堆放柴草、砖块（约三立方米），致使朱镕基家农用车无法通行；朱镕基多次要求清理未果，双方发生口角。',
      '双方争议的焦点在于：柴草砖块的清理期限，以及因通行受阻造成的误工损失（朱镕基主张2000元）。',
    ].join('\n'),
    requests: ['请求李䶮清理堆放在通道上的柴草、砖块。', '请求李䶮赔偿误工损失2000元。'],
    responsibility: '李䶮在共用通道堆放杂物，对通行受阻负主要责任；朱镕基在协商中言语过激，负次要责任。',
    participants: '东村村民委员会委员 赵明',
    investigations: [
      { on: '2026年11月25日', place: '夏县南大里乡东村', investigator: '张调解', subject: '邻居 孙大娘', participants: '', content: '问：通道上的柴草是谁堆放的，堆了多久？\n答：是李䶮家的，九月份堆上的，朱家的车确实过不去。' },
    ],
    acceptedOn: '2026年11月24日',
    fileNumber: '（2026）南大里人调字第 5 号',
    agreementOn: '2026年11月27日',
    judicialUntil: '2026年12月28日',
    clauses: [
      '李䶮于2026年12月5日前将堆放在通道上的柴草、砖块全部清理完毕，此后不得在通道上堆放任何物品。',
      '李䶮一次性补偿朱镕基误工损失人民币1500元（大写：壹仟伍佰元整），于2026年12月5日前当面付清。',
      '双方今后应互谅互让、和睦相处；因本纠纷产生的其他争议，双方不再追究。',
    ],
    performance: '第一、三条由李䶮于2026年12月5日前履行；东村村民委员会负责监督履行。',
    amount: '1,500.00元',
    mediator: '张调解',
    recorder: '王记录',
    mediatedOn: '2026年11月27日',
    place: '南大里乡综治中心调解室',
    record: '调解员向双方告知了人民调解的性质、原则和双方的权利义务。双方分别陈述了纠纷经过。经调解员释法明理，双方同意以协议方式解决。',
    revisit: null,
    reprint: false,
    preview: false,
    ...overrides,
  };
}

/** An ordinary receipt, as the desk prints dozens a day. */
export function sampleReceipt(): ReceiptData {
  return {
    centreName: '南大里乡综治中心',
    followUpPhone: '0359-8881234',
    number: 'HZ2026-000009',
    visitNo: 'DJ20261127-0009',
    matterCode: 'SX20261127-0009',
    visitedAt: '2026-11-27T02:30:00Z',
    visitorName: '张三',
    maskedId: '1408**********1234',
    categoryName: '邻里',
    content: '邻居在院墙边堆放柴草，影响通行，多次协商未果。',
    stationName: '南大里乡人民调解委员会',
    timeLimit: '30日内（至2026年12月27日）',
    counterName: '1号窗口',
    clerkName: '王丽',
    reprint: false,
  };
}
