/**
 * Calendar dates as day numbers (days since 1970-01-01, proleptic Gregorian). The generator does
 * all date arithmetic on integers and formats only at the end; building Date objects for millions
 * of persons would dominate the run time. Conversions use Howard Hinnant's civil-date algorithms.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function civilFromDays(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Day number of a YYYY-MM-DD string; throws on anything that is not a calendar date. */
export function dayFromIso(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (match === null) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const dayNumber = daysFromCivil(year, month, day);
  const [y, m, d] = civilFromDays(dayNumber);
  if (y !== year || m !== month || d !== day) throw new RangeError(`no such date: ${iso}`);
  return dayNumber;
}

// Dates between 1850 and 2150 are looked up, not computed: a run of two million persons does
// tens of millions of date operations on only some forty thousand distinct days.
const TABLE_FIRST_DAY = daysFromCivil(1850, 1, 1);
const TABLE_LAST_DAY = daysFromCivil(2150, 12, 31);
const TABLE_SIZE = TABLE_LAST_DAY - TABLE_FIRST_DAY + 1;
const tableYear = new Int16Array(TABLE_SIZE);
const tableMonth = new Uint8Array(TABLE_SIZE);
const tableDay = new Uint8Array(TABLE_SIZE);
for (let i = 0; i < TABLE_SIZE; i++) {
  const [year, month, day] = civilFromDays(TABLE_FIRST_DAY + i);
  tableYear[i] = year;
  tableMonth[i] = month;
  tableDay[i] = day;
}
const isoCache: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);

/** civilFromDays, from the table where it can be. */
function civil(dayNumber: number): [year: number, month: number, day: number] {
  const i = dayNumber - TABLE_FIRST_DAY;
  if (i < 0 || i >= TABLE_SIZE) return civilFromDays(dayNumber);
  return [tableYear[i] ?? 0, tableMonth[i] ?? 0, tableDay[i] ?? 0];
}

export function isoFromDay(dayNumber: number): string {
  const inTable = dayNumber >= TABLE_FIRST_DAY && dayNumber <= TABLE_LAST_DAY;
  const cached = inTable ? isoCache[dayNumber - TABLE_FIRST_DAY] : undefined;
  if (cached !== undefined) return cached;
  const [year, month, day] = civil(dayNumber);
  const iso = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  if (inTable) isoCache[dayNumber - TABLE_FIRST_DAY] = iso;
  return iso;
}

/** ISO 8601 UTC timestamp at `secondOfDay` seconds after midnight of the day. */
export function isoTimestamp(dayNumber: number, secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  const seconds = secondOfDay % 60;
  return `${isoFromDay(dayNumber)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}Z`;
}

/** The same calendar day `years` later; 29 February becomes 28 February in common years. */
export function addYears(dayNumber: number, years: number): number {
  const [year, month, day] = civil(dayNumber);
  const target = year + years;
  const safeDay = month === 2 && day === 29 && !isLeapYear(target) ? 28 : day;
  return daysFromCivil(target, month, safeDay);
}

export function yearOf(dayNumber: number): number {
  const i = dayNumber - TABLE_FIRST_DAY;
  return i >= 0 && i < TABLE_SIZE ? (tableYear[i] ?? 0) : civilFromDays(dayNumber)[0];
}

/** Completed years of age on a day. */
export function ageOn(birthDay: number, onDay: number): number {
  const [by, bm, bd] = civil(birthDay);
  const [y, m, d] = civil(onDay);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
