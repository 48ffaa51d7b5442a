/**
 * 驻点力量: how a station is present in the hall. 常驻 every working day, 轮驻 on its days of the
 * week, 随叫随驻 called in when a matter needs it. The day's roster (who is in the hall today)
 * overrides the pattern for that day.
 */
export const ATTENDANCE = ['resident', 'rotating', 'on_call'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** ISO weekdays, Monday 1 … Sunday 7. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
