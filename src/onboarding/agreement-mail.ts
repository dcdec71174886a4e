import { organisationNotice, type AgreementRow, type Side } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { pmlpOfficerEmails } from '../identity/service.ts';
import type { AgreementEvent } from './agreement-event.ts';
import { bodyOf, subjectOf } from './texts/agreement-mails.ts';

export type { AgreementEvent };

function eventKey(event: AgreementEvent): string {
  switch (event.kind) {
    case 'drafted':
      return 'drafted';
    case 'version':
      return `version:${event.number}`;
    case 'comment':
      return `comment:${event.commentId}`;
    case 'approval':
      return `approval:${event.version}`;
    case 'concluded':
      return 'concluded';
    case 'amendment':
      return `amendment:${event.amendmentReference}`;
    case 'superseded':
      return 'superseded';
    case 'terminated':
      return 'terminated';
  }
}

/**
 * Tells the side that did not act, in the transaction of the change: the organisation at its
 * notice address, the register authority's officers at theirs. Each mail links to the page the
 * recipient reads the agreement on.
 */
export async function notifyOtherSide(
  trx: Db,
  agreement: AgreementRow,
  actor: { side: Side; name: string },
  event: AgreementEvent,
  publicUrl: string,
): Promise<void> {
  const recipients: { to: string; path: string }[] = [];
  if (actor.side === 'pmlp') {
    const organisation = await organisationNotice(trx, agreement.organisation_id);
    for (const to of organisation.recipients) {
      recipients.push({ to, path: '/organizacijas/ligumi' });
    }
  } else {
    for (const to of await pmlpOfficerEmails(trx)) {
      recipients.push({ to, path: '/darbinieki/ligumi' });
    }
  }
  for (const recipient of recipients) {
    const link = `${publicUrl}${recipient.path}/${agreement.reference}`;
    await enqueueMail(
      trx,
      {
        to: recipient.to,
        subject: subjectOf(agreement.reference, event),
        text: `${bodyOf(agreement, event, actor.name)}\n\n${link}\n`,
        reference: agreement.reference,
      },
      { dedupeKey: `agreement:${agreement.id}:${eventKey(event)}:${recipient.to}` },
    );
  }
}
