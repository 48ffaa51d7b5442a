import { rate, type IntakeRow, type MediationRow, type StationRow, type Statistics } from '../../shared/statistics';
import { REFERRAL_RESULTS } from '../../shared/visit';

/** Adds rows of the same name (a category, a kind of station) across centres, keeping the first centre's order. */
function byName<R extends { name: string }>(lists: R[][], add: (a: R, b: R) => R): R[] {
  const out = new Map<string, R>();
  for (const row of lists.flat()) out.set(row.name, out.has(row.name) ? add(out.get(row.name)!, row) : row);
  return [...out.values()];
}

function addMediation(a: MediationRow, b: MediationRow): MediationRow {
  const accepted = a.accepted + b.accepted;
  const mediated = a.mediated + b.mediated;
  return { name: a.name, accepted, mediated, successRate: rate(mediated, accepted), amountWan: Math.round((a.amountWan + b.amountWan) * 100) / 100, performed: a.performed + b.performed, judicialConfirmed: a.judicialConfirmed + b.judicialConfirmed };
}

function addIntake(a: IntakeRow, b: IntakeRow): IntakeRow {
  return { name: a.name, accepted: a.accepted + b.accepted, declined: a.declined + b.declined, settled: a.settled + b.settled, referred: a.referred + b.referred, resolved: a.resolved + b.resolved, archived: a.archived + b.archived };
}

/** A station's results: what its average days are weighed by. */
const finished = (r: StationRow) => REFERRAL_RESULTS.reduce((t, k) => t + r.results[k], 0);

function addStation(a: StationRow, b: StationRow): StationRow {
  const [fa, fb] = [finished(a), finished(b)];
  const days = (a.averageDays ?? 0) * fa + (b.averageDays ?? 0) * fb;
  return {
    name: a.name,
    referred: a.referred + b.referred,
    onTime: a.onTime + b.onTime,
    overdue: a.overdue + b.overdue,
    averageDays: fa + fb === 0 ? null : Math.round((days / (fa + fb)) * 10) / 10,
    results: Object.fromEntries(REFERRAL_RESULTS.map((k) => [k, a.results[k] + b.results[k]])) as StationRow['results'],
  };
}

function addCounts<K extends string>(lists: Partial<Record<K, number>>[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const list of lists) for (const [k, v] of Object.entries(list) as [K, number][]) out[k] = (out[k] ?? 0) + v;
  return out;
}

/**
 * The county's figures: the county centre's own and every township's, of one period, added up.
 * Categories and stations of the same name are one row (every township's 派出所 together); rates
 * and averages are worked out again from the sums, never averaged. The closed days add up too:
 * the sum agrees with the centres' 日结单 exactly when each centre's does.
 */
export function sumStatistics(parts: Statistics[]): Statistics {
  const [first] = parts;
  if (!first) throw new Error('no figures to add');
  const sum = (get: (s: Statistics) => number) => parts.reduce((t, s) => t + get(s), 0);
  const mediation = byName(parts.map((s) => s.mediation), addMediation);
  const intake = byName(parts.map((s) => s.intake), addIntake);
  return {
    period: first.period,
    mediation,
    mediationTotal: parts.map((s) => s.mediationTotal).reduce(addMediation),
    intake,
    intakeTotal: parts.map((s) => s.intakeTotal).reduce(addIntake),
    sources: addCounts(parts.map((s) => s.sources)),
    stations: byName(parts.map((s) => s.stations), addStation),
    visitors: {
      visits: sum((s) => s.visitors.visits),
      heads: sum((s) => s.visitors.heads),
      collective: sum((s) => s.visitors.collective),
      collectiveHeads: sum((s) => s.visitors.collectiveHeads),
      repeat: sum((s) => s.visitors.repeat),
      byChannel: addCounts(parts.map((s) => s.visitors.byChannel)),
    },
    satisfaction: addCounts(parts.map((s) => s.satisfaction)),
    prevention: {
      criminal: { cases: sum((s) => s.prevention.criminal.cases), people: sum((s) => s.prevention.criminal.people) },
      collective: { cases: sum((s) => s.prevention.collective.cases), people: sum((s) => s.prevention.collective.people) },
    },
    assessment: { meetings: sum((s) => s.assessment.meetings), matters: sum((s) => s.assessment.matters) },
    grid: {
      phone: sum((s) => s.grid.phone),
      imported: sum((s) => s.grid.imported),
      registered: sum((s) => s.grid.registered),
      dismissed: sum((s) => s.grid.dismissed),
      pending: sum((s) => s.grid.pending),
    },
    daily: first.daily.map((d, i) => ({ day: d.day, visits: sum((s) => s.daily[i]?.visits ?? 0) })),
    closedDays: {
      closed: sum((s) => s.closedDays.closed),
      days: sum((s) => s.closedDays.days),
      sheetVisits: sum((s) => s.closedDays.sheetVisits),
      sheetAccepted: sum((s) => s.closedDays.sheetAccepted),
      matches: parts.every((s) => s.closedDays.matches),
    },
  };
}
