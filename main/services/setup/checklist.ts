import type { Role } from '../../../shared/roles';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { getCentre, listCounters, listStations, putSetting, readSetting } from '../settings';
import { listUsers } from '../users';
import { listCategories } from '../categories';
import { getSchedule } from '../backup/schedule';

/** The six things a new centre sets before its first visitor, in the order an admin does them. */
export const SETUP_STEPS = ['centre', 'counters', 'stations', 'users', 'categories', 'backup'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export interface SetupItem {
  step: SetupStep;
  done: boolean;
  /** What the program already put in place, in Chinese. */
  preset: string;
  /** What is left to do, in Chinese; '' when done. */
  todo: string;
}

export interface SetupChecklist {
  items: SetupItem[];
  /** The admin said the centre is set up: the checklist no longer greets them. */
  finished: boolean;
}

const FINISHED_KEY = 'setup.finished';

function has(roles: Role[], role: Role): boolean {
  return roles.includes(role);
}

/**
 * 开始使用: each step is judged from what is set, not ticked by hand, so the list stays true when
 * someone changes a setting later. Only "finished" is the admin's own word.
 */
export async function setupChecklist(ctx: ServiceContext): Promise<SetupChecklist> {
  const centre = await getCentre(ctx);
  const counters = (await listCounters(ctx)).filter((c) => c.active);
  const stations = (await listStations(ctx)).filter((s) => s.active);
  const users = (await listUsers(ctx)).filter((u) => u.active);
  const categories = (await listCategories(ctx)).filter((c) => c.active);
  const roles = users.map((u) => u.role);
  const committees = stations.filter((s) => s.kind === 'mediation' || s.kind === 'justice');
  const printerSet = counters.some((c) => c.receiptPrinter || c.a4Printer);
  const missingRoles = (['clerk', 'station', 'supervisor'] as const).filter((r) => !has(roles, r));
  const roleNames = { clerk: '受理员', station: '承办人', supervisor: '负责人' } as const;
  const finished = await readSetting<boolean>(ctx.db, FINISHED_KEY);
  const backup = await getSchedule(ctx);

  const items: SetupItem[] = [
    {
      step: 'centre',
      done: centre.followUpPhone !== '' && centre.countyCode !== '',
      preset: `中心名称：${centre.centreName}${centre.countyCode ? `；本县代码：${centre.countyCode}` : ''}`,
      todo: [centre.followUpPhone ? '' : '填写回执上的查询电话', centre.countyCode ? '' : '填写本县 6 位区划代码（住址选择用）'].filter(Boolean).join('；'),
    },
    {
      step: 'counters',
      done: counters.length > 0 && printerSet,
      preset: counters.length ? `已有窗口：${counters.map((c) => c.name).join('、')}` : '还没有窗口',
      todo: counters.length === 0 ? '至少建一个窗口' : printerSet ? '' : '为窗口选回执打印机和 A4 打印机（不选则在页面中打开，用浏览器打印）',
    },
    {
      step: 'stations',
      done: committees.length > 0 && committees.every((s) => s.shortName !== ''),
      preset: `已预置 ${stations.length} 个入驻单位：${stations.map((s) => s.name).join('、')}`,
      todo: committees.some((s) => s.shortName === '') ? '为调解委员会（司法所）填写简称，协议书编号要用，如“南大里”' : '',
    },
    {
      step: 'users',
      done: missingRoles.length === 0,
      preset: `已有 ${users.length} 个账号`,
      todo: missingRoles.length ? `为${missingRoles.map((r) => roleNames[r]).join('、')}建账号` : '',
    },
    {
      step: 'categories',
      done: categories.length > 0,
      preset: `已预置 ${categories.length} 个诉求类别及办理时限（纠纷 30 日，信访 60 日，咨询 15 日）`,
      todo: categories.length ? '' : '至少要有一个诉求类别',
    },
    {
      step: 'backup',
      done: backup.target !== '',
      preset: backup.target ? `备份到 ${backup.target}，${backup.when === 'after_close' ? '每天中心日结后' : `每天 ${backup.time}`}自动备份并校验` : '还没有设置备份文件夹',
      todo: backup.target ? '' : '设置备份文件夹（U 盘或另一台电脑的共享文件夹），每天自动备份',
    },
  ];
  return { items, finished: finished === true };
}

/** 完成设置: the admin's word that the centre may start; audited, and undone by saying so again. */
export async function finishSetup(ctx: ServiceContext, actor: Actor, finished: boolean): Promise<SetupChecklist> {
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, FINISHED_KEY, finished);
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'setup.finish', entity: 'setting', detail: { finished } });
  });
  return setupChecklist(ctx);
}
