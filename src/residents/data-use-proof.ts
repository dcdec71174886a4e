import type { KeyObject } from 'node:crypto';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import type { InclusionProof } from '../platform/audit/inclusion-proof.ts';
import { inclusionProofOf } from '../platform/audit/proof-builder.ts';
import { AppError } from '../platform/errors.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { provisionRowOf } from './data-use-store.ts';
import { dataUseErrors } from './errors.ts';

export const PROOF_DOWNLOADED_ACTION = 'data_use.proof_downloaded';

/**
 * The proof that one row of the resident's "who used my data" list is in the sealed audit log.
 * Only a row the person's own list shows qualifies (their own, production, not held back): any
 * other row, whoever's it is, is simply not found. Handing out the proof is audited, in the same
 * transaction.
 */
export async function residentProof(
  trx: Db,
  clock: Clock,
  who: { personId: number },
  eventId: number,
  publicKey: KeyObject,
  requestId: string,
): Promise<InclusionProof> {
  const now = clock.now();
  const row = await provisionRowOf(trx, who.personId, eventId, {
    productionOnly: true,
    visibleOn: rigaDate(now),
  });
  if (row === undefined) throw new AppError(dataUseErrors.audit_row_not_found);
  const found = await inclusionProofOf(trx, eventId, publicKey);
  if (found.status === 'not_sealed') throw new AppError(dataUseErrors.proof_not_ready);
  if (found.status === 'no_root') throw new AppError(dataUseErrors.proof_not_available);
  await appendAudit(trx, {
    actorType: 'resident',
    actorId: String(who.personId),
    subjectPersonId: who.personId,
    action: PROOF_DOWNLOADED_ACTION,
    channel: 'portal',
    reason: String(eventId),
    requestId,
    occurredAt: now,
  });
  return found.proof;
}
