import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { ComponentChildren } from 'preact';
import type { Db } from '../database.ts';
import { AppError, type ErrorDefinition } from '../platform/errors.ts';
import type { Access } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import type { Text } from '../platform/i18n/locale.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import type { AgreementActor, StepContext } from './agreement-actor.ts';
import { diffVersions } from './agreement-diff.ts';
import { agreementErrors } from './agreement-errors.ts';
import { addComment, approveVersion, saveVersion } from './agreement-negotiation.ts';
import {
  readAgreement,
  versionOf,
  type AgreementView,
  type AgreementViewer,
} from './agreement-view.ts';
import { AGREEMENT_REFERENCE_PATTERN, startAmendment } from './agreements.ts';
import { agreementTexts } from './texts/agreements.ts';
import { AgreementDiffPage } from './views/agreement-diff-page.tsx';
import { AgreementPage } from './views/agreement-page.tsx';
import { AgreementVersionPage } from './views/agreement-version-page.tsx';

/**
 * The negotiation's pages and forms, the same for both sides: the organisation's under
 * /organizacijas/ligumi, the staff's under /darbinieki/ligumi. Each side says who may call, who
 * acts, and what it adds to the page.
 */
export interface NegotiationSide {
  prefix: string;
  access: Access;
  /** The acting person, or an error for one who may not negotiate (checked on every route). */
  actorOf(request: FastifyRequest): AgreementActor;
  /** Staff's additions to the agreement page (termination), given the page's form state. */
  extras?(
    request: FastifyRequest,
    view: AgreementView,
    values: Record<string, string>,
    errors: Record<string, string>,
  ): ComponentChildren;
}

export const ReferenceParams = Type.Object({
  reference: Type.String({ pattern: AGREEMENT_REFERENCE_PATTERN }),
});
const VersionParams = Type.Object({
  reference: Type.String({ pattern: AGREEMENT_REFERENCE_PATTERN }),
  n: Type.Integer({ minimum: 1, maximum: 100_000 }),
});
const PageQuery = Type.Object({
  pazinojums: Type.Optional(Type.String({ maxLength: 40 })),
  lang: Type.Optional(Type.String()),
});
const DiffQuery = Type.Object({
  no: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  lidz: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  lang: Type.Optional(Type.String()),
});

/** Short confirmations after a step, by the `pazinojums` the redirect carries. */
export const NOTICES: Record<string, Text> = agreementTexts.notice;

/** Forms redisplay in a browser; an API client gets the error's stable code instead. */
export function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

export function viewerOf(actor: AgreementActor): AgreementViewer {
  return actor.side === 'pmlp'
    ? { side: 'pmlp' }
    : { side: 'organisation', organisationId: actor.organisationId };
}

export type ShowAgreement = (
  request: FastifyRequest,
  reply: FastifyReply,
  reference: string,
  form: { values: Record<string, string>; errors: Record<string, string>; status: number },
) => Promise<FastifyReply>;

/** Registers the side's routes; answers the page renderer, for a side's own forms to redisplay. */
export function registerNegotiationRoutes(
  app: App,
  deps: RouteDeps,
  side: NegotiationSide,
): ShowAgreement {
  const context = (request: FastifyRequest): StepContext => ({
    now: deps.clock.now(),
    requestId: request.id,
    publicUrl: deps.config.publicUrl,
  });
  const baseOf = (reference: string) => `${side.prefix}/${reference}`;

  const showAgreement: ShowAgreement = async (request, reply, reference, form) => {
    const actor = side.actorOf(request);
    const ctx = pageContext(request, reply);
    const view = await readAgreement(deps.db, reference, viewerOf(actor));
    const noticeKey = (request.query as { pazinojums?: string }).pazinojums;
    const notice = noticeKey === undefined ? undefined : NOTICES[noticeKey];
    return sendPage(
      reply,
      <AgreementPage
        ctx={ctx}
        view={view}
        side={actor.side}
        base={baseOf(reference)}
        listPath={side.prefix}
        notice={notice === undefined ? null : notice[ctx.locale]}
        values={form.values}
        errors={form.errors}
        payee={deps.config.payee}
      >
        {side.extras?.(request, view, form.values, form.errors)}
      </AgreementPage>,
      form.status,
    );
  };

  /**
   * Runs one step once per form token (a resent form goes where the first led, never reaching
   * the checks that would refuse it now: a version approved, a text unchanged); a field error
   * redisplays the page with the input kept (status of the error), anything else is answered by
   * the error handler (an error page or JSON with the code).
   */
  const step = async (
    request: FastifyRequest<{ Params: { reference: string } }>,
    reply: FastifyReply,
    fieldErrors: Map<ErrorDefinition, string>,
    work: (trx: Db, actor: AgreementActor, stepContext: StepContext) => Promise<string>,
  ) => {
    const actor = side.actorOf(request);
    const values = formFields(request.body);
    let next: string;
    try {
      next = await submitFormOnce(deps.db, request, baseOf(request.params.reference), (trx) =>
        work(trx, actor, context(request)),
      );
    } catch (error) {
      const field = error instanceof AppError ? fieldErrors.get(error.definition) : undefined;
      if (field === undefined || !(error instanceof AppError) || !wantsPage(request)) throw error;
      const locale = pageContext(request, reply).locale;
      return showAgreement(request, reply, request.params.reference, {
        values,
        errors: { [field]: error.definition[locale] },
        status: error.definition.status,
      });
    }
    return reply.redirect(next, 303);
  };

  app.get(
    `${side.prefix}/:reference`,
    {
      config: { access: side.access },
      schema: { hide: true, params: ReferenceParams, querystring: PageQuery },
    },
    async (request, reply) =>
      showAgreement(request, reply, request.params.reference, {
        values: {},
        errors: {},
        status: 200,
      }),
  );

  app.get(
    `${side.prefix}/:reference/versijas/:n`,
    { config: { access: side.access }, schema: { hide: true, params: VersionParams } },
    async (request, reply) => {
      const actor = side.actorOf(request);
      const view = await readAgreement(deps.db, request.params.reference, viewerOf(actor));
      const version = versionOf(view, request.params.n);
      return sendPage(
        reply,
        <AgreementVersionPage
          ctx={pageContext(request, reply)}
          view={view}
          version={version}
          base={baseOf(request.params.reference)}
        />,
      );
    },
  );

  app.get(
    `${side.prefix}/:reference/salidzinat`,
    {
      config: { access: side.access },
      schema: { hide: true, params: ReferenceParams, querystring: DiffQuery },
    },
    async (request, reply) => {
      const actor = side.actorOf(request);
      const view = await readAgreement(deps.db, request.params.reference, viewerOf(actor));
      const to = request.query.lidz ?? view.latest.number;
      const from = request.query.no ?? Math.max(1, to - 1);
      const parts = diffVersions(versionOf(view, from).body, versionOf(view, to).body);
      return sendPage(
        reply,
        <AgreementDiffPage
          ctx={pageContext(request, reply)}
          view={view}
          from={from}
          to={to}
          parts={parts}
          base={baseOf(request.params.reference)}
        />,
      );
    },
  );

  app.post(
    `${side.prefix}/:reference/versijas`,
    { config: { access: side.access }, schema: { hide: true, params: ReferenceParams } },
    async (request, reply) =>
      step(
        request,
        reply,
        new Map([
          [agreementErrors.agreement_text_required, 'body'],
          [agreementErrors.agreement_text_unchanged, 'body'],
        ]),
        async (trx, actor, stepContext) => {
          const body = formFields(request.body).body ?? '';
          await saveVersion(trx, request.params.reference, actor, body, stepContext);
          return `${baseOf(request.params.reference)}?pazinojums=versija`;
        },
      ),
  );

  app.post(
    `${side.prefix}/:reference/komentari`,
    { config: { access: side.access }, schema: { hide: true, params: ReferenceParams } },
    async (request, reply) =>
      step(
        request,
        reply,
        new Map([[agreementErrors.comment_required, 'comment']]),
        async (trx, actor, stepContext) => {
          const fields = formFields(request.body);
          const version = Number(fields.commentVersion ?? '');
          if (!Number.isInteger(version) || version < 1) {
            throw new AppError(agreementErrors.agreement_version_not_found);
          }
          await addComment(
            trx,
            request.params.reference,
            actor,
            { version, body: fields.comment ?? '' },
            stepContext,
          );
          return `${baseOf(request.params.reference)}?pazinojums=komentars`;
        },
      ),
  );

  app.post(
    `${side.prefix}/:reference/apstiprinat`,
    { config: { access: side.access }, schema: { hide: true, params: ReferenceParams } },
    async (request, reply) =>
      step(request, reply, new Map(), async (trx, actor, stepContext) => {
        const version = Number(formFields(request.body).version ?? '');
        if (!Number.isInteger(version) || version < 1) {
          throw new AppError(agreementErrors.agreement_version_not_found);
        }
        const { concluded } = await approveVersion(
          trx,
          request.params.reference,
          actor,
          version,
          stepContext,
        );
        return `${baseOf(request.params.reference)}?pazinojums=${concluded ? 'noslegts' : 'apstiprinats'}`;
      }),
  );

  app.post(
    `${side.prefix}/:reference/grozijumi`,
    { config: { access: side.access }, schema: { hide: true, params: ReferenceParams } },
    async (request, reply) =>
      step(request, reply, new Map(), async (trx, actor, stepContext) => {
        const amendment = await startAmendment(trx, request.params.reference, actor, stepContext);
        return `${baseOf(amendment)}?pazinojums=grozijumi`;
      }),
  );
  return showAgreement;
}
