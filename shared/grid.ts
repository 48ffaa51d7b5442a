/**
 * 网格上报: what the grid reports, from a 网格员's phone or the grid platform's export, waits for
 * the desk: registered as a matter (channel 'grid'), or set aside with the reason (不立事项).
 */
export const GRID_SOURCES = ['phone', 'import'] as const;
export type GridSource = (typeof GRID_SOURCES)[number];

export const GRID_STATUSES = ['pending', 'registered', 'dismissed'] as const;
export type GridStatus = (typeof GRID_STATUSES)[number];

/** Photos per report, and the largest one the host keeps (the phone page shrinks them first). */
export const MAX_GRID_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 400 * 1024;

/** The image kinds a photo may be, told by its first bytes and not by what the phone calls it. */
export const PHOTO_KINDS = ['image/jpeg', 'image/png'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];

/** An import file no larger than this (about 5,000 rows of a platform export). */
export const MAX_IMPORT_BYTES = 700 * 1024;
export const MAX_IMPORT_ROWS = 5000;

/** A picture of a visitor's material (document camera): the page shrinks it to fit first. */
export const MAX_MATERIAL_BYTES = 1200 * 1024;
