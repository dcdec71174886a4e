import { organisationNotice } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import type { Locale } from '../platform/i18n/locale.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { connectionMailTexts } from './texts/connection-mail.ts';

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

/** The event's body in one language. */
function describe(event: ConnectionEvent, locale: Locale): string {
  const body = connectionMailTexts.body;
  switch (event.kind) {
    case 'registered':
      return body.registered[locale];
    case 'activated':
      return body.activated[locale];
    case 'suspended':
      return body.suspended[locale](event.reason);
    case 'restored':
      return body.restored[locale];
    case 'key_added':
      return body.keyAdded[locale](event.kid, lastValidDay(event.expiresAt));
    case 'key_retired':
      return body.keyRetired[locale](event.kid);
  }
}

/** Queues the notice to the organisation's notice recipients, in the change's transaction. */
export async function mailConnectionEvent(
  trx: Db,
  connection: { organisation_id: number; client_id: string; name: string },
  event: ConnectionEvent,
  publicUrl: string,
): Promise<void> {
  const organisation = await organisationNotice(trx, connection.organisation_id);
  const subject = connectionMailTexts.subject[event.kind];
  const named = connectionMailTexts.connection;
  const link = `${publicUrl}/organizacijas/savienojumi/${connection.client_id}`;
  const text = [
    organisation.name,
    '',
    named.lv(connection.name, connection.client_id),
    describe(event, 'lv'),
    link,
    '',
    named.en(connection.name, connection.client_id),
    describe(event, 'en'),
    `${link}?lang=en`,
  ].join('\n');
  for (const to of organisation.recipients) {
    await enqueueMail(trx, {
      to,
      subject: `${subject.lv} / ${subject.en}: ${connection.client_id}`,
      reference: connection.client_id,
      text,
    });
  }
}
