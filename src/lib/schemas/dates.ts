/** A calendar date: 2025-12-18. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date, or a date and time with an offset: 2025-12-18T09:30:00+02:00. */
export const DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** True for a real calendar date at the start of `value` (`2025-02-30` is not one). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * True when the time after a date, if any, is a real one: hours to 23, minutes and seconds to
 * 59, an offset of at most 14 hours (`T25:61:00` and `+15:00` are not times).
 */
export function isRealTime(value: string): boolean {
  const m = /T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return !value.includes('T');
  const [, hh, mm, ss, oh, om] = m;
  return Number(hh) <= 23 && Number(mm) <= 59 && Number(ss ?? 0) <= 59 && Number(oh ?? 0) <= 14 && Number(om ?? 0) <= 59;
}
