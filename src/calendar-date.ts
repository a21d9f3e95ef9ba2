/**
 * Dates as users write them in configuration: `YYYY-MM-DD`, optionally followed by a time. The
 * day must exist in the calendar: `Date.parse` accepts `2027-02-30` (as 2 March), which would let
 * an impossible date silently mean another one.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?=$|[Tt ])/;

/** Midnight UTC of the day `text` names, or undefined when it names no day in the calendar. */
export function calendarDay(text: string): number | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  // A time after the day must parse too.
  if (text.trim().length > 10 && Number.isNaN(Date.parse(text.trim()))) return undefined;
  return time;
}

/** Whether `text` is a date alone (`YYYY-MM-DD`, no time) naming a day that exists. */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && calendarDay(text) !== undefined;
}

/** Whether `text` starts like a date (`YYYY-MM-DD`), whether or not that day exists. */
export function looksLikeDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(text.trim());
}
