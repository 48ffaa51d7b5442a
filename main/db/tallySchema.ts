import type { ReferralResult, VisitChannel } from '../../shared/visit';

/** A day's visits by channel, as the statistics count them; kept with each registration. */
export interface VisitTallyTable {
  business_day: string;
  channel: VisitChannel;
  visits: number;
  heads: number;
  /** 集体访 visits and their heads. */
  collective: number;
  collective_heads: number;
  /** Visits that came again about an earlier matter (重复访). */
  repeats: number;
}

/** A day's new matters by category (by the category they have now: a correction moves them). */
export interface MatterTallyTable {
  opened_day: string;
  category_id: number;
  /** Taken in (every status but declined), 当场化解 among them. */
  accepted: number;
  declined: number;
  settled: number;
}

/**
 * A day's referrals by station (by the day the matter was first referred): counted at 派单 and 改派,
 * and again when a station's result ends one — an ended referral never changes after.
 */
export type ReferralTallyTable = {
  referred_day: string;
  station_id: number;
  referred: number;
  resolved: number;
  /** Of the resolved: by the deadline, or after it. */
  on_time: number;
  late: number;
  /** Days from referral to result, summed over the resolved (for the average). */
  resolved_days: number;
} & Record<ReferralResult, number>;
