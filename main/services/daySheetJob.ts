import { DAY_MSG } from '../../shared/text/messages';
import { chinaDateTime, chineseDate } from '../../shared/time';
import { chainMarkText } from '../domain/auditChain';
import { DeskError } from '../domain/errors';
import type { PdfJob } from '../print/pdfJobs';
import type { ServiceContext } from './context';
import { daySheet } from './dayClose';
import { getCentre } from './settings';

/** The 日结单 of a closed day, from the figures kept when it was closed. */
export async function daySheetJob(ctx: ServiceContext, counterId: number, day: string, number: string, reprint: boolean): Promise<PdfJob> {
  const sheet = await daySheet(ctx, counterId, day);
  if (sheet.state !== 'closed') throw new DeskError('conflict', DAY_MSG.notClosed(day));
  const centre = await getCentre(ctx);
  return {
    kind: 'day_sheet',
    data: {
      centreName: centre.centreName,
      counterName: sheet.counterName,
      day: chineseDate(day),
      number,
      figures: sheet.figures,
      ledgers: sheet.reconciliation.ledgers,
      discrepancies: sheet.reconciliation.discrepancies,
      lateCorrections: sheet.lateCorrections.map((c) => ({ ...c, at: chinaDateTime(c.at) })),
      note: sheet.note,
      closedBy: sheet.closedBy ?? '',
      closedAt: sheet.closedAt ? chinaDateTime(sheet.closedAt) : '',
      chain: sheet.chain ? chainMarkText(sheet.chain) : '',
      reprint,
    },
  };
}
