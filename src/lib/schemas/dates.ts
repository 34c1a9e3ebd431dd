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
