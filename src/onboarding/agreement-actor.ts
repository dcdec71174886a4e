import { lockAgreement, type AgreementRow, type Side } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import { agreementErrors } from './agreement-errors.ts';
import { notifyOtherSide, type AgreementEvent } from './agreement-mail.ts';

/** Who acts on an agreement: a representative of the organisation, or a PMLP officer. */
export type AgreementActor =
  | { side: 'organisation'; name: string; orgUserId: number; organisationId: number }
  | { side: 'pmlp'; name: string; staffId: number };

/** What every step needs besides its input: the time, the request, and where links point. */
export interface StepContext {
  now: Date;
  requestId: string | null;
  publicUrl: string;
}

export function sideOf(actor: AgreementActor): Side {
  return actor.side;
}

/**
 * The agreement, locked for the step, if this actor may see it: an organisation only its own
 * (any other answers "not found", so references of others cannot be probed).
 */
export async function lockForActor(
  trx: Db,
  reference: string,
  actor: AgreementActor,
): Promise<AgreementRow> {
  const agreement = await lockAgreement(trx, reference);
  if (
    agreement === undefined ||
    (actor.side === 'organisation' && agreement.organisation_id !== actor.organisationId)
  ) {
    throw new AppError(agreementErrors.agreement_not_found);
  }
  return agreement;
}

/** Only an agreement under negotiation takes versions, comments and approvals. */
export function assertNegotiating(agreement: AgreementRow): void {
  if (agreement.status === 'concluded') throw new AppError(agreementErrors.agreement_concluded);
  if (agreement.status !== 'negotiating') throw new AppError(agreementErrors.agreement_closed);
}

/** The audit row and the mail to the other side of one step, in the step's transaction. */
export async function recordStep(
  trx: Db,
  agreement: AgreementRow,
  actor: AgreementActor,
  event: AgreementEvent,
  context: StepContext,
  reason: string | null = null,
): Promise<void> {
  await appendAudit(trx, {
    actorType: actor.side === 'pmlp' ? 'staff' : 'org_user',
    actorId: String(actor.side === 'pmlp' ? actor.staffId : actor.orgUserId),
    organisationId: agreement.organisation_id,
    subjectPersonId: null,
    action: `agreement.${event.kind}`,
    channel: actor.side === 'pmlp' ? 'backoffice' : 'browser',
    reason: reason === null ? agreement.reference : `${agreement.reference}: ${reason}`,
    requestId: context.requestId,
  });
  await notifyOtherSide(trx, agreement, actor, event, context.publicUrl);
}
