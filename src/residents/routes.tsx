import type { FastifyRequest } from 'fastify';
import type { KeyObject } from 'node:crypto';
import { Type } from 'typebox';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import { formFields, formFile } from '../platform/http/form-body.ts';
import { earlierOutcome, redirectOnce, submitFormOnce } from '../platform/http/form-submissions.ts';
import type { Clock } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import { readFacialImage } from '../register/service.ts';
import { registerDataUseRoutes } from './data-use-routes.tsx';
import { residentErrors } from './errors.ts';
import { AppError } from '../platform/errors.ts';
import { REPORT_REFERENCE_PATTERN, RUN_ID_PATTERN } from './public-ids.ts';
import { validateDeficiencyForm, validateErrorReportForm, type FormErrors } from './report-form.ts';
import * as residents from './service.ts';
import { HomePage } from './views/home-page.tsx';
import { HistoryPage, RunPage } from './views/history-page.tsx';
import { RelatedServicesPage, ServicePage, SignInHelpPage } from './views/info-pages.tsx';
import { DeficiencyFormPage, ErrorReportPage, ReportSentPage } from './views/report-pages.tsx';
import { ResultPage } from './views/result-page.tsx';
import { TermsPage } from './views/terms-page.tsx';

export interface ResidentDeps {
  db: Db;
  envelope: Envelope;
  clock: Clock;
  publicUrl: string;
  /** The audit seal's public key, which residents' proofs of inclusion carry. */
  sealPublicKey: KeyObject;
}

const BASE = '/e-pakalpojumi/bdas';
const resident = ['resident'] as const;
const page = { hide: true } as const;
const RunParams = Type.Object({ runId: Type.String({ pattern: RUN_ID_PATTERN }) });
const SentParams = Type.Object({
  runId: Type.String({ pattern: RUN_ID_PATTERN }),
  reference: Type.String({ pattern: REPORT_REFERENCE_PATTERN }),
});
const ImageParams = Type.Object({
  runId: Type.String({ pattern: RUN_ID_PATTERN }),
  imageId: Type.Integer({ minimum: 1 }),
});
/** Report submissions: enough for a person, too few for a script. */
const reportLimit = { rateLimit: { max: 10, timeWindow: '1 hour' } };

/** Where the finishing buttons may lead: local pages only, never an address from the form. */
const NEXT_PAGES = new Set(['/', '/tavi-e-pakalpojumi', '/e-pakalpojumi/saistitie']);

/** The public portal pages and the residents' BDAS e-service. */
export function registerPortalRoutes(app: App, deps: ResidentDeps): void {
  app.get('/', { config: { access: 'public' }, schema: page }, async (request, reply) =>
    sendPage(reply, <HomePage ctx={pageContext(request, reply)} />),
  );

  app.get(BASE, { config: { access: 'public' }, schema: page }, async (request, reply) =>
    sendPage(
      reply,
      <ServicePage
        ctx={pageContext(request, reply)}
        signedIn={request.principal?.kind === 'resident'}
      />,
    ),
  );

  app.get(
    '/palidziba/autentifikacija',
    { config: { access: 'public' }, schema: page },
    async (request, reply) => sendPage(reply, <SignInHelpPage ctx={pageContext(request, reply)} />),
  );

  app.get(
    '/e-pakalpojumi/saistitie',
    { config: { access: 'public' }, schema: page },
    async (request, reply) =>
      sendPage(reply, <RelatedServicesPage ctx={pageContext(request, reply)} />),
  );

  // The sign-in from "Uzsākt e-pakalpojumu" comes back here, so the person lands on the terms.
  app.get(
    `${BASE}/sakt`,
    { config: { access: resident }, schema: page },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const run = await inTransaction(deps.db, (trx) =>
        residents.continueOrStartRun(trx, deps.clock, { personId: me.personId, method: me.method }),
      );
      return reply.redirect(`${BASE}/${run.public_id}/noteikumi`, 303);
    },
  );

  app.post(
    `${BASE}/sakt`,
    { config: { access: resident }, schema: page },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      // One run per press of "Uzsākt e-pakalpojumu", however often the form is sent.
      return redirectOnce(deps.db, request, reply, BASE, async (trx) => {
        const run = await residents.startRun(
          trx,
          deps.clock,
          { personId: me.personId, method: me.method },
          { termsAccepted: false },
        );
        return `${BASE}/${run.public_id}/noteikumi`;
      });
    },
  );

  app.get(
    `${BASE}/:runId/noteikumi`,
    { config: { access: resident }, schema: { ...page, params: RunParams } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const run = await residents.findOpenRun(deps.db, request.params.runId, me.personId);
      return sendPage(
        reply,
        <TermsPage ctx={pageContext(request, reply)} runId={run.public_id} error={false} />,
      );
    },
  );

  app.post(
    `${BASE}/:runId/noteikumi`,
    { config: { access: resident }, schema: { ...page, params: RunParams } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      // Sent again once the run was closed: still shown where the first led.
      const earlier = await earlierOutcome(deps.db, request);
      if (earlier !== null) return reply.redirect(earlier, 303);
      const agreed = formFields(request.body).agree === 'yes';
      const run = await residents.findOpenRun(deps.db, request.params.runId, me.personId);
      if (!agreed) {
        return sendPage(
          reply,
          <TermsPage ctx={pageContext(request, reply)} runId={run.public_id} error />,
          400,
        );
      }
      const terms = `${BASE}/${run.public_id}/noteikumi`;
      return redirectOnce(deps.db, request, reply, terms, async (trx) => {
        await residents.acceptTerms(trx, run, true);
        return `${BASE}/${run.public_id}/rezultats`;
      });
    },
  );

  app.get(
    `${BASE}/:runId/rezultats`,
    { config: { access: resident }, schema: { ...page, params: RunParams } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      return inTransaction(deps.db, async (trx) => {
        const run = await residents.findOpenRun(trx, request.params.runId, me.personId);
        if (run.terms_accepted_at === null)
          return reply.redirect(`${BASE}/${run.public_id}/noteikumi`, 303);
        const record = await residents.queryBdas(trx, run, request.id);
        return sendPage(
          reply,
          <ResultPage
            ctx={pageContext(request, reply)}
            runId={run.public_id}
            record={record}
            signInMethod={me.method}
          />,
        );
      });
    },
  );

  app.get(
    `${BASE}/:runId/attels/:imageId`,
    { config: { access: resident }, schema: { hide: true, params: ImageParams } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const image = await inTransaction(deps.db, async (trx) => {
        const run = await residents.findOpenRun(trx, request.params.runId, me.personId);
        if (run.terms_accepted_at === null) return null;
        return readFacialImage(trx, deps.envelope, me.personId, request.params.imageId);
      });
      if (image === null) throw new AppError(residentErrors.image_not_found);
      // Special-category data: never cached anywhere, served to its owner only.
      return reply.header('Cache-Control', 'no-store').type(image.contentType).send(image.bytes);
    },
  );

  app.post(
    `${BASE}/:runId/no-jauna`,
    { config: { access: resident }, schema: { ...page, params: RunParams } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      // A resent "Sākt no jauna" leads to the run the first one started, not to a third.
      return redirectOnce(deps.db, request, reply, BASE, async (trx) => {
        const run = await residents.findOwnRun(trx, request.params.runId, me.personId);
        await residents.finishRun(trx, run);
        const next = await residents.startRun(
          trx,
          deps.clock,
          { personId: me.personId, method: me.method },
          { termsAccepted: run.terms_accepted_at !== null },
        );
        const step = next.terms_accepted_at === null ? 'noteikumi' : 'rezultats';
        return `${BASE}/${next.public_id}/${step}`;
      });
    },
  );

  app.post(
    `${BASE}/:runId/pabeigt`,
    { config: { access: resident }, schema: { ...page, params: RunParams } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const next = formFields(request.body).next ?? '/tavi-e-pakalpojumi';
      return redirectOnce(deps.db, request, reply, BASE, async (trx) => {
        const run = await residents.findOwnRun(trx, request.params.runId, me.personId);
        await residents.finishRun(trx, run);
        return NEXT_PAGES.has(next) ? next : '/tavi-e-pakalpojumi';
      });
    },
  );

  /**
   * The two report forms share their flow: show the form, validate on the server, show it again
   * with the errors and the input kept (400), or send the report once per form token and
   * redirect to the page confirming its reference (a resent form is sent there too).
   */
  const reportForm = <V,>(form: {
    path: string;
    Page: typeof DeficiencyFormPage | typeof ErrorReportPage;
    /** The deficiency form belongs to a run still open; the error form also to a finished one. */
    findRun: typeof residents.findOpenRun;
    validate: (
      fields: Record<string, string>,
      request: FastifyRequest,
    ) => Promise<{ ok: true; value: V } | { ok: false; errors: FormErrors }>;
    submit: (trx: Db, run: residents.Run, value: V) => Promise<string>;
  }) => {
    const { Page } = form;
    app.get(
      `${BASE}/:runId/${form.path}`,
      { config: { access: resident }, schema: { ...page, params: RunParams } },
      async (request, reply) => {
        const me = principalOf(request, 'resident');
        const run = await form.findRun(deps.db, request.params.runId, me.personId);
        return sendPage(
          reply,
          <Page ctx={pageContext(request, reply)} runId={run.public_id} values={{}} errors={{}} />,
        );
      },
    );
    app.post(
      `${BASE}/:runId/${form.path}`,
      { config: { access: resident, ...reportLimit }, schema: { ...page, params: RunParams } },
      async (request, reply) => {
        const me = principalOf(request, 'resident');
        // Sent again after the run was closed: still shown where the report went.
        const earlier = await earlierOutcome(deps.db, request);
        if (earlier !== null) return reply.redirect(earlier, 303);
        const fields = formFields(request.body);
        const run = await form.findRun(deps.db, request.params.runId, me.personId);
        const checked = await form.validate(fields, request);
        if (!checked.ok) {
          return sendPage(
            reply,
            <Page
              ctx={pageContext(request, reply)}
              runId={run.public_id}
              values={fields}
              errors={checked.errors}
            />,
            400,
          );
        }
        const sent = await submitFormOnce(
          deps.db,
          request,
          `${BASE}/${run.public_id}/${form.path}`,
          async (trx) => {
            const reference = await form.submit(trx, run, checked.value);
            return `${BASE}/${run.public_id}/zinojums/${reference}`;
          },
        );
        return reply.redirect(sent, 303);
      },
    );
  };

  reportForm({
    path: 'nepilnibas',
    Page: DeficiencyFormPage,
    findRun: residents.findOpenRun,
    validate: async (fields, request) =>
      validateDeficiencyForm(fields, await formFile(request.body, 'attachment')),
    submit: (trx, run, value) =>
      residents.submitDeficiencyReport(trx, deps.envelope, run, value, deps.publicUrl),
  });

  reportForm({
    path: 'kluda',
    Page: ErrorReportPage,
    findRun: residents.findOwnRun,
    validate: async (fields) => validateErrorReportForm(fields),
    submit: (trx, run, value) => residents.submitErrorReport(trx, run, value, deps.publicUrl),
  });

  app.get(
    `${BASE}/:runId/zinojums/:reference`,
    { config: { access: resident }, schema: { ...page, params: SentParams } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const run = await residents.findOwnRun(deps.db, request.params.runId, me.personId);
      const sent = await residents.sentReport(deps.db, run, request.params.reference);
      return sendPage(
        reply,
        <ReportSentPage
          ctx={pageContext(request, reply)}
          runId={run.public_id}
          reference={sent.reference}
          mailed={sent.mailed}
        />,
      );
    },
  );

  app.get(
    '/tavi-e-pakalpojumi',
    { config: { access: resident }, schema: page },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const { runs, reports } = await residents.history(deps.db, me.personId);
      return sendPage(
        reply,
        <HistoryPage ctx={pageContext(request, reply)} runs={runs} reports={reports} />,
      );
    },
  );

  app.get(
    '/tavi-e-pakalpojumi/:runId',
    { config: { access: resident }, schema: { ...page, params: RunParams } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const { run, reports } = await residents.runDetails(
        deps.db,
        request.params.runId,
        me.personId,
      );
      return sendPage(
        reply,
        <RunPage ctx={pageContext(request, reply)} run={run} reports={reports} />,
      );
    },
  );

  registerDataUseRoutes(app, deps);
}
