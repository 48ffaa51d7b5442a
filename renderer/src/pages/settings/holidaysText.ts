/** 设置 → 节假日: the State Council's notice for each year, and what the program assumes before it. */
export const HOLIDAYS_UI = {
  tab: '节假日',
  intro:
    '按工作日计算的期限（如承办单位 5 个工作日内退回）和按自然日计算、最后一天逢节假日顺延的期限，都按国务院办公厅每年的放假通知计算。程序已内置通知的年份直接使用；尚未公布的年份，先按《全国年节及纪念日放假办法》推算法定节假日（逢周末在其后工作日补假），相关期限标“暂定”。通知公布后，请在此录入当年的放假日期和调休上班日期，未结事项的期限随即重新计算。',
  source: { entered: '已录入放假通知', package: '已内置国务院放假通知', provisional: '暂按法定节假日推算' },
  sourceColor: { entered: 'green', package: 'blue', provisional: 'gold' },
  statutory: '法定节假日',
  offDays: '放假日期',
  workDays: '调休上班日期',
  none: '无',
  enteredBy: (by: string, at: string) => `${by} 于 ${at} 录入`,
  enter: '录入放假通知',
  correct: '修改录入',
  remove: '撤销录入',
  removeConfirm: (year: number) => `撤销后，${year} 年改按内置通知或法定节假日推算，未结事项的期限将重新计算。确定撤销？`,
  dialogTitle: (year: number) => `录入 ${year} 年放假通知`,
  dialogNote: '请按国务院办公厅通知逐日选择：放假日期包括通知中放假的每一天（含周末）；调休上班日期是通知中要求上班的周六、周日。已按法定节假日预填，请对照通知修改。',
  offHint: '可选多天，点日历中的日期添加或取消',
  saved: (moved: number) => (moved > 0 ? `已保存，${moved} 件未结事项的期限已重新计算` : '已保存'),
  removed: (moved: number) => (moved > 0 ? `已撤销，${moved} 件未结事项的期限已重新计算` : '已撤销'),
} as const;
