import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { JobTables } from '../db/tables.ts';
import { AppError, platformErrors } from '../errors.ts';
import type { App } from '../http/app-type.ts';
import { pageContext, sendPage } from '../views/render.ts';
import { attachmentDisposition } from '../http/content-disposition.ts';
import {
  devMailAttachments,
  findDevMail,
  findDevMailAttachment,
  latestDevMail,
} from './dev-mailbox.ts';
import { DevMailListPage, DevMailPage } from './mailbox-pages.tsx';
import { mailDb } from './tables.ts';

const MAIL_ID = Type.String({
  pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
});
const MailParams = Type.Object({ id: MAIL_ID });
const AttachmentParams = Type.Object({
  id: MAIL_ID,
  position: Type.Integer({ minimum: 1, maximum: 1000 }),
});

/**
 * The development mailbox's pages, `/dev/mail` and `/dev/mail/:id`. Public because there is no
 * one to sign in as in development; app.ts registers them outside production only, so in
 * production the addresses do not exist at all.
 */
export function registerDevMailboxRoutes(app: App, deps: { db: Kysely<JobTables> }): void {
  const db = mailDb(deps.db);
  app.get(
    '/dev/mail',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const mails = await latestDevMail(db, 100);
      const attachments = await devMailAttachments(
        db,
        mails.map((m) => m.id),
      );
      return sendPage(
        reply,
        <DevMailListPage
          ctx={pageContext(request, reply)}
          mails={mails}
          attachments={attachments}
        />,
      );
    },
  );
  app.get(
    '/dev/mail/:id',
    { config: { access: 'public' }, schema: { hide: true, params: MailParams } },
    async (request, reply) => {
      const mail = await findDevMail(db, request.params.id);
      if (mail === null) throw new AppError(platformErrors.not_found);
      const attachments = (await devMailAttachments(db, [mail.id])).get(mail.id) ?? [];
      return sendPage(
        reply,
        <DevMailPage ctx={pageContext(request, reply)} mail={mail} attachments={attachments} />,
      );
    },
  );
  app.get(
    '/dev/mail/:id/pielikumi/:position',
    { config: { access: 'public' }, schema: { hide: true, params: AttachmentParams } },
    async (request, reply) => {
      const { id, position } = request.params;
      const file = await findDevMailAttachment(db, id, position);
      if (file === null) throw new AppError(platformErrors.not_found);
      // Always a download: a kept mail's file is the sender's content, not a page of ours.
      return reply
        .header('Content-Disposition', attachmentDisposition(file.filename))
        .type(file.contentType)
        .send(file.content);
    },
  );
}
