import { DOC_MSG } from '../../../shared/text/messages';
import { deadlineOnPaper, REFERRAL_RESULT_LABELS, timeLimitText } from '../../../shared/text/labels';
import { chinaDay, chineseDate } from '../../../shared/time';
import type { ReferralResult } from '../../../shared/visit';
import { DeskError } from '../../domain/errors';
import type { PdfJob } from '../../print/pdfJobs';
import { referralDeadline } from '../calendar/referralClock';
import { loadWorkCalendar } from '../calendar/workCalendar';
import type { ServiceContext } from '../context';
import { matterTimeLimit } from '../flow';
import { getCentre } from '../settings';

export const PETITION_PAPERS = ['petition_acceptance', 'petition_extension', 'petition_opinion'] as const;
export type PetitionPaper = (typeof PETITION_PAPERS)[number];

/** What the 信访 papers read of the matter (from the desk's one read of it). */
export interface PetitionFacts {
  id: number;
  status: string;
  categoryKind: string;
  content: string;
  name: string;
  business_day: string;
  referral_id: number | null;
}


/**
 * The three papers of a 信访 matter: 受理告知书 for an accepted demand, 延期办理告知书 once the limit
 * was extended (with the supervisor's reason), 处理意见书 once the station reported its result.
 */
export async function petitionJob(ctx: ServiceContext, kind: PetitionPaper, m: PetitionFacts, number: string, reprint: boolean): Promise<PdfJob> {
  if (m.categoryKind !== 'petition') throw new DeskError('bad_input', DOC_MSG.petitionOnly);
  if (m.status === 'declined') throw new DeskError('bad_input', DOC_MSG.petitionDeclined);
  const centre = await getCentre(ctx);
  const base = {
    centreName: centre.centreName,
    number,
    visitorName: m.name,
    visitedDate: chineseDate(m.business_day),
    acceptedDate: chineseDate(m.business_day),
    // Quoted in a sentence: without its own full stop, cut at 60 characters.
    content: ((c) => (c.length > 60 ? `${c.slice(0, 60)}……` : c))(m.content.trim().replace(/[。；，.;,\s]+$/u, '')),
    issuedDate: chineseDate(chinaDay(ctx.clock.now())),
    reprint,
  };
  const referral = m.referral_id === null ? null : await ctx.db.selectFrom('referral').innerJoin('station', 'station.id', 'referral.station_id').selectAll('referral').select('station.name as stationName').where('referral.id', '=', m.referral_id).executeTakeFirst();
  switch (kind) {
    case 'petition_acceptance': {
      const limit = await matterTimeLimit(ctx, m.id);
      const deadline = referral ? { day: referral.deadline, provisional: false } : { day: limit.deadline, provisional: limit.provisional };
      return { kind, data: { ...base, stationName: referral?.stationName ?? null, deadline: `${timeLimitText(limit.limitDays, limit.basis)}内，至${deadlineOnPaper(deadline.day, deadline.provisional)}` } };
    }
    case 'petition_extension': {
      if (!referral || referral.extension_days === 0) throw new DeskError('bad_input', DOC_MSG.petitionNotExtended);
      const cal = await loadWorkCalendar(ctx.db);
      const former = referralDeadline(cal, referral, { extension_days: 0 });
      const now = referralDeadline(cal, referral);
      const extend = await ctx.db.selectFrom('matter_event').select('note').where('matter_id', '=', m.id).where('action', '=', 'extend').orderBy('id', 'desc').executeTakeFirst();
      return { kind, data: { ...base, formerDeadline: deadlineOnPaper(former.day, former.provisional), days: referral.extension_days, reason: extend?.note || '情况复杂', deadline: deadlineOnPaper(now.day, now.provisional) } };
    }
    case 'petition_opinion': {
      if (!referral || referral.end_kind !== 'resolved' || referral.result === null) throw new DeskError('bad_input', DOC_MSG.petitionNoResult);
      return { kind, data: { ...base, stationName: referral.stationName, result: REFERRAL_RESULT_LABELS[referral.result as ReferralResult], opinion: referral.result_text } };
    }
  }
}
