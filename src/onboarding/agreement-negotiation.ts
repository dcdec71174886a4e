import {
  agreementById,
  approvalsOf,
  insertApproval,
  insertComment,
  insertVersion,
  latestVersion,
  markConcluded,
  markSuperseded,
  versionsOf,
} from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import {
  assertNegotiating,
  lockForActor,
  recordStep,
  type AgreementActor,
  type StepContext,
} from './agreement-actor.ts';
import { agreementErrors } from './agreement-errors.ts';
import { announceTermsChanged } from './terms-changed.ts';

export const MAX_TEXT = 100_000;
export const MAX_COMMENT = 4000;

/**
 * Saves the next version of the text. The sides write in turns: the side that wrote the latest
 * version waits for the other, so neither can overwrite the other's proposal unseen.
 */
export async function saveVersion(
  trx: Db,
  reference: string,
  actor: AgreementActor,
  text: string,
  context: StepContext,
): Promise<number> {
  const agreement = await lockForActor(trx, reference, actor);
  assertNegotiating(agreement);
  const body = text.replace(/\r\n/g, '\n');
  if (body.trim() === '' || body.length > MAX_TEXT) {
    throw new AppError(agreementErrors.agreement_text_required);
  }
  const latest = await latestVersion(trx, agreement.id);
  if (latest?.side === actor.side) throw new AppError(agreementErrors.not_your_turn);
  if (latest !== undefined && latest.body === body) {
    throw new AppError(agreementErrors.agreement_text_unchanged);
  }
  const number = (latest?.number ?? 0) + 1;
  await insertVersion(
    trx,
    { agreementId: agreement.id, number, body, side: actor.side, authorName: actor.name },
    context.now,
  );
  await recordStep(trx, agreement, actor, { kind: 'version', number }, context);
  return number;
}

/** A comment on any version, by either side, while the agreement is negotiated. */
export async function addComment(
  trx: Db,
  reference: string,
  actor: AgreementActor,
  input: { version: number; body: string },
  context: StepContext,
): Promise<number> {
  const agreement = await lockForActor(trx, reference, actor);
  assertNegotiating(agreement);
  const body = input.body.trim();
  if (body === '' || body.length > MAX_COMMENT)
    throw new AppError(agreementErrors.comment_required);
  const versions = await versionsOf(trx, agreement.id);
  if (!versions.some((v) => v.number === input.version)) {
    throw new AppError(agreementErrors.agreement_version_not_found);
  }
  const commentId = await insertComment(
    trx,
    {
      agreementId: agreement.id,
      version: input.version,
      side: actor.side,
      authorName: actor.name,
      body,
    },
    context.now,
  );
  await recordStep(
    trx,
    agreement,
    actor,
    { kind: 'comment', commentId, version: input.version },
    context,
  );
  return commentId;
}

/**
 * Approves the latest version for the actor's side. When both sides have approved the same
 * version, the agreement is concluded on it; an amendment's conclusion supersedes the agreement
 * it amends in the same transaction, so exactly one of them is ever in force.
 */
export async function approveVersion(
  trx: Db,
  reference: string,
  actor: AgreementActor,
  version: number,
  context: StepContext,
): Promise<{ concluded: boolean }> {
  const agreement = await lockForActor(trx, reference, actor);
  assertNegotiating(agreement);
  const latest = await latestVersion(trx, agreement.id);
  if (latest === undefined) throw new AppError(agreementErrors.agreement_version_not_found);
  if (version !== latest.number) {
    throw new AppError(agreementErrors.version_not_latest, { latest: latest.number });
  }
  await insertApproval(
    trx,
    { agreementId: agreement.id, version, side: actor.side, approverName: actor.name },
    context.now,
  );
  const sides = new Set(
    (await approvalsOf(trx, agreement.id)).filter((a) => a.version === version).map((a) => a.side),
  );
  const concluded = sides.has('organisation') && sides.has('pmlp');
  if (!concluded) {
    await recordStep(trx, agreement, actor, { kind: 'approval', version }, context);
    return { concluded: false };
  }
  await markConcluded(trx, agreement.id, version, context.now);
  if (agreement.amends_agreement_id !== null) {
    await markSuperseded(trx, agreement.amends_agreement_id);
    const amended = await agreementById(trx, agreement.amends_agreement_id);
    if (amended !== undefined) {
      await recordStep(
        trx,
        amended,
        actor,
        { kind: 'superseded', by: agreement.reference },
        context,
      );
    }
  }
  await recordStep(trx, agreement, actor, { kind: 'concluded', version }, context);
  await announceTermsChanged(trx, agreement.organisation_id, { now: context.now });
  return { concluded: true };
}
