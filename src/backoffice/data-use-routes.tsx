import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../database.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { AppError, type ErrorDefinition } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import type { Locale } from '../platform/i18n/locale.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import {
  checkHold,
  dataUseErrors,
  liftHold,
  openStaffView,
  setHold,
  staffView,
  staffViewRow,
  staffViewRows,
} from '../residents/service.ts';
import { DataUseHoldPage } from './views/data-use-hold-page.tsx';
import { DataUseSearchPage } from './views/data-use-search-page.tsx';
import { DataUseViewPage } from './views/data-use-view-page.tsx';

/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;
const BASE = '/darbinieki/datu-izmantosana';
const LangQuery = Type.Object({ lang: Type.Optional(Type.String()) });
const ViewParams = Type.Object({ viewId: Type.Integer({ minimum: 1 }) });
const ViewQuery = Type.Object({
  lang: Type.Optional(Type.String()),
  ok: Type.Optional(Type.Union([Type.Literal('hold_set'), Type.Literal('hold_lifted')])),
});
const RowParams = Type.Object({
  viewId: Type.Integer({ minimum: 1 }),
  eventId: Type.Integer({ minimum: 1 }),
});

const viewPath = (viewId: number) => `${BASE}/skatijums/${viewId}`;
const rowPath = (viewId: number, eventId: number) => `${viewPath(viewId)}/ieraksti/${eventId}`;

function messages(
  problems: readonly { field: string; error: ErrorDefinition }[],
  locale: Locale,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) out[p.field] ??= p.error[locale];
  return out;
}

/** Codes a lookup may be refused with, shown beside the personal code field. */
const isCodeProblem = (code: string) =>
  code.startsWith('personal_code_') || code === 'person_not_found';

/**
 * Register officers (PMLP) look at the provision rows of one person with a stated reason, and
 * hold single rows back from the person's "who used my data" until a day, or lift a hold.
 */
export function registerDataUseStaffRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  const { db, clock } = deps;

  app.get(
    BASE,
    { config: { access: officers }, schema: { hide: true, querystring: LangQuery } },
    async (request, reply) => {
      return sendPage(
        reply,
        <DataUseSearchPage ctx={pageContext(request, reply)} values={{}} errors={{}} />,
      );
    },
  );

  app.post(
    BASE,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const fields = formFields(request.body);
      const ctx = pageContext(request, reply);
      const values = { personalCode: fields.personalCode ?? '', reason: fields.reason ?? '' };
      try {
        // One audited look per form: a reload of the answer shows the same view again.
        const outcome = await submitFormOnce(db, request, BASE, async (trx) =>
          viewPath(await openStaffView(trx, clock, me, values, request.id)),
        );
        return await reply.redirect(outcome, 303);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const field = isCodeProblem(error.code)
          ? 'personalCode'
          : error.code === 'view_reason_required'
            ? 'reason'
            : null;
        if (field === null) throw error;
        const errors = messages([{ field, error: error.definition }], ctx.locale);
        // An empty reason is reported too, when the code was the first problem.
        if (field === 'personalCode' && values.reason.trim() === '') {
          errors.reason = dataUseErrors.view_reason_required[ctx.locale];
        }
        return sendPage(
          reply,
          <DataUseSearchPage ctx={ctx} values={values} errors={errors} />,
          error.definition.status,
        );
      }
    },
  );

  app.get(
    `${BASE}/skatijums/:viewId`,
    {
      config: { access: officers },
      schema: { hide: true, params: ViewParams, querystring: ViewQuery },
    },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const { view, rows } = await inTransaction(db, async (trx) => {
        const view = await staffView(trx, clock, me, request.params.viewId);
        return { view, rows: await staffViewRows(trx, view) };
      });
      return sendPage(
        reply,
        <DataUseViewPage
          ctx={pageContext(request, reply)}
          view={view}
          rows={rows}
          today={rigaDate(clock.now())}
          notice={request.query.ok ?? null}
        />,
      );
    },
  );

  const showRow = async (
    request: FastifyRequest,
    reply: FastifyReply,
    ids: { viewId: number; eventId: number },
    values: Record<string, string>,
    errors: Record<string, string>,
    status: number,
  ) => {
    const me = principalOf(request, 'staff');
    const { view, row } = await inTransaction(db, async (trx) => {
      const view = await staffView(trx, clock, me, ids.viewId);
      return { view, row: await staffViewRow(trx, view, ids.eventId) };
    });
    return sendPage(
      reply,
      <DataUseHoldPage
        ctx={pageContext(request, reply)}
        view={view}
        row={row}
        values={values}
        errors={errors}
      />,
      status,
    );
  };

  app.get(
    `${BASE}/skatijums/:viewId/ieraksti/:eventId`,
    {
      config: { access: officers },
      schema: { hide: true, params: RowParams, querystring: LangQuery },
    },
    async (request, reply) => showRow(request, reply, request.params, {}, {}, 200),
  );

  app.post(
    `${BASE}/skatijums/:viewId/ieraksti/:eventId/slept`,
    { config: { access: officers }, schema: { hide: true, params: RowParams } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const fields = formFields(request.body);
      const values = { hiddenUntil: fields.hiddenUntil ?? '', holdReason: fields.holdReason ?? '' };
      const checked = checkHold(
        { hiddenUntil: values.hiddenUntil, reason: values.holdReason },
        rigaDate(clock.now()),
      );
      if (!checked.ok) {
        const errors = messages(checked.errors, pageContext(request, reply).locale);
        return showRow(request, reply, request.params, values, errors, 400);
      }
      const { viewId, eventId } = request.params;
      const outcome = await submitFormOnce(db, request, rowPath(viewId, eventId), async (trx) => {
        const view = await staffView(trx, clock, me, viewId);
        await setHold(
          trx,
          clock,
          me,
          view,
          { eventId, hiddenUntil: checked.hiddenUntil, reason: checked.reason },
          request.id,
        );
        return `${viewPath(viewId)}?ok=hold_set`;
      });
      return reply.redirect(outcome, 303);
    },
  );

  app.post(
    `${BASE}/skatijums/:viewId/ieraksti/:eventId/atcelt`,
    { config: { access: officers }, schema: { hide: true, params: RowParams } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const { viewId, eventId } = request.params;
      const outcome = await submitFormOnce(db, request, rowPath(viewId, eventId), async (trx) => {
        const view = await staffView(trx, clock, me, viewId);
        await liftHold(trx, clock, me, view, eventId, request.id);
        return `${viewPath(viewId)}?ok=hold_lifted`;
      });
      return reply.redirect(outcome, 303);
    },
  );
}
