import type { z } from 'zod';
import type { flowInput } from '../../../shared/schemas/flow';
import { CENTRE_MSG } from '../../../shared/text/messages';
import { chinaDay } from '../../../shared/time';
import type { MatterAction } from '../../../shared/visit';
import { isTownshipOf, parseCentreArea, type CentreArea } from '../../domain/centreArea';
import { DeskError } from '../../domain/errors';
import { allowedActions, FLOW } from '../../domain/matterFlow';
import { recordAudit } from '../audit';
import { loadWorkCalendar } from '../calendar/workCalendar';
import type { Caller, ServiceContext } from '../context';
import { actOnMatter, flowFacts } from '../flow';
import { currentReferral, matterEvents } from '../history';
import { openableMatter } from '../matterAccess';
import { queue, type QueueRow } from '../queues';
import { centreUserOf } from './centreUser';

/** The steps the centre a matter was handed to takes on it: a station's (接收, 进展, 退回, 中止, 恢复, 办结). */
const HANDOFF_STEPS = (Object.keys(FLOW) as MatterAction[]).filter((a) => FLOW[a].roles.includes('station'));

/** A matter another centre handed to this one, as this centre's 交办 list shows it. */
export interface Handoff extends QueueRow {
  /** The centre it came from. */
  area: CentreArea;
  centreName: string;
  /** 上报 from a township to this county, or 下派 from this township's county. */
  direction: 'up' | 'down';
}

/** This centre's stations that are other centres of the county database. */
async function linkedCentres(ctx: ServiceContext): Promise<{ area: CentreArea; name: string }[]> {
  const rows = await ctx.db.selectFrom('station').select(['name', 'centre_area']).where('centre_area', 'is not', null).where('active', '=', 1).orderBy('sort').orderBy('id').execute();
  return rows.flatMap((r) => {
    const area = parseCentreArea(r.centre_area ?? '');
    return area ? [{ area, name: r.name }] : [];
  });
}

/**
 * Another centre, and this centre as it stands there: the station it is in that centre's list and
 * that station's account, which takes the steps this centre takes on what it was handed.
 */
async function asStationThere(ctx: ServiceContext, area: CentreArea, name: string): Promise<{ there: ServiceContext; me: Caller }> {
  if (!ctx.county) throw new DeskError('not_found', CENTRE_MSG.notInCounty);
  const there = await ctx.county.centre(area);
  const me = await centreUserOf(there, ctx.county.area);
  if (!me) throw new DeskError('not_found', CENTRE_MSG.notLinkedBack(name));
  return { there, me };
}

async function linkedCentre(ctx: ServiceContext, area: string): Promise<{ area: CentreArea; name: string }> {
  const link = (await linkedCentres(ctx)).find((l) => l.area === area);
  if (!link) throw new DeskError('not_found', CENTRE_MSG.badLink(area));
  return link;
}

/** What the county handed down to this township, or the townships handed up to this county, still open here. */
export async function incomingHandoffs(ctx: ServiceContext): Promise<Handoff[]> {
  if (!ctx.county) return [];
  const own = ctx.county.area;
  const out: Handoff[] = [];
  for (const link of await linkedCentres(ctx)) {
    const { there, me } = await asStationThere(ctx, link.area, link.name).catch(() => ({ there: null, me: null }));
    if (!there || !me) continue;
    const rows = [...(await queue(there, me.stationId, 'incoming')), ...(await queue(there, me.stationId, 'handling'))];
    const direction = isTownshipOf(own, link.area) ? 'down' : 'up';
    out.push(...rows.map((r) => ({ ...r, area: link.area, centreName: link.name, direction }) satisfies Handoff));
  }
  return out;
}

/** One handed matter as the station it went to sees it: its detail, its whole timeline, the steps open now. */
export async function handoffMatter(ctx: ServiceContext, area: string, matterId: number, clientAddress: string) {
  const link = await linkedCentre(ctx, area);
  const { there, me } = await asStationThere(ctx, link.area, link.name);
  const matter = await openableMatter(there, me, matterId);
  const cal = await loadWorkCalendar(there.db);
  const referral = await currentReferral(there, cal, matter.referralId);
  const facts = flowFacts(cal, { status: matter.status, kind: matter.categoryKind }, referral && { station_id: referral.stationId, referred_day: referral.referredDay, extension_days: referral.extensionDays }, me, chinaDay(ctx.clock.now()));
  // The look is that centre's record to keep: its 查阅记录 names this centre's account.
  there.views.record({ userId: me.userId, counterId: null, clientAddress }, { what: 'matter', recordId: matter.id, visitorId: matter.visitor.id, label: matter.code });
  return {
    centreName: link.name,
    matter,
    referral,
    events: await matterEvents(there, matter.id, matter.createdAt),
    allowedActions: allowedActions(facts).filter((a) => HANDOFF_STEPS.includes(a)),
  };
}

type Step = z.output<typeof flowInput>;

/**
 * Takes a station's step on a matter handed to this centre, in that centre's database (its
 * transaction, its lock, its audit entry by this centre's account, the person's name in the note),
 * and notes in this centre's own audit log who here took it.
 */
export async function actOnHandoff(ctx: ServiceContext, person: Caller & { displayName: string }, area: string, step: Step): Promise<{ status: string; version: number }> {
  if (!HANDOFF_STEPS.includes(step.action)) throw new DeskError('forbidden', CENTRE_MSG.notAHandoff);
  const link = await linkedCentre(ctx, area);
  const { there, me } = await asStationThere(ctx, link.area, link.name);
  const note = 'note' in step ? CENTRE_MSG.handledBy(step.note, person.displayName) : '';
  const done = await actOnMatter(there, me, { ...step, note } as Step);
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx.clock.now(), { actorId: person.userId, action: 'handoff.act', entity: 'matter', entityId: `${link.area}:${step.matterId}`, detail: { area: link.area, matterId: step.matterId, action: step.action } }),
  );
  ctx.events.publish({ type: 'handoffs.changed' });
  return done;
}
