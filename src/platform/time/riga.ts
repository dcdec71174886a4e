/** Times are stored in UTC and shown in Europe/Riga; a "date" in the register is a Riga date. */
export const TIME_ZONE = 'Europe/Riga';

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Riga at this instant, as YYYY-MM-DD. */
export function rigaDate(instant: Date): string {
  return dateFormat.format(instant);
}

const clockFormats = {
  lv: new Intl.DateTimeFormat('lv-LV', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
};

/** The time of day in Riga, hours and minutes, as a clock shows it. */
export function formatClockTime(instant: Date, locale: 'lv' | 'en'): string {
  return clockFormats[locale].format(instant);
}

/** A clock that tests can set. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The instant a Riga day begins. Riga is UTC+2 in winter and UTC+3 in summer, and its clocks
 * change at 03:00/04:00, never at midnight, so one of the two offsets gives the day's start.
 */
export function rigaDayStart(day: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  for (const hours of [3, 2]) {
    const candidate = new Date(midnightUtc - hours * 3_600_000);
    if (rigaDate(candidate) === day && rigaDate(new Date(candidate.getTime() - 1)) !== day) {
      return candidate;
    }
  }
  throw new Error(`No start found for the Riga day ${day}`);
}
