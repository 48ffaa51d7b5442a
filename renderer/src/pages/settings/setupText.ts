/** The tabs of 设置, by key: the checklist sends the admin to each. */
export type SettingsTabKey = 'setup' | 'centre' | 'counters' | 'stations' | 'users' | 'categories' | 'holidays' | 'terminals' | 'devices' | 'system';

export const SETUP_UI = {
  tab: '开始使用',
  intro: '新中心开始接待群众前，请按顺序核对以下设置。程序已预置常用的窗口、入驻单位和诉求类别，可直接使用或修改。',
  left: (n: number) => `还有 ${n} 项需要处理；暂不处理的，也可以先点“设置完成”，以后随时回到这里。`,
  allDone: '各项都已设置好，点“设置完成”即可开始登记。',
  finished: '中心设置已完成。以后修改设置，可在各页签中进行。',
  finishedSaid: '设置完成，可以开始登记了',
  reopen: '重新显示清单',
  finish: '设置完成，开始使用',
  go: '去设置',
  review: '查看',
  todo: (what: string) => `待办：${what}`,
  steps: {
    centre: '中心信息',
    counters: '窗口和打印机',
    stations: '入驻单位',
    users: '用户账号',
    categories: '诉求类别和办理时限',
    backup: '数据备份',
  },
} as const;
