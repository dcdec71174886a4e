import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { JobTables } from '../db/tables.ts';
import { AppError, platformErrors } from '../errors.ts';
import type { App } from '../http/app-type.ts';
import { pageContext, sendPage } from '../views/render.ts';
import { findDevMail, latestDevMail } from './dev-mailbox.ts';
import { DevMailListPage, DevMailPage } from './mailbox-pages.tsx';
import { mailDb } from './tables.ts';

const MailParams = Type.Object({
  id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }),
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
      return sendPage(reply, <DevMailListPage ctx={pageContext(request, reply)} mails={mails} />);
    },
  );
  app.get(
    '/dev/mail/:id',
    { config: { access: 'public' }, schema: { hide: true, params: MailParams } },
    async (request, reply) => {
      const mail = await findDevMail(db, request.params.id);
      if (mail === null) throw new AppError(platformErrors.not_found);
      return sendPage(reply, <DevMailPage ctx={pageContext(request, reply)} mail={mail} />);
    },
  );
}
