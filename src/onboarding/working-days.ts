import Holidays from 'date-holidays';

/**
 * Latvian working days, for deadlines counted under the Administrative Procedure Law: Monday to
 * Friday, less the public holidays of the holidays law (from the `date-holidays` package, which
 * knows Easter, Midsummer, the year end and the "next Monday" rule of 4 May and 18 November),
 * adjusted by the Cabinet's orders kept as data: a Saturday worked instead of a bridging day, and
 * one-off holidays. Everything here is pure; the exceptions come in as data.
 */

/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDay = string;

export type CalendarExceptionKind = 'working_day' | 'holiday';

export interface CalendarException {
  day: IsoDay;
  kind: CalendarExceptionKind;
  note: string;
}

export interface WorkingCalendar {
  isWorkingDay(day: IsoDay): boolean;
  /** The day n working days after `day`; the count starts the day after it (n = 0: `day`). */
  addWorkingDays(day: IsoDay, n: number): IsoDay;
  /**
   * Working days in (a, b]: how many working days pass from a to b, so that
   * workingDaysBetween(a, addWorkingDays(a, n)) = n. Negative when b is before a.
   */
  workingDaysBetween(a: IsoDay, b: IsoDay): number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The day as a UTC midnight, or null when it is not a real calendar date. */
export function parseIsoDay(day: string): Date | null {
  const match = ISO_DAY.exec(day);
  if (match === null) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day ? date : null;
}

function toDate(day: IsoDay): Date {
  const date = parseIsoDay(day);
  if (date === null) throw new RangeError(`Not a calendar date: ${day}`);
  return date;
}

const toIso = (date: Date): IsoDay => date.toISOString().slice(0, 10);

export function shiftDays(day: IsoDay, days: number): IsoDay {
  return toIso(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(day: IsoDay): number {
  const d = toDate(day).getUTCDay();
  return d === 0 ? 7 : d;
}

export const isWeekend = (day: IsoDay): boolean => weekday(day) >= 6;

const holidays = new Holidays('LV');
const publicHolidaysByYear = new Map<number, ReadonlySet<IsoDay>>();

/** The public holidays of a year (days off by law); observances and the like are not. */
export function publicHolidays(year: number): ReadonlySet<IsoDay> {
  const known = publicHolidaysByYear.get(year);
  if (known !== undefined) return known;
  const days = new Set(
    holidays
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      // `date` is the local date in Latvia, 'YYYY-MM-DD hh:mm:ss'.
      .map((h) => h.date.slice(0, 10)),
  );
  publicHolidaysByYear.set(year, days);
  return days;
}

/** A calendar over the given exceptions; build one per request from the stored rows. */
export function workingCalendar(exceptions: readonly CalendarException[]): WorkingCalendar {
  const byDay = new Map(exceptions.map((e) => [e.day, e.kind]));
  const isWorkingDay = (day: IsoDay): boolean => {
    const exception = byDay.get(day);
    if (exception !== undefined) return exception === 'working_day';
    if (isWeekend(day)) return false;
    return !publicHolidays(Number(day.slice(0, 4))).has(day);
  };
  const addWorkingDays = (day: IsoDay, n: number): IsoDay => {
    if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
    const step = n >= 0 ? 1 : -1;
    let current = day;
    let left = Math.abs(n);
    while (left > 0) {
      current = shiftDays(current, step);
      if (isWorkingDay(current)) left -= 1;
    }
    return current;
  };
  const workingDaysBetween = (a: IsoDay, b: IsoDay): number => {
    if (a === b) return 0;
    if (b < a) return -workingDaysBetween(b, a);
    let count = 0;
    for (let day = shiftDays(a, 1); day <= b; day = shiftDays(day, 1)) {
      if (isWorkingDay(day)) count += 1;
    }
    return count;
  };
  return { isWorkingDay, addWorkingDays, workingDaysBetween };
}

/** Monday and Sunday of the calendar week that holds `day`. */
export function weekOf(day: IsoDay): { monday: IsoDay; sunday: IsoDay } {
  const monday = shiftDays(day, 1 - weekday(day));
  return { monday, sunday: shiftDays(monday, 6) };
}
