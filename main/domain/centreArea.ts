import { CENTRE_MSG } from '../../shared/text/messages';

/**
 * Where a centre sits in a county database: its administrative area code (行政区划代码), six
 * digits for the county (区县) centre, nine for a township (乡镇街道, the county's six and three more,
 * as in the statistics bureau's 统计用区划代码). Each centre's tables live in a PostgreSQL schema of
 * their own, named from the code, so a township's counters, users, number series, 日结, figures and
 * audit chain are its own by construction; the code's first six digits say which county it belongs to.
 */
export type CentreArea = string & { readonly __area: unique symbol };

const AREA = /^\d{6}(\d{3})?$/;

export function parseCentreArea(text: string): CentreArea | null {
  return AREA.test(text) ? (text as CentreArea) : null;
}

/** The PostgreSQL schema holding the centre's tables: only digits follow the prefix, so it needs no quoting. */
export function centreSchema(area: CentreArea): string {
  return `centre_${area}`;
}

export function isCountyArea(area: CentreArea): boolean {
  return area.length === 6;
}

/**
 * Why the centre at `other` cannot be a station of the centre at `own`, or null when it may: a
 * township hands matters up only to its own county, a county down only to its own townships.
 */
export function linkRefusal(own: CentreArea | null, other: CentreArea): string | null {
  if (own === null) return CENTRE_MSG.notInCounty;
  return isTownshipOf(own, other) || isTownshipOf(other, own) ? null : CENTRE_MSG.badLink(other);
}

/** Whether `township` is one of the county `county`'s townships. */
export function isTownshipOf(township: CentreArea, county: CentreArea): boolean {
  return isCountyArea(county) && !isCountyArea(township) && township.startsWith(county);
}
