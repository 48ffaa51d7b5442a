/**
 * 查阅记录: what a look at a person's data can be. A record opened on screen, a paper opened as PDF,
 * or a whole ID number, phone or card photo shown (each of those is also in the audit log).
 */
export const VIEW_KINDS = ['visitor', 'matter', 'mediation', 'paper', 'id_number', 'phone', 'photo', 'grid_phone'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

export const VIEW_KIND_LABELS: Record<ViewKind, string> = {
  visitor: '打开来访人档案',
  matter: '打开事项',
  mediation: '打开调解卷宗',
  paper: '打开文书',
  id_number: '查看完整身份证号',
  phone: '查看完整电话',
  photo: '查看证件照片',
  grid_phone: '受理网格上报（含当事人完整电话）',
};

/** One look, as the 查阅记录 page lists it. */
export interface ViewRow {
  id: number;
  at: string;
  userName: string;
  userRole: string;
  counterName: string | null;
  clientAddress: string;
  what: ViewKind;
  label: string;
  /** The person the record concerns, if any. */
  visitorName: string | null;
  visitorId: number | null;
}

/** The 查阅记录 table, as the screen and the workbook both lay it out. */
export const VIEW_COLUMNS = [
  { header: '时间', width: 16 },
  { header: '工作人员', width: 10 },
  { header: '角色', width: 8 },
  { header: '窗口', width: 10 },
  { header: '来自地址', width: 16 },
  { header: '查阅内容', width: 16 },
  { header: '记录', width: 22 },
  { header: '来访人', width: 10 },
] as const;

export function viewTableRow(r: ViewRow, dateTime: (at: string) => string): string[] {
  return [dateTime(r.at), r.userName, r.userRole, r.counterName ?? '', r.clientAddress, VIEW_KIND_LABELS[r.what], r.label, r.visitorName ?? ''];
}
