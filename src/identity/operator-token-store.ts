import type { Db } from '../database.ts';

/** Operator tokens, stored by their SHA-256 only: Kysely queries only. */

/** The new token's id, or undefined when a token with the same hash exists already. */
export async function insertOperatorToken(
  db: Db,
  token: { name: string; authority: string; tokenHash: Buffer },
): Promise<number | undefined> {
  const row = await db
    .insertInto('operator_tokens')
    .values({
      name: token.name,
      authority: token.authority,
      token_hash: token.tokenHash,
      revoked_at: null,
    })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function operatorTokenIdByHash(db: Db, tokenHash: Buffer): Promise<number> {
  const row = await db
    .selectFrom('operator_tokens')
    .select('id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether a token was revoked now (false when unknown or revoked before). */
export async function markOperatorTokenRevoked(db: Db, id: number, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('operator_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function activeOperatorToken(db: Db, tokenHash: Buffer) {
  return db
    .selectFrom('operator_tokens')
    .select(['id', 'name', 'authority'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}
