import { formatEuro, organisationNotice } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { recordDeposit } from './ledger.ts';
import { billingMailTexts } from './texts/mails.ts';

/**
 * A PMLP officer records a bank transfer the organisation made: the deposit, its audit record and
 * the organisation's notice commit together or not at all. The same bank reference twice for one
 * organisation is refused (`deposit_reference_exists`) by the ledger's unique key.
 */
export async function recordDepositByStaff(
  trx: Db,
  input: { organisationId: number; amountCents: number; bankReference: string },
  staff: { staffId: number },
  requestId: string | null,
): Promise<{ movementId: number; balanceCents: number }> {
  const bankReference = input.bankReference.trim();
  const result = await recordDeposit(trx, {
    organisationId: input.organisationId,
    amountCents: input.amountCents,
    bankReference,
    staffId: staff.staffId,
  });
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    organisationId: input.organisationId,
    subjectPersonId: null,
    action: 'ledger.deposit_recorded',
    channel: 'backoffice',
    reason: `${bankReference}: EUR ${formatEuro(input.amountCents, 'en')}`,
    requestId,
  });
  const account = await organisationNotice(trx, input.organisationId);
  const mail = billingMailTexts.depositRecorded;
  const facts = [account.name, input.amountCents, bankReference, result.balanceCents] as const;
  for (const to of account.recipients) {
    await enqueueMail(
      trx,
      {
        to,
        subject: `${mail.subject.lv} / ${mail.subject.en}`,
        text: [mail.body.lv(...facts), '---', mail.body.en(...facts)].join('\n\n'),
        reference: bankReference,
      },
      { dedupeKey: `deposit-recorded:${result.movementId}:${to}` },
    );
  }
  return result;
}
