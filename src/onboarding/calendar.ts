import type { Db } from '../database.ts';
import { insertCalendarException } from './calendar-store.ts';
import type { RequestErrorCode } from './request-errors.ts';
import { isWeekend, parseIsoDay, type CalendarExceptionKind } from './working-days.ts';

/** Staff keep the Cabinet's transferred working days and one-off holidays as data. */

export interface ExceptionInput {
  day: string;
  kind: string;
  note: string;
}

export type ExceptionProblem = { field: 'day' | 'kind' | 'note'; code: RequestErrorCode };

export function validateException(
  input: ExceptionInput,
):
  | { ok: true; day: string; kind: CalendarExceptionKind; note: string }
  | { ok: false; problems: ExceptionProblem[] } {
  const problems: ExceptionProblem[] = [];
  const day = input.day.trim();
  const note = input.note.trim();
  const validDay = parseIsoDay(day) !== null;
  if (!validDay) problems.push({ field: 'day', code: 'calendar_day_invalid' });
  const kind = input.kind === 'working_day' || input.kind === 'holiday' ? input.kind : null;
  if (kind === null) problems.push({ field: 'kind', code: 'calendar_kind_invalid' });
  if (validDay && kind === 'working_day' && !isWeekend(day)) {
    problems.push({ field: 'day', code: 'working_day_not_weekend' });
  }
  if (note === '' || note.length > 500) {
    problems.push({ field: 'note', code: 'calendar_note_required' });
  }
  if (problems.length > 0 || kind === null) return { ok: false, problems };
  return { ok: true, day, kind, note };
}

/**
 * Adds an exception. A day has at most one: false when it has one already, which the caller
 * answers as `calendar_exception_exists`.
 */
export async function addCalendarException(
  db: Db,
  value: { day: string; kind: CalendarExceptionKind; note: string },
): Promise<boolean> {
  return insertCalendarException(db, value);
}
