import { maskIdNumber } from '../../shared/identity/idNumber';
import { maskPhone } from '../../shared/identity/phone';
import type { DocumentKind } from '../../shared/documents';

/** Papers about one matter (the 日结单 is about a counter's day, the 研判记录 about a meeting). */
export type MatterPaper = Exclude<DocumentKind, 'day_sheet' | 'assessment_record'>;
import { PER_REFERRAL_PAPERS } from '../../shared/schemas/documents';
import { MEDIATION_PAPERS, type MediationPaper } from '../../shared/schemas/mediation';
import { DOC_MSG, VISIT_MSG } from '../../shared/text/messages';
import { attendanceText, deadlineOnPaper, SATISFACTION_LABELS, timeLimitText } from '../../shared/text/labels';
import type { Stroke } from '../../shared/screen';
import type { Satisfaction } from '../../shared/visit';
import { chinaDay, chineseDate } from '../../shared/time';
import { DeskError } from '../domain/errors';
import { receiptSummary } from '../domain/paperText';
import type { ReceiptLayout } from '../print/documents/Receipt';
import type { PdfJob } from '../print/pdfJobs';
import type { Actor, ServiceContext } from './context';
import { loadWorkCalendar } from './calendar/workCalendar';
import { matterTimeLimit } from './flow';
import { currentReferral, reportedResult } from './history';
import { mediationJob } from './mediation/filePapers';
import { petitionJob, PETITION_PAPERS, type PetitionPaper } from './petition/petitionPapers';
import { getCentre } from './settings';
import { visitNames } from './visitors';
import { dayRoster } from './roster/dayRoster';
import { matterWithVisit } from './matters';

/** Everything a paper about one matter may show, read once. */
async function matterFacts(ctx: ServiceContext, matterId: number) {
  const m = await matterWithVisit(ctx.db)
    .leftJoin('station', 'station.id', 'matter.station_id')
    .select([
      'matter.id',
      'matter.code',
      'matter.status',
      'matter.content',
      'matter.deadline',
      'matter.referral_id',
      'matter.decline_reason',
      'matter.decline_channel',
      'category.name as categoryName',
      'category.kind as categoryKind',
      'visitor.name',
      'visitor.id_number',
      'visitor.phone',
      'visit.id as visitId',
      'visit.visit_no',
      'visit.visited_at',
      'visit.headcount',
      'visit.is_collective',
      'visit.business_day',
      'station.name as stationName',
    ])
    .where('matter.id', '=', matterId)
    .executeTakeFirst();
  if (!m) throw new DeskError('not_found', VISIT_MSG.matterNotFound);
  return m;
}

/** The document's content, built from the matter as it stands now. */
export async function buildJob(ctx: ServiceContext, kind: MatterPaper, matterId: number, number: string, actor: Actor, counterId: number | null, layout: ReceiptLayout, reprint: boolean): Promise<BuiltPaper> {
  if (isMediationPaper(kind)) return { job: await mediationJob(ctx, actor, kind, matterId, number, reprint), referralId: null };
  const m = await matterFacts(ctx, matterId);
  if (isPetitionPaper(kind)) return { job: await petitionJob(ctx, kind, m, number, reprint), referralId: PER_REFERRAL_PAPERS.includes(kind) ? m.referral_id : null };
  return { job: await deskJob(ctx, kind, m, number, actor, counterId, layout, reprint), referralId: PER_REFERRAL_PAPERS.includes(kind) ? m.referral_id : null };
}

/** A paper and what it is about beyond its matter: a 派单单 belongs to the referral it was made for. */
export interface BuiltPaper {
  job: PdfJob;
  referralId: number | null;
}

type MatterFacts = Awaited<ReturnType<typeof matterFacts>>;

async function deskJob(ctx: ServiceContext, kind: Exclude<MatterPaper, MediationPaper | PetitionPaper>, m: MatterFacts, number: string, actor: Actor, counterId: number | null, layout: ReceiptLayout, reprint: boolean): Promise<PdfJob> {
  const centre = await getCentre(ctx);
  const today = chineseDate(chinaDay(ctx.clock.now()));
  switch (kind) {
    case 'receipt': {
      if (m.status === 'declined') throw new DeskError('bad_input', DOC_MSG.declinedNoReceipt);
      const clerk = await ctx.db.selectFrom('user').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
      const counter = counterId === null ? null : await ctx.db.selectFrom('counter').select('name').where('id', '=', counterId).executeTakeFirst();
      const limit = await matterTimeLimit(ctx, m.id);
      return {
        kind: 'receipt',
        layout,
        data: {
          centreName: centre.centreName,
          followUpPhone: centre.followUpPhone,
          number,
          visitNo: m.visit_no,
          matterCode: m.code,
          visitedAt: m.visited_at,
          visitorName: m.name,
          maskedId: m.id_number ? maskIdNumber(m.id_number) : '',
          categoryName: m.categoryName,
          content: receiptSummary(m.content),
          stationName: m.stationName,
          timeLimit: `${timeLimitText(limit.limitDays, limit.basis)}内（至${chineseDate(m.deadline ?? limit.deadline)}${limit.provisional ? '，暂定' : ''}）`,
          counterName: counter?.name ?? '服务窗口',
          clerkName: clerk.display_name,
          reprint,
        },
      };
    }
    case 'notice':
      if (m.status !== 'declined') throw new DeskError('bad_input', DOC_MSG.noticeOnlyDeclined);
      return {
        kind: 'notice',
        data: {
          centreName: centre.centreName,
          number,
          visitorName: m.name,
          visitedDate: chineseDate(m.business_day),
          content: m.content,
          reason: m.decline_reason,
          channel: m.decline_channel,
          issuedDate: today,
          reprint,
        },
      };
    case 'referral_slip': {
      const referral = await currentReferral(ctx, await loadWorkCalendar(ctx.db), m.referral_id);
      if (!referral) throw new DeskError('bad_input', DOC_MSG.slipNeedsReferral);
      return {
        kind: 'referral_slip',
        data: {
          centreName: centre.centreName,
          number,
          matterCode: m.code,
          visitorName: m.name,
          visitorPhone: m.phone ? maskPhone(m.phone) : '',
          categoryName: m.categoryName,
          content: m.content,
          stationName: referral.stationName,
          helperStationNames: referral.helperStationNames,
          referredDate: chineseDate(referral.referredDay),
          deadlineDate: deadlineOnPaper(referral.deadline, referral.provisional),
          referredBy: referral.referredByName,
          collective: m.is_collective ? { headcount: m.headcount, representatives: await visitNames(ctx, m.visitId) } : null,
          reprint,
        },
      };
    }
    case 'signoff_record': {
      const signOff = await ctx.db
        .selectFrom('matter_event')
        .innerJoin('user', 'user.id', 'matter_event.actor_id')
        .select(['matter_event.id', 'matter_event.at', 'matter_event.detail', 'user.display_name'])
        .where('matter_event.matter_id', '=', m.id)
        // 当场化解 is signed off at the desk in the same step.
        .where('matter_event.action', 'in', ['signOff', 'settle'])
        .orderBy('matter_event.id', 'desc')
        .executeTakeFirst();
      if (!signOff) throw new DeskError('bad_input', DOC_MSG.notSignedOff);
      const detail = JSON.parse(signOff.detail) as { satisfaction: Satisfaction; selfRatedReason?: string };
      const answer = await ctx.db.selectFrom('screen_answer').select('strokes').where('used_by_event', '=', signOff.id).executeTakeFirst();
      const reported = await reportedResult(ctx, m.referral_id);
      return {
        kind: 'signoff_record',
        data: {
          centreName: centre.centreName,
          number,
          matterCode: m.code,
          visitorName: m.name,
          categoryName: m.categoryName,
          content: m.content,
          stationName: m.stationName ?? '',
          result: reported.text,
          satisfaction: SATISFACTION_LABELS[detail.satisfaction],
          signedDate: chineseDate(chinaDay(new Date(signOff.at))),
          strokes: answer?.strokes ? (JSON.parse(answer.strokes) as Stroke[]) : null,
          selfRatedReason: detail.selfRatedReason ?? '',
          clerkName: signOff.display_name,
          reprint,
        },
      };
    }
    case 'call_slip': {
      const referral = await currentReferral(ctx, await loadWorkCalendar(ctx.db), m.referral_id);
      if (!referral) throw new DeskError('bad_input', DOC_MSG.slipNeedsReferral);
      const station = (await dayRoster(ctx)).find((s) => s.stationId === referral.stationId);
      if (!station) throw new DeskError('not_found', DOC_MSG.slipNeedsReferral);
      if (station.inHall) throw new DeskError('bad_input', DOC_MSG.stationInHall(station.name, station.onDuty));
      const clerk = await ctx.db.selectFrom('user').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
      const counter = counterId === null ? null : await ctx.db.selectFrom('counter').select('name').where('id', '=', counterId).executeTakeFirst();
      return {
        kind: 'call_slip',
        data: {
          centreName: centre.centreName,
          number,
          stationName: station.name,
          attendance: attendanceText(station.attendance, station.rotationDays),
          contactPerson: station.contactPerson,
          contactPhone: station.phone,
          matterCode: m.code,
          visitorName: m.name,
          categoryName: m.categoryName,
          content: m.content,
          referredDate: chineseDate(referral.referredDay),
          deadlineDate: deadlineOnPaper(referral.deadline, referral.provisional),
          place: counter?.name ?? '服务窗口',
          calledBy: clerk.display_name,
          reprint,
        },
      };
    }
  }
}

const isMediationPaper = (kind: DocumentKind): kind is MediationPaper => (MEDIATION_PAPERS as readonly string[]).includes(kind);
const isPetitionPaper = (kind: DocumentKind): kind is PetitionPaper => (PETITION_PAPERS as readonly string[]).includes(kind);

/** Every numbered paper prints its own number, so the paper in a hand matches the 日结 check. */
export function withNumber(job: PdfJob, number: string): PdfJob {
  return job.kind === 'stats_report' ? job : ({ ...job, data: { ...job.data, number } } as PdfJob);
}
