import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { parseSealed, serialiseSealed } from '../platform/crypto/sealed-bytes.ts';
import * as store from './idempotent-answer-store.ts';

/**
 * Answers kept for retries with the same Idempotency-Key. They hold person data, so they are
 * sealed like biometric images, bound to their organisation and key.
 */
function associatedData(organisationId: number, key: string): string {
  return `idempotent_answers:${organisationId}:${key}`;
}

export async function findAnswer(
  trx: Db,
  envelope: Envelope,
  organisationId: number,
  key: string,
): Promise<{ requestHash: Buffer; answer: unknown } | undefined> {
  const row = await store.answerRow(trx, organisationId, key);
  if (row === undefined) return undefined;
  const plain = envelope.open(parseSealed(row.answer), associatedData(organisationId, key));
  return { requestHash: Buffer.from(row.request_hash), answer: JSON.parse(plain.toString('utf8')) };
}

export async function keepAnswer(
  trx: Db,
  envelope: Envelope,
  row: { organisationId: number; key: string; requestHash: Buffer; answer: unknown },
): Promise<void> {
  const sealed = envelope.seal(
    Buffer.from(JSON.stringify(row.answer), 'utf8'),
    associatedData(row.organisationId, row.key),
  );
  await store.insertAnswer(trx, {
    organisation_id: row.organisationId,
    idempotency_key: row.key,
    request_hash: row.requestHash,
    status: 200,
    answer: serialiseSealed(sealed),
  });
}

/** Answers older than a day are dropped (the key may then be used again). */
export async function forgetOldAnswers(db: Db, before: Date): Promise<void> {
  await store.deleteAnswersBefore(db, before);
}
