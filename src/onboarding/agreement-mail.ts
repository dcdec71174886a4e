import { organisationById, type AgreementRow, type Side } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { pmlpOfficerEmails } from '../identity/service.ts';

export type AgreementEvent =
  | { kind: 'drafted' }
  | { kind: 'version'; number: number }
  | { kind: 'comment'; commentId: number; version: number }
  | { kind: 'approval'; version: number }
  | { kind: 'concluded'; version: number }
  | { kind: 'amendment'; amendmentReference: string }
  | { kind: 'superseded'; by: string }
  | { kind: 'terminated'; from: string; reason: string };

function subjectOf(reference: string, event: AgreementEvent): string {
  switch (event.kind) {
    case 'drafted':
      return `Līguma projekts ${reference} / Draft agreement ${reference}`;
    case 'version':
      return `Līguma ${reference} ${event.number}. versija / Version ${event.number} of agreement ${reference}`;
    case 'comment':
      return `Komentārs līgumam ${reference} / A comment on agreement ${reference}`;
    case 'approval':
      return `Līguma ${reference} ${event.version}. versija apstiprināta / Version ${event.version} of ${reference} approved`;
    case 'concluded':
      return `Līgums ${reference} noslēgts / Agreement ${reference} concluded`;
    case 'amendment':
      return `Līguma ${reference} grozījumi ${event.amendmentReference} / Amendment ${event.amendmentReference} of ${reference}`;
    case 'superseded':
      return `Līgums ${reference} aizstāts ar ${event.by} / Agreement ${reference} superseded by ${event.by}`;
    case 'terminated':
      return `Līgums ${reference} izbeigts / Agreement ${reference} terminated`;
  }
}

function bodyOf(agreement: AgreementRow, event: AgreementEvent, actorName: string): string {
  switch (event.kind) {
    case 'drafted':
      return (
        `PMLP ir sagatavojusi līguma projektu ${agreement.reference}. Lūdzu, izskatiet to, labojiet vai apstipriniet.\n` +
        `The register authority has drafted agreement ${agreement.reference}. Please review, edit or approve it.`
      );
    case 'version':
      return (
        `${actorName} saglabāja līguma ${event.number}. versiju. Tagad jūsu kārta: apstipriniet to vai rakstiet nākamo versiju.\n` +
        `${actorName} saved version ${event.number}. It is now your turn: approve it or write the next version.`
      );
    case 'comment':
      return (
        `${actorName} komentēja līguma ${event.version}. versiju.\n` +
        `${actorName} commented on version ${event.version}.`
      );
    case 'approval':
      return (
        `${actorName} apstiprināja līguma ${event.version}. versiju. Kad to apstiprināsiet arī jūs, līgums būs noslēgts.\n` +
        `${actorName} approved version ${event.version}. Once you approve it too, the agreement is concluded.`
      );
    case 'concluded':
      return (
        `Abas puses apstiprināja līguma ${event.version}. versiju: līgums ir noslēgts.\n` +
        `Both sides approved version ${event.version}: the agreement is concluded.`
      );
    case 'amendment':
      return (
        `${actorName} sāka līguma grozījumus ${event.amendmentReference}.\n` +
        `${actorName} started amendment ${event.amendmentReference}.`
      );
    case 'superseded':
      return (
        `Noslēgti grozījumi ${event.by}: tie aizstāj līgumu ${agreement.reference}.\n` +
        `Amendment ${event.by} is concluded and replaces agreement ${agreement.reference}.`
      );
    case 'terminated':
      return (
        `Līgums izbeigts; piekļuve datiem beidzas no ${event.from}. Iemesls: ${event.reason}\n` +
        `The agreement is terminated; access to data ends from ${event.from}. Reason: ${event.reason}`
      );
  }
}

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
    const organisation = await organisationById(trx, agreement.organisation_id);
    if (organisation !== undefined) {
      recipients.push({ to: organisation.email, path: '/organizacijas/ligumi' });
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
