import type {} from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError, interpolate } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { redirectOnce, submitFormOnceOrRefuse } from '../platform/http/form-submissions.ts';
import type { Locale } from '../platform/i18n/locale.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { connectionErrors } from './connection-errors.ts';
import { connectionDetails, organisationConnections } from './connection-reader.ts';
import {
  addConnectionKey,
  agreedEnvironments,
  CLIENT_ID_PATTERN,
  registerConnection,
  retireConnectionKey,
  type FieldErrors,
  type OrgActor,
} from './connections.ts';
import { registerTokenRoute } from './oauth-token-route.ts';
import { TOKEN_PATH } from './oauth-token.ts';
import { ConnectionDetailPage } from './views/connection-detail-page.tsx';
import { ConnectionFormPage, type ConnectionFormValues } from './views/connection-form-page.tsx';
import { ConnectionListPage } from './views/connection-list-page.tsx';

const org = ['org_user'] as const;
const LIST_PATH = '/organizacijas/savienojumi';
const NEW_PATH = `${LIST_PATH}/jauns`;
const ClientParams = Type.Object({ clientId: Type.String({ pattern: CLIENT_ID_PATTERN }) });
const KeyParams = Type.Object({
  clientId: Type.String({ pattern: CLIENT_ID_PATTERN }),
  keyId: Type.Integer({ minimum: 1, maximum: 2147483647 }),
});
const DetailQuery = Type.Object({
  jauns: Type.Optional(Type.String({ maxLength: 5 })),
  lang: Type.Optional(Type.String()),
});

/** Connections are the representative's to manage; browser users of the organisation are refused. */
function representative(request: FastifyRequest): OrgActor {
  const me = principalOf(request, 'org_user');
  if (me.role !== 'representative') {
    throw new AppError(connectionErrors.connection_representative_required);
  }
  return { orgUserId: me.orgUserId, organisationId: me.organisationId, requestId: request.id };
}

/** The field errors as texts in the page's language. */
function texts(errors: FieldErrors, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, e]) => [
      field,
      interpolate(e.definition[locale], e.details),
    ]),
  );
}

/**
 * A browser gets the form again with its errors; a client that did not ask for HTML gets the
 * first error as our JSON error (its stable code), like every other refusal.
 */
function refuseUnlessPage(request: FastifyRequest, errors: FieldErrors): void {
  if ((request.headers.accept ?? '').includes('text/html')) return;
  const first = Object.values(errors)[0];
  if (first !== undefined) throw new AppError(first.definition, first.details);
}

function connectionValues(fields: Record<string, string>): ConnectionFormValues {
  return {
    name: fields.name ?? '',
    environment: fields.environment ?? '',
    jwk: fields.jwk ?? '',
    keyExpiresOn: fields.keyExpiresOn ?? '',
    sourceAddresses: fields.sourceAddresses ?? '',
  };
}

/** System connections, their keys, and the OAuth 2 token endpoint. */
export function registerConnectionRoutes(app: App, deps: RouteDeps): void {
  const ctx = { clock: deps.clock, publicUrl: deps.config.publicUrl };
  const tokenUrl = `${deps.config.publicUrl}${TOKEN_PATH}`;

  app.get(
    '/organizacijas/savienojumi',
    { config: { access: org }, schema: { hide: true } },
    async (request, reply) => {
      const me = representative(request);
      const views = await organisationConnections(deps.db, me.organisationId, deps.clock.now());
      return sendPage(
        reply,
        <ConnectionListPage ctx={pageContext(request, reply)} views={views} />,
      );
    },
  );

  const showForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    me: OrgActor,
    values: ConnectionFormValues,
    errors: FieldErrors,
  ) => {
    const page = pageContext(request, reply);
    const environments = await agreedEnvironments(deps.db, me.organisationId, deps.clock.now());
    return sendPage(
      reply,
      <ConnectionFormPage
        ctx={page}
        environments={environments}
        values={values}
        errors={texts(errors, page.locale)}
      />,
      Object.keys(errors).length === 0 ? 200 : 400,
    );
  };

  app.get(
    '/organizacijas/savienojumi/jauns',
    { config: { access: org }, schema: { hide: true } },
    async (request, reply) => showForm(request, reply, representative(request), {}, {}),
  );

  app.post(
    '/organizacijas/savienojumi/jauns',
    { config: { access: org }, schema: { hide: true } },
    async (request, reply) => {
      const me = representative(request);
      const values = connectionValues(formFields(request.body));
      const result = await submitFormOnceOrRefuse(deps.db, request, NEW_PATH, async (trx) => {
        const done = await registerConnection(trx, ctx, me, {
          name: values.name ?? '',
          environment: values.environment ?? '',
          jwk: values.jwk ?? '',
          keyExpiresOn: values.keyExpiresOn ?? '',
          sourceAddresses: values.sourceAddresses ?? '',
        });
        return done.ok
          ? { ok: true, outcome: `${LIST_PATH}/${done.clientId}?jauns=1` }
          : { ok: false, refusal: done.errors };
      });
      if (!result.ok) {
        refuseUnlessPage(request, result.refusal);
        return showForm(request, reply, me, values, result.refusal);
      }
      return reply.redirect(result.outcome, 303);
    },
  );

  const showConnection = async (
    request: FastifyRequest,
    reply: FastifyReply,
    me: OrgActor,
    clientId: string,
    options: { registered: boolean; keyValues: ConnectionFormValues; keyErrors: FieldErrors },
  ) => {
    const page = pageContext(request, reply);
    const view = await connectionDetails(deps.db, clientId, deps.clock.now(), me.organisationId);
    return sendPage(
      reply,
      <ConnectionDetailPage
        ctx={page}
        view={view}
        tokenUrl={tokenUrl}
        registered={options.registered}
        keyValues={options.keyValues}
        keyErrors={texts(options.keyErrors, page.locale)}
      />,
      Object.keys(options.keyErrors).length === 0 ? 200 : 400,
    );
  };

  app.get(
    '/organizacijas/savienojumi/:clientId',
    {
      config: { access: org },
      schema: { hide: true, params: ClientParams, querystring: DetailQuery },
    },
    async (request, reply) =>
      showConnection(request, reply, representative(request), request.params.clientId, {
        registered: request.query.jauns === '1',
        keyValues: {},
        keyErrors: {},
      }),
  );

  app.post(
    '/organizacijas/savienojumi/:clientId/atslegas',
    { config: { access: org }, schema: { hide: true, params: ClientParams } },
    async (request, reply) => {
      const me = representative(request);
      const fields = formFields(request.body);
      const keyValues = { jwk: fields.jwk ?? '', keyExpiresOn: fields.keyExpiresOn ?? '' };
      const connectionPath = `${LIST_PATH}/${request.params.clientId}`;
      const result = await submitFormOnceOrRefuse(deps.db, request, connectionPath, async (trx) => {
        const done = await addConnectionKey(trx, ctx, me, request.params.clientId, {
          jwk: keyValues.jwk,
          keyExpiresOn: keyValues.keyExpiresOn,
        });
        return done.ok
          ? { ok: true, outcome: connectionPath }
          : { ok: false, refusal: done.errors };
      });
      if (!result.ok) {
        refuseUnlessPage(request, result.refusal);
        return showConnection(request, reply, me, request.params.clientId, {
          registered: false,
          keyValues,
          keyErrors: result.refusal,
        });
      }
      return reply.redirect(result.outcome, 303);
    },
  );

  app.post(
    '/organizacijas/savienojumi/:clientId/atslegas/:keyId/atsaukt',
    { config: { access: org }, schema: { hide: true, params: KeyParams } },
    async (request, reply) => {
      const me = representative(request);
      const connectionPath = `${LIST_PATH}/${request.params.clientId}`;
      return redirectOnce(deps.db, request, reply, connectionPath, async (trx) => {
        await retireConnectionKey(trx, ctx, me, request.params.clientId, request.params.keyId);
        return connectionPath;
      });
    },
  );

  registerTokenRoute(app, deps);
}
