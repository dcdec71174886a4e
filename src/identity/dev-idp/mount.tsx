import type { IncomingMessage } from 'node:http';
import type Provider from 'oidc-provider';
import { Type } from 'typebox';
import type { Config } from '../../config.ts';
import type { App } from '../../platform/http/app-type.ts';
import { isLocale } from '../../platform/i18n/locale.ts';
import type { FieldErrors } from '../../platform/views/forms.tsx';
import { pageContext, sendPage } from '../../platform/views/render.ts';
import { parsePersonalCode } from '../../register/service.ts';
import { formCsrfToken } from '../csrf.ts';
import { isSignInMethod, signInMethodInfo } from '../sign-in-methods.ts';
import { InteractionPage, type InteractionInput } from './interaction-page.tsx';
import { createDevProvider, DEV_IDP_PREFIX } from './provider.ts';
import type { TestPerson } from './test-persons.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { identityErrors } from '../errors.ts';
import { mountTexts } from '../texts/mount.ts';

export interface DevIdpDeps {
  config: Config;
  testPersons: readonly TestPerson[];
}

/**
 * oidc-provider answers outside Fastify, so Fastify's hooks do not add these; its pages have no
 * scripts, and everything it redirects to is this same origin.
 */
const PROVIDER_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

/**
 * Mounts the development identity provider under /dev-idp in this app: our sign-in page at
 * /dev-idp/interaction/:uid, everything else handed to oidc-provider. Refuses to run in
 * production, whatever the config says.
 */
export async function installDevIdp(app: App, deps: DevIdpDeps): Promise<void> {
  const { config } = deps;
  if (config.mode === 'production' || !config.oidc.developmentProvider) {
    throw new Error('The development identity provider never runs in production');
  }
  const provider = createDevProvider({
    publicUrl: config.publicUrl,
    clientId: config.oidc.clientId,
    clientSecret: config.oidc.clientSecret,
    sessionSecret: config.secrets.sessionSecret,
    testPersons: deps.testPersons,
  });
  registerInteractionRoutes(app, provider, deps);

  const callback = provider.callback();
  await app.register(async (scope) => {
    // oidc-provider reads request bodies itself: this scope leaves them unread.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => {
      done(null);
    });
    scope.route({
      method: ['GET', 'POST', 'OPTIONS'],
      url: `${DEV_IDP_PREFIX}/*`,
      // Its token endpoint is called by servers with client credentials, not by browsers.
      config: { access: 'public', csrf: false },
      schema: { hide: true },
      handler: async (request, reply) => {
        reply.hijack();
        const raw = request.raw as IncomingMessage & { originalUrl?: string };
        const url = raw.url ?? DEV_IDP_PREFIX;
        // As when mounted in Express: the provider sees its own paths and finds the prefix
        // from originalUrl when it builds links.
        raw.originalUrl = url;
        raw.url = url.slice(DEV_IDP_PREFIX.length) || '/';
        for (const [name, value] of Object.entries(PROVIDER_HEADERS)) {
          reply.raw.setHeader(name, value);
        }
        reply.raw.setHeader('X-Request-Id', request.id);
        await callback(raw, reply.raw);
      },
    });
  });
}

const InteractionParams = Type.Object({ uid: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) });
const InteractionBody = Type.Object({
  method: Type.Optional(Type.String({ maxLength: 40 })),
  person: Type.Optional(Type.String({ maxLength: 20 })),
  personalCode: Type.Optional(Type.String({ maxLength: 40 })),
  cancel: Type.Optional(Type.String({ maxLength: 10 })),
  _csrf: Type.Optional(Type.String({ maxLength: 200 })),
});

function registerInteractionRoutes(app: App, provider: Provider, deps: DevIdpDeps): void {
  const secure = deps.config.publicUrl.startsWith('https://');

  const details = async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      return await provider.interactionDetails(request.raw, reply.raw);
    } catch {
      // No interaction cookie, or one for another uid: the sign-in began too long ago.
      throw new AppError(identityErrors.sign_in_interaction_expired);
    }
  };

  const render = (
    request: FastifyRequest,
    reply: FastifyReply,
    uid: string,
    uiLocales: unknown,
    input: InteractionInput,
    errors: FieldErrors,
  ) => {
    const base = pageContext(request, reply);
    const asked = typeof uiLocales === 'string' ? uiLocales.split(' ')[0] : undefined;
    const chosen = (request.query as { lang?: unknown } | undefined)?.lang;
    const locale = !isLocale(chosen) && isLocale(asked) ? asked : base.locale;
    const ctx = { ...base, locale, csrfToken: formCsrfToken(request, reply, secure) };
    const status = Object.keys(errors).length === 0 ? 200 : 400;
    return sendPage(
      reply,
      <InteractionPage
        ctx={ctx}
        uid={uid}
        persons={deps.testPersons}
        input={input}
        errors={errors}
      />,
      status,
    );
  };

  /** Consent is never asked (see autoGrant); a consent prompt is answered at once. */
  const grantConsent = async (request: FastifyRequest, reply: FastifyReply) => {
    const interaction = await details(request, reply);
    const { accountId } = interaction.session ?? {};
    const clientId = interaction.params.client_id;
    if (accountId === undefined || typeof clientId !== 'string') {
      throw new AppError(identityErrors.sign_in_interaction_expired);
    }
    const grant =
      interaction.grantId === undefined
        ? new provider.Grant({ accountId, clientId })
        : ((await provider.Grant.find(interaction.grantId)) ??
          new provider.Grant({ accountId, clientId }));
    const scope = interaction.params.scope;
    if (typeof scope === 'string') grant.addOIDCScope(scope);
    const grantId = await grant.save();
    const returnTo = await provider.interactionResult(
      request.raw,
      reply.raw,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
    return reply.redirect(returnTo, 303);
  };

  app.get(
    `${DEV_IDP_PREFIX}/interaction/:uid`,
    { config: { access: 'public' }, schema: { hide: true, params: InteractionParams } },
    async (request, reply) => {
      const interaction = await details(request, reply);
      if (interaction.uid !== request.params.uid) {
        throw new AppError(identityErrors.sign_in_interaction_expired);
      }
      if (interaction.prompt.name === 'consent') return grantConsent(request, reply);
      return render(request, reply, interaction.uid, interaction.params.ui_locales, {}, {});
    },
  );

  app.post(
    `${DEV_IDP_PREFIX}/interaction/:uid`,
    {
      config: { access: 'public' },
      schema: { hide: true, params: InteractionParams, body: InteractionBody },
    },
    async (request, reply) => {
      const interaction = await details(request, reply);
      if (interaction.uid !== request.params.uid) {
        throw new AppError(identityErrors.sign_in_interaction_expired);
      }
      if (interaction.prompt.name === 'consent') return grantConsent(request, reply);
      const body = request.body;
      if (body.cancel !== undefined) {
        const returnTo = await provider.interactionResult(
          request.raw,
          reply.raw,
          { error: 'access_denied', error_description: 'The person cancelled signing in' },
          { mergeWithLastSubmission: false },
        );
        return reply.redirect(returnTo, 303);
      }
      const input: InteractionInput = {
        method: body.method,
        person: body.person,
        personalCode: body.personalCode,
      };
      const { locale } = pageContext(request, reply);
      const errors: FieldErrors = {};
      if (!isSignInMethod(body.method)) {
        errors.method = mountTexts.chooseMethod[locale];
      }
      const typed = body.personalCode?.trim() ?? '';
      const chosenCode = typed !== '' ? typed : (body.person ?? '');
      const parsed = chosenCode === '' ? null : parsePersonalCode(chosenCode);
      if (parsed === null) {
        errors.person = mountTexts.choosePerson[locale];
      } else if (!parsed.ok) {
        errors[typed !== '' ? 'personalCode' : 'person'] = mountTexts.personalCodeInvalid[locale];
      }
      if (!isSignInMethod(body.method) || parsed === null || !parsed.ok) {
        return render(
          request,
          reply,
          interaction.uid,
          interaction.params.ui_locales,
          input,
          errors,
        );
      }
      const returnTo = await provider.interactionResult(
        request.raw,
        reply.raw,
        {
          login: {
            accountId: parsed.code,
            amr: [body.method],
            acr: signInMethodInfo(body.method).assurance,
            // A transient session at the provider: it ends with the browser.
            remember: false,
          },
        },
        { mergeWithLastSubmission: false },
      );
      return reply.redirect(returnTo, 303);
    },
  );
}
