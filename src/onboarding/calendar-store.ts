import type { Db } from '../database.ts';
import {
  workingCalendar,
  type CalendarException,
  type CalendarExceptionKind,
  type WorkingCalendar,
} from './working-days.ts';

/** Kysely queries on calendar_exceptions, and the working calendar built from them. */

/** Every exception: a few rows a year, read whole for each calendar. */
export async function allCalendarExceptions(db: Db): Promise<CalendarException[]> {
  return db
    .selectFrom('calendar_exceptions')
    .select(['day', 'kind', 'note'])
    .orderBy('day')
    .execute();
}

/** The working calendar as the stored exceptions stand now. */
export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  return workingCalendar(await allCalendarExceptions(db));
}

export async function calendarExceptionsFrom(
  db: Db,
  fromDay: string,
): Promise<CalendarException[]> {
  return db
    .selectFrom('calendar_exceptions')
    .select(['day', 'kind', 'note'])
    .where('day', '>=', fromDay)
    .orderBy('day')
    .execute();
}

/** Adds the row; false when the day already has one (the primary key decides, not a check). */
export async function insertCalendarException(
  db: Db,
  row: { day: string; kind: CalendarExceptionKind; note: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('calendar_exceptions')
    .values({ day: row.day, kind: row.kind, note: row.note })
    .onConflict((oc) => oc.column('day').doNothing())
    .returning('day')
    .executeTakeFirst();
  return inserted !== undefined;
}
