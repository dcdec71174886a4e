import type { Db } from '../database.ts';

/** Queries on browser_sessions, nothing else; the rules are in sessions.ts. */

export interface SessionRow {
  id: number;
  kind: 'resident' | 'staff' | 'org_user';
  subject_id: number;
  data: unknown;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export async function insertSession(
  db: Db,
  row: {
    tokenHash: Buffer;
    kind: 'resident' | 'staff' | 'org_user';
    subjectId: number;
    data: string;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('browser_sessions')
    .values({
      token_hash: row.tokenHash,
      kind: row.kind,
      subject_id: row.subjectId,
      data: row.data,
      csrf_token: row.csrfToken,
      created_at: row.now,
      last_seen_at: row.now,
      expires_at: row.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function findSessionByTokenHash(
  db: Db,
  tokenHash: Buffer,
): Promise<SessionRow | undefined> {
  return db
    .selectFrom('browser_sessions')
    .select([
      'id',
      'kind',
      'subject_id',
      'data',
      'csrf_token',
      'created_at',
      'last_seen_at',
      'expires_at',
    ])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: number, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('browser_sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

/** Deletes the session and answers what it held (for the ID token at sign-out). */
export async function deleteSessionByTokenHash(
  db: Db,
  tokenHash: Buffer,
): Promise<{ data: unknown } | undefined> {
  return db
    .deleteFrom('browser_sessions')
    .where('token_hash', '=', tokenHash)
    .returning('data')
    .executeTakeFirst();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('browser_sessions')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of one subject: a locked or disabled account is signed out at once. */
export async function deleteSessionsOf(
  db: Db,
  kind: 'resident' | 'staff' | 'org_user',
  subjectId: number,
): Promise<void> {
  await db
    .deleteFrom('browser_sessions')
    .where('kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .execute();
}
