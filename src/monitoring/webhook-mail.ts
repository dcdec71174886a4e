import { organisationNotice } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import type { WebhookDisabledReason } from './tables.ts';
import { webhookMailTexts as t } from './texts/webhook-mail.ts';
import { connectionOfEndpoint } from './webhook-store.ts';

export function webhookPagePath(clientId: string): string {
  return `/organizacijas/savienojumi/${clientId}/webhook`;
}

/** Queues the notice to the organisation's contact address, in the transaction that disabled it. */
export async function mailEndpointDisabled(
  trx: Db,
  endpoint: { id: number },
  reason: WebhookDisabledReason,
  publicUrl: string,
): Promise<void> {
  const connection = await connectionOfEndpoint(trx, endpoint.id);
  const organisation = await organisationNotice(trx, connection.organisation_id);
  const link = `${publicUrl}${webhookPagePath(connection.client_id)}`;
  await enqueueMail(trx, {
    to: organisation.email,
    subject: `${t.subject.lv} / ${t.subject.en}: ${connection.client_id}`,
    reference: connection.client_id,
    text: [
      organisation.name,
      '',
      t.connection.lv(connection.name, connection.client_id),
      t[reason].lv(connection.url),
      t.next.lv,
      link,
      '',
      t.connection.en(connection.name, connection.client_id),
      t[reason].en(connection.url),
      t.next.en,
      `${link}?lang=en`,
    ].join('\n'),
  });
}
