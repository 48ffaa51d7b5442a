import type { Role } from '../../shared/roles';
import { FLOW_MSG } from '../../shared/text/messages';
import { FLOW_ACTION_LABELS, MATTER_STATUS_LABELS } from '../../shared/text/labels';
import { MATTER_ACTIONS, type MatterAction, type MatterStatus, type Satisfaction } from '../../shared/visit';

/** A station may object that a matter is not its own within this many working days (信访工作条例). */
export const RETURN_WINDOW_WORKING_DAYS = 5;
/** A 信访 matter's time limit may be extended once, by at most this many days. */
export const MAX_PETITION_EXTENSION_DAYS = 30;


/** What the rules need to know about a matter and the person acting on it. */
export interface FlowFacts {
  status: MatterStatus;
  role: Role;
  /** The station of the person acting, for station staff. */
  actorStationId: number | null;
  /** The station the current referral went to (the lead station). */
  referralStationId: number | null;
  /** Working days since the current referral was made (the 5-day return window counts them). */
  workingDaysSinceReferral: number | null;
  extendedAlready: boolean;
  isPetition: boolean;
  extensionDays?: number;
  satisfaction?: Satisfaction;
}

const DESK: readonly Role[] = ['clerk', 'supervisor', 'admin'];
const STATION: readonly Role[] = ['station'];
const SUPERVISOR: readonly Role[] = ['supervisor', 'admin'];

interface Rule {
  from: readonly MatterStatus[];
  roles: readonly Role[];
  /** The status after the step; null keeps it. */
  to: (f: FlowFacts) => MatterStatus | null;
  /** The acting station staff must belong to the station the matter went to. */
  ownStation?: boolean;
  /** Further conditions: a message when they are not met. */
  check?: (f: FlowFacts) => string | null;
}

const OPEN_REFERRAL: readonly MatterStatus[] = ['referred', 'in_progress', 'suspended'];

/** A referral's clock runs while it waits for the station or is being handled; suspension stops it. */
export function clockRuns(status: MatterStatus): boolean {
  return status === 'referred' || status === 'in_progress';
}

/** The whole machine: which step is allowed from where, by whom, and where it leads. */
export const FLOW: Record<MatterAction, Rule> = {
  refer: { from: ['accepted', 'returned', 'disputed'], roles: DESK, to: () => 'referred' },
  receive: { from: ['referred'], roles: STATION, ownStation: true, to: () => 'in_progress' },
  progress: { from: ['in_progress', 'suspended'], roles: STATION, ownStation: true, to: () => null },
  return: {
    from: ['referred', 'in_progress'],
    roles: STATION,
    ownStation: true,
    to: () => 'returned',
    check: (f) =>
      (f.workingDaysSinceReferral ?? 0) > RETURN_WINDOW_WORKING_DAYS ? FLOW_MSG.returnTooLate(RETURN_WINDOW_WORKING_DAYS) : null,
  },
  suspend: { from: ['in_progress'], roles: STATION, ownStation: true, to: () => 'suspended' },
  resume: { from: ['suspended'], roles: STATION, ownStation: true, to: () => 'in_progress' },
  result: { from: ['in_progress'], roles: STATION, ownStation: true, to: () => 'resolved' },
  remind: { from: OPEN_REFERRAL, roles: SUPERVISOR, to: () => null },
  extend: {
    from: OPEN_REFERRAL,
    roles: SUPERVISOR,
    to: () => null,
    check: (f) => {
      if (f.extendedAlready) return FLOW_MSG.extendedAlready;
      if (f.isPetition && (f.extensionDays ?? 0) > MAX_PETITION_EXTENSION_DAYS) return FLOW_MSG.extendTooLong(MAX_PETITION_EXTENSION_DAYS);
      return null;
    },
  },
  reassign: { from: OPEN_REFERRAL, roles: SUPERVISOR, to: () => 'referred' },
  // 不满意 reopens the matter for a supervisor to decide: refer again, or archive.
  signOff: { from: ['resolved'], roles: DESK, to: (f) => (f.satisfaction === 'dissatisfied' ? 'disputed' : 'signed_off') },
  // 回访: after sign-off, the centre calls or visits to see whether the result holds.
  revisit: { from: ['signed_off'], roles: DESK, to: () => null },
  // 当场化解 happens at registration (the visit records it), never as a later step.
  settle: { from: [], roles: DESK, to: () => null },
  // 风险研判: any time before the matter is closed, by the desk, with the reason.
  assessRisk: { from: ['accepted', 'referred', 'in_progress', 'suspended', 'returned', 'resolved', 'disputed', 'signed_off'], roles: DESK, to: () => null },
  archive: {
    from: ['signed_off', 'disputed'],
    roles: DESK,
    to: () => 'archived',
    check: (f) => (f.status === 'disputed' && !SUPERVISOR.includes(f.role) ? FLOW_MSG.archiveDisputed : null),
  },
};

export type FlowDecision = { ok: true; to: MatterStatus } | { ok: false; message: string };

/** May this person take this step now, and where does it lead? Pure: the API asks it before every change. */
export function decide(action: MatterAction, f: FlowFacts): FlowDecision {
  const rule = FLOW[action];
  const label = FLOW_ACTION_LABELS[action];
  if (!rule.roles.includes(f.role)) return { ok: false, message: FLOW_MSG.role(label) };
  if (!rule.from.includes(f.status)) return { ok: false, message: FLOW_MSG.notNow(label, MATTER_STATUS_LABELS[f.status]) };
  if (rule.ownStation && (f.actorStationId === null || f.actorStationId !== f.referralStationId)) return { ok: false, message: FLOW_MSG.notYourStation };
  const problem = rule.check?.(f) ?? null;
  if (problem) return { ok: false, message: problem };
  return { ok: true, to: rule.to(f) ?? f.status };
}

/** The steps open to this person now: the buttons a screen shows. */
export function allowedActions(f: FlowFacts): MatterAction[] {
  return MATTER_ACTIONS.filter((a) => decide(a, f).ok);
}
