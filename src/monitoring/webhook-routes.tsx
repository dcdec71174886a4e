import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { CLIENT_ID_PATTERN, connectionErrors } from '../identity/service.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { Db } from '../database.ts';
import { formFields } from '../platform/http/form-body.ts';
import { redirectOnce } from '../platform/http/form-submissions.ts';
import { rigaDayStart } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  redeliverFailedSince,
  redeliverWebhookEvent,
  reenableWebhookEndpoint,
  revealWebhookSecret,
  rotateWebhookSecret,
  saveWebhookEndpoint,
  webhookOverview,
  type WebhookActor,
} from './webhook-endpoints.ts';
import { webhookErrors } from './webhook-errors.ts';
import { webhookPagePath } from './webhook-mail.ts';
import { WebhookPage, type WebhookFormValues, type WebhookNotice } from './views/webhook-page.tsx';

const org = ['org_user'] as const;
const ClientParams = Type.Object({ clientId: Type.String({ pattern: CLIENT_ID_PATTERN }) });
const NOTICES = ['saved', 'rotated', 'reenabled', 'resent', 'since', 'nothing'] as const;
const PageQuery = Type.Object({
  noslepums: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{32}$' })),
  izdarits: Type.Optional(Type.Union(NOTICES.map((n) => Type.Literal(n)))),
  lang: Type.Optional(Type.String()),
});

/** The form field each refusal belongs beside, so a browser gets the form again with it. */
const FIELD_OF: Record<string, keyof WebhookFormValues> = {
  webhook_url_invalid: 'url',
  webhook_url_not_https: 'url',
  webhook_url_credentials: 'url',
  webhook_event_not_found: 'seq',
  webhook_since_invalid: 'since',
};

/** Webhooks are the representative's to manage, as the connection itself is. */
function representative(request: FastifyRequest): WebhookActor {
  const me = principalOf(request, 'org_user');
  if (me.role !== 'representative') {
    throw new AppError(connectionErrors.connection_representative_required);
  }
  return { organisationId: me.organisationId, orgUserId: me.orgUserId };
}

function parseSeq(text: string): number {
  if (!/^[1-9][0-9]{0,14}$/.test(text.trim())) {
    throw new AppError(webhookErrors.webhook_event_not_found);
  }
  return Number(text.trim());
}

/** "YYYY-MM-DD HH:MM" in Riga time, as the instant it names. */
export function parseRigaTime(text: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  const day = match?.[1];
  if (match === null || day === undefined) throw new AppError(webhookErrors.webhook_since_invalid);
  const midnight = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(midnight.getTime()) || midnight.toISOString().slice(0, 10) !== day) {
    throw new AppError(webhookErrors.webhook_since_invalid);
  }
  // Riga's clocks change at 03:00/04:00: an hour on those two nights may read an hour off.
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return new Date(rigaDayStart(day).getTime() + minutes * 60_000);
}

/** The webhook page of a connection, and the forms on it. */
export function registerWebhookRoutes(app: App, deps: RouteDeps): void {
  const rules = {
    envelope: deps.envelope,
    clock: deps.clock,
    mode: deps.config.mode,
    ...(deps.hostLookup === undefined ? {} : { lookup: deps.hostLookup }),
  };

  const showPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      clientId: string;
      secret: string | null;
      notice: WebhookNotice | null;
      values: WebhookFormValues;
      errors: Record<string, string>;
      status?: number;
    },
  ) => {
    const me = representative(request);
    const overview = await webhookOverview(deps.db, rules, me, options.clientId);
    return sendPage(
      reply,
      <WebhookPage
        ctx={pageContext(request, reply)}
        overview={overview}
        secret={options.secret}
        notice={options.notice}
        values={options.values}
        errors={options.errors}
      />,
      options.status ?? 200,
    );
  };

  app.get(
    '/organizacijas/savienojumi/:clientId/webhook',
    {
      config: { access: org },
      schema: { hide: true, params: ClientParams, querystring: PageQuery },
    },
    async (request, reply) => {
      const me = representative(request);
      const { clientId } = request.params;
      const reveal = request.query.noslepums;
      const secret =
        reveal === undefined
          ? null
          : await inTransaction(deps.db, (trx) =>
              revealWebhookSecret(trx, rules, me, clientId, reveal),
            );
      return showPage(request, reply, {
        clientId,
        secret,
        notice: request.query.izdarits ?? null,
        values: {},
        errors: {},
      });
    },
  );

  /**
   * Runs a form's rule once per form token and redirects (303) to the page with its outcome (a
   * resent form goes there too: a new secret is not made twice, an event not sent twice); a
   * refusal that belongs beside a field shows the form again to a browser, and is our JSON error
   * to anyone else.
   */
  const formRoute = (
    path: string,
    rule: (
      trx: Db,
      me: WebhookActor,
      clientId: string,
      fields: Record<string, string>,
    ) => Promise<{ notice: WebhookNotice; reveal?: string | null }>,
  ) => {
    app.post(
      `/organizacijas/savienojumi/:clientId/webhook${path}`,
      { config: { access: org }, schema: { hide: true, params: ClientParams } },
      async (request, reply) => {
        const me = representative(request);
        const { clientId } = request.params;
        const fields = formFields(request.body);
        const page = webhookPagePath(clientId);
        try {
          return await redirectOnce(deps.db, request, reply, page, async (trx) => {
            const done = await rule(trx, me, clientId, fields);
            const query = new URLSearchParams({ izdarits: done.notice });
            if (typeof done.reveal === 'string') query.set('noslepums', done.reveal);
            return `${page}?${query.toString()}`;
          });
        } catch (error) {
          const field = error instanceof AppError ? FIELD_OF[error.code] : undefined;
          const html = (request.headers.accept ?? '').includes('text/html');
          if (!(error instanceof AppError) || field === undefined || !html) throw error;
          return showPage(request, reply, {
            clientId,
            secret: null,
            notice: null,
            values: { [field]: fields[field] ?? '' },
            errors: { [field]: error.definition[pageContext(request, reply).locale] },
            status: error.definition.status,
          });
        }
      },
    );
  };

  formRoute('', async (trx, me, clientId, fields) => {
    const saved = await saveWebhookEndpoint(trx, rules, me, clientId, fields.url ?? '');
    return { notice: 'saved', reveal: saved.reveal };
  });
  formRoute('/noslepums', async (trx, me, clientId) => {
    const rotated = await rotateWebhookSecret(trx, rules, me, clientId);
    return { notice: 'rotated', reveal: rotated.reveal };
  });
  formRoute('/ieslegt', async (trx, me, clientId) => {
    await reenableWebhookEndpoint(trx, rules, me, clientId);
    return { notice: 'reenabled' };
  });
  formRoute('/atkartot', async (trx, me, clientId, fields) => {
    const seq = parseSeq(fields.seq ?? '');
    await redeliverWebhookEvent(trx, rules, me, clientId, seq);
    return { notice: 'resent' };
  });
  formRoute('/atkartot-kops', async (trx, me, clientId, fields) => {
    const since = parseRigaTime(fields.since ?? '');
    const first = await redeliverFailedSince(trx, rules, me, clientId, since);
    return { notice: first === null ? 'nothing' : 'since' };
  });
}
