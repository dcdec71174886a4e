import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../database.ts';
import {
  addCalendarException,
  calendarExceptionsFrom,
  problemMessages,
  requestErrors,
  validateException,
} from '../onboarding/service.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { CalendarPage } from './views/calendar-page.tsx';

/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;
const PATH = '/darbinieki/kalendars';

/** Staff add the Cabinet's transferred working days and one-off holidays, without a release. */
export function registerCalendarRoutes(app: App, deps: RouteDeps): void {
  const { db, clock } = deps;

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: Record<string, string>,
    status = 200,
  ) => {
    const rows = await calendarExceptionsFrom(db, rigaDate(clock.now()));
    return sendPage(
      reply,
      <CalendarPage
        ctx={pageContext(request, reply)}
        rows={rows}
        values={values}
        errors={errors}
      />,
      status,
    );
  };

  app.get(
    PATH,
    {
      config: { access: officers },
      schema: { hide: true, querystring: Type.Object({ lang: Type.Optional(Type.String()) }) },
    },
    async (request, reply) => {
      return show(request, reply, {}, {});
    },
  );

  app.post(
    PATH,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const fields = formFields(request.body);
      const locale = pageContext(request, reply).locale;
      const checked = validateException({
        day: fields.day ?? '',
        kind: fields.kind ?? '',
        note: fields.note ?? '',
      });
      if (!checked.ok) {
        return show(request, reply, fields, problemMessages(checked.problems, locale), 400);
      }
      let added: string;
      try {
        added = await submitFormOnce(db, request, PATH, async (trx: Db) => {
          // Refused inside the claim, so the corrected form can still be sent with its token.
          if (!(await addCalendarException(trx, checked))) {
            throw new AppError(requestErrors.calendar_exception_exists);
          }
          await appendAudit(trx, {
            actorType: 'staff',
            actorId: String(me.staffId),
            subjectPersonId: null,
            action: `calendar_exception.${checked.kind}`,
            reason: `${checked.day}: ${checked.note}`,
            channel: 'backoffice',
            requestId: request.id,
          });
          return PATH;
        });
      } catch (error) {
        if (
          !(error instanceof AppError) ||
          error.definition !== requestErrors.calendar_exception_exists
        ) {
          throw error;
        }
        const errors = problemMessages(
          [{ field: 'day', code: 'calendar_exception_exists' }],
          locale,
        );
        return show(request, reply, fields, errors, 409);
      }
      return reply.redirect(added, 303);
    },
  );
}
