import type { PdfJob } from './pdfJobs';

/**
 * Papers the rendering thread lays out once it starts, and throws away: they load react-pdf's code,
 * the four Noto faces and the layout's hot paths, so the clerk's first real receipt or A4 paper does
 * not pay for them. Every character is an ordinary one: the fallback font stays unread.
 */
export const WARM_UP_JOBS: readonly PdfJob[] = [
  {
    kind: 'receipt',
    layout: 'roll80',
    data: {
      centreName: '综治中心',
      followUpPhone: '0000-0000000',
      number: 'HZ0000-000000',
      visitNo: 'DJ00000000-0000',
      matterCode: 'SX00000000-0000',
      visitedAt: '2026-01-01T00:00:00Z',
      visitorName: '预热',
      maskedId: '',
      categoryName: '邻里',
      content: '启动时预先排版一次，正式文书不必等待字体载入。',
      stationName: '人民调解委员会',
      timeLimit: '30日内',
      counterName: '1号窗口',
      clerkName: '预热',
      reprint: false,
    },
  },
  {
    kind: 'notice',
    data: {
      centreName: '综治中心',
      number: 'GZ0000-000000',
      visitorName: '预热',
      visitedDate: '2026年1月1日',
      content: '启动时预先排版一次。',
      reason: '预热',
      channel: '预热',
      issuedDate: '2026年1月1日',
      reprint: false,
    },
  },
];
