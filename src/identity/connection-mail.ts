import { organisationNotice } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { rigaDate } from '../platform/time/riga.ts';

/** The last Riga day a key is accepted on (its expiry is the start of the next day). */
export function lastValidDay(expiresAt: Date): string {
  return rigaDate(new Date(expiresAt.getTime() - 1));
}

/** What happened to a connection, as the organisation is told (Latvian, then English). */
export type ConnectionEvent =
  | { kind: 'registered' }
  | { kind: 'activated' }
  | { kind: 'suspended'; reason: string }
  | { kind: 'restored' }
  | { kind: 'key_added'; kid: string; expiresAt: Date }
  | { kind: 'key_retired'; kid: string };

function describe(event: ConnectionEvent): {
  lv: string;
  en: string;
  subjectLv: string;
  subjectEn: string;
} {
  switch (event.kind) {
    case 'registered':
      return {
        subjectLv: 'Savienojums pieteikts',
        subjectEn: 'Connection registered',
        lv: 'Savienojums ir pieteikts. PMLP to pārbaudīs un aktivizēs; par to paziņosim.',
        en: 'The connection is registered. PMLP will check and activate it; we will let you know.',
      };
    case 'activated':
      return {
        subjectLv: 'Savienojums aktivizēts',
        subjectEn: 'Connection activated',
        lv: 'PMLP ir aktivizējusi savienojumu. Sistēma var saņemt piekļuves tokenus.',
        en: 'PMLP has activated the connection. The system can now obtain access tokens.',
      };
    case 'suspended':
      return {
        subjectLv: 'Savienojums apturēts',
        subjectEn: 'Connection suspended',
        lv: `PMLP ir apturējusi savienojumu. Iemesls: ${event.reason}`,
        en: `PMLP has suspended the connection. Reason: ${event.reason}`,
      };
    case 'restored':
      return {
        subjectLv: 'Savienojums atjaunots',
        subjectEn: 'Connection restored',
        lv: 'PMLP ir atjaunojusi savienojumu. Sistēma atkal var saņemt piekļuves tokenus.',
        en: 'PMLP has restored the connection. The system can obtain access tokens again.',
      };
    case 'key_added':
      return {
        subjectLv: 'Savienojumam pievienota atslēga',
        subjectEn: 'Key added to the connection',
        lv: `Pievienota publiskā atslēga ${event.kid}, derīga līdz ${lastValidDay(event.expiresAt)} (ieskaitot).`,
        en: `Public key ${event.kid} was added, valid through ${lastValidDay(event.expiresAt)}.`,
      };
    case 'key_retired':
      return {
        subjectLv: 'Savienojuma atslēga atsaukta',
        subjectEn: 'Connection key retired',
        lv: `Publiskā atslēga ${event.kid} ir atsaukta un vairs netiek pieņemta.`,
        en: `Public key ${event.kid} was retired and is no longer accepted.`,
      };
  }
}

/** Queues the notice to the organisation's notice address, in the change's transaction. */
export async function mailConnectionEvent(
  trx: Db,
  connection: { organisation_id: number; client_id: string; name: string },
  event: ConnectionEvent,
  publicUrl: string,
): Promise<void> {
  const organisation = await organisationNotice(trx, connection.organisation_id);
  const text = describe(event);
  const link = `${publicUrl}/organizacijas/savienojumi/${connection.client_id}`;
  await enqueueMail(trx, {
    to: organisation.email,
    subject: `${text.subjectLv} / ${text.subjectEn}: ${connection.client_id}`,
    reference: connection.client_id,
    text: [
      organisation.name,
      '',
      `Savienojums “${connection.name}” (${connection.client_id})`,
      text.lv,
      link,
      '',
      `Connection “${connection.name}” (${connection.client_id})`,
      text.en,
      `${link}?lang=en`,
    ].join('\n'),
  });
}
