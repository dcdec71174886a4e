import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { inTransaction } from '../platform/db/transaction.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import { pageContext, sendFormPage, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { readFacialImage } from '../register/service.ts';
import {
  changeReportStatus,
  openReportForStaff,
  readAttachment,
  reportQueue,
  REPORT_REFERENCE_PATTERN,
  type ReportKind,
  type ReportStatus,
} from '../residents/service.ts';
import { ReportPage } from './views/report-page.tsx';
import { ReportQueuePage } from './views/report-queue-page.tsx';
import { reportTexts } from './texts/reports.ts';

/** Reports are the Information Centre's work: other staff are refused with `role_required`. */
const agents = ['staff:ic_agent'] as const;
const ReportParams = Type.Object({ reference: Type.String({ pattern: REPORT_REFERENCE_PATTERN }) });
const KINDS = ['deficiency', 'error'] as const;
const STATUSES = ['received', 'in_progress', 'resolved', 'rejected'] as const;
const QueueQuery = Type.Object({
  veids: Type.Optional(Type.Union([Type.Literal(''), ...KINDS.map((k) => Type.Literal(k))])),
  statuss: Type.Optional(Type.Union([Type.Literal(''), ...STATUSES.map((s) => Type.Literal(s))])),
  lang: Type.Optional(Type.String()),
});

const isStatus = (value: string | undefined): value is ReportStatus =>
  (STATUSES as readonly string[]).includes(value ?? '');

export function registerReportRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/darbinieki/zinojumi',
    { config: { access: agents }, schema: { hide: true, querystring: QueueQuery } },
    async (request, reply) => {
      const kind: ReportKind | null =
        request.query.veids === undefined || request.query.veids === ''
          ? null
          : request.query.veids;
      const status: ReportStatus | null =
        request.query.statuss === undefined || request.query.statuss === ''
          ? null
          : request.query.statuss;
      const rows = await reportQueue(deps.db, { kind, status });
      return sendPage(
        reply,
        <ReportQueuePage
          ctx={pageContext(request, reply)}
          rows={rows}
          filter={{ kind: kind ?? '', status: status ?? '' }}
          now={deps.clock.now()}
        />,
      );
    },
  );

  const showReport = async (
    request: FastifyRequest,
    reply: Parameters<typeof sendPage>[0],
    reference: string,
    values: { status?: string; reply?: string },
    errors: Record<string, string>,
  ) => {
    const me = principalOf(request, 'staff');
    const view = await inTransaction(deps.db, (trx) =>
      openReportForStaff(trx, reference, { staffId: me.staffId }, request.id),
    );
    return sendFormPage(
      reply,
      <ReportPage ctx={pageContext(request, reply)} view={view} values={values} errors={errors} />,
      errors,
    );
  };

  app.get(
    '/darbinieki/zinojumi/:reference',
    { config: { access: agents }, schema: { hide: true, params: ReportParams } },
    async (request, reply) => showReport(request, reply, request.params.reference, {}, {}),
  );

  app.post(
    '/darbinieki/zinojumi/:reference/statuss',
    { config: { access: agents }, schema: { hide: true, params: ReportParams } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const fields = formFields(request.body);
      const replyText = (fields.reply ?? '').trim();
      const errors: Record<string, string> = {};
      const locale = pageContext(request, reply).locale;
      if (!isStatus(fields.status)) {
        errors.status = reportTexts.statusForm.errors.statusMissing[locale];
      }
      if (replyText.length > 2000) {
        errors.reply = reportTexts.statusForm.errors.replyTooLong[locale];
      }
      if (!isStatus(fields.status) || Object.keys(errors).length > 0) {
        return showReport(request, reply, request.params.reference, fields, errors);
      }
      const status = fields.status;
      const page = `/darbinieki/zinojumi/${request.params.reference}`;
      // One status change and one mail to the reporter, however often the form is sent.
      const outcome = await submitFormOnce(deps.db, request, page, async (trx) => {
        await changeReportStatus(
          trx,
          {
            reference: request.params.reference,
            status,
            reply: replyText === '' ? null : replyText,
            staffId: me.staffId,
          },
          deps.config.publicUrl,
        );
        return page;
      });
      return reply.redirect(outcome, 303);
    },
  );

  app.get(
    '/darbinieki/zinojumi/:reference/pielikums',
    { config: { access: agents }, schema: { hide: true, params: ReportParams } },
    async (request, reply) => {
      const file = await readAttachment(deps.db, deps.envelope, request.params.reference);
      if (file === null) return reply.callNotFound();
      // Served as a download, never rendered in our origin: a PDF or image from the public.
      return reply
        .header('Cache-Control', 'no-store')
        .header(
          'Content-Disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        )
        .type(file.contentType)
        .send(file.bytes);
    },
  );

  app.get(
    '/darbinieki/zinojumi/:reference/attels/:imageId',
    {
      config: { access: agents },
      schema: {
        hide: true,
        params: Type.Object({
          reference: Type.String({ pattern: REPORT_REFERENCE_PATTERN }),
          imageId: Type.Integer({ minimum: 1 }),
        }),
      },
    },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      // The image is shown only as part of the report's audited view, and only the reporter's own.
      const image = await inTransaction(deps.db, async (trx) => {
        const view = await openReportForStaff(
          trx,
          request.params.reference,
          { staffId: me.staffId },
          request.id,
        );
        return readFacialImage(trx, deps.envelope, view.report.person_id, request.params.imageId);
      });
      if (image === null) return reply.callNotFound();
      return reply.header('Cache-Control', 'no-store').type(image.contentType).send(image.bytes);
    },
  );
}
