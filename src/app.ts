import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Config } from './config.ts';
import type { Db } from './database.ts';
import {
  installCsrf,
  installSessions,
  operatorResolver,
  organisationNavigation,
  staffNavigation,
  sessionResolver,
  systemClientResolver,
} from './identity/service.ts';
import { registerAuditRoutes } from './platform/audit/routes.ts';
import { sealKeysFrom } from './platform/audit/seal-key.ts';
import { createEnvelope } from './platform/crypto/envelope.ts';
import { assetRoutes } from './platform/http/asset-routes.ts';
import type { App } from './platform/http/app-type.ts';
import { authorisationHook } from './platform/http/auth.ts';
import { rememberLanguageChoice } from './platform/i18n/locale.ts';
import {
  clientErrorHandler,
  ErrorResponse,
  frameworkErrorHandler,
  installErrorHandler,
} from './platform/http/error-handler.ts';
import { registerHealthRoutes } from './platform/http/health-routes.ts';
import { installInputGuard } from './platform/http/input-guard.ts';
import { API_DOCS_PATH, installApiReference } from './platform/http/api-reference.ts';
import { installOpenApi } from './platform/http/openapi.ts';
import { apiDocument } from './api-document.ts';
import { installRateLimits } from './platform/http/rate-limits.ts';
import { installRouteCatalogue } from './platform/http/route-catalogue.ts';
import { installSecurityHeaders } from './platform/http/security-headers.ts';
import { countTransactionRetries, loggerOptions } from './platform/logger.ts';
import { registerDevMailboxRoutes } from './platform/mail/mailbox-routes.tsx';
import { systemClock, type Clock } from './platform/time/riga.ts';
import { errorPageRenderer } from './platform/views/error-page.tsx';
import { registerOperatorRoutes } from './register/routes.ts';
import { WELL_KNOWN_PERSONS } from './register/setup.ts';
import { registerPortalRoutes } from './residents/routes.tsx';
import { registerApiDocsRoutes } from './access/api-docs-routes.tsx';
import { RESIDENT_NAVIGATION } from './residents/service.ts';
import { installNavigation } from './platform/views/navigation.ts';
import { registerAccessApiRoutes } from './access/api-routes.ts';
import { registerPdpRoutes } from './access/pdp-routes.tsx';
import { registerFeedRoutes } from './monitoring/feed-routes.ts';
import { registerEntryRoutes } from './monitoring/entry-routes.tsx';
import { registerBackofficeRoutes } from './backoffice/routes.ts';
import { registerInvoiceRoutes } from './billing/invoice-routes.tsx';
import { registerLedgerRoutes } from './billing/ledger-routes.tsx';
import { registerConnectionRoutes } from './identity/connection-routes.tsx';
import { registerWebhookRoutes } from './monitoring/webhook-routes.tsx';
import type { HostLookup } from './monitoring/service.ts';
import { registerIdentityRoutes } from './identity/routes.tsx';
import { registerOrgAccountRoutes } from './identity/org-account-routes.tsx';
import { registerAgreementRoutes } from './onboarding/agreement-routes.tsx';
import { registerOrganisationRoutes } from './onboarding/organisation-routes.tsx';
import { registerRequestRoutes } from './onboarding/request-routes.tsx';
import { registerServicePageRoutes } from './onboarding/service-page-routes.tsx';

export interface AppDeps {
  config: Config;
  db: Db;
  engine: 'pglite' | 'postgresql';
  clock?: Clock;
  /** Resolves host names of webhook addresses (the system's resolver unless a test gives one). */
  hostLookup?: HostLookup;
}

/** The whole web application, with nothing listening: tests call it in-process with inject(). */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, db } = deps;
  const clock = deps.clock ?? systemClock;
  const envelope = createEnvelope(config.secrets.encryptionKey);
  // Staff and organisations sign in at their own pages, everything else as a resident.
  const renderErrorPage = errorPageRenderer((request) => {
    if (request.url.startsWith('/darbinieki')) return '/darbinieki/pieteikties';
    if (request.url.startsWith('/organizacijas')) return '/organizacijas/pieteikties';
    return '/pieteikties';
  });

  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustedProxies.length > 0 ? [...config.trustedProxies] : false,
    bodyLimit: 4 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, allErrors: true } },
    frameworkErrors: frameworkErrorHandler(renderErrorPage),
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Request-Id', request.id);
    return payload;
  });
  installRouteCatalogue(app);
  installSecurityHeaders(app, { https: config.publicUrl.startsWith('https://') });
  installErrorHandler(app, renderErrorPage);
  installInputGuard(app);
  countTransactionRetries(app.log);
  app.addSchema(ErrorResponse);

  await app.register(cookie, { secret: config.secrets.sessionSecret.toString('base64') });
  rememberLanguageChoice(app);
  await app.register(formbody);
  // Fields land on request.body before preValidation, where the CSRF check reads `_csrf`.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: 5 * 1024 * 1024 },
  });
  // Only routes that ask (sign-in, report forms) are limited.
  await installRateLimits(app, config.redis);
  installSessions(app, { publicUrl: config.publicUrl, providerIssuer: config.oidc.issuer });
  installCsrf(app);
  // Every page of a signed-in resident, organisation user or staff member carries the same header links.
  installNavigation(app, (principal) => {
    if (principal.kind === 'org_user') return organisationNavigation(principal.role);
    if (principal.kind === 'resident') return RESIDENT_NAVIGATION;
    if (principal.kind === 'staff') return staffNavigation(principal.role);
    return null;
  });
  await installOpenApi(app, apiDocument(config));
  app.addHook('onRoute', (route) => {
    // The documentation pages are public; everything else declares who may call it.
    if (route.url.startsWith(API_DOCS_PATH)) route.config = { ...route.config, access: 'public' };
  });
  await installApiReference(app);

  app.addHook(
    'onRequest',
    authorisationHook([
      systemClientResolver({ db, config, clock }),
      operatorResolver(db),
      sessionResolver(db, clock),
    ]),
  );

  registerHealthRoutes(app, { db, engine: deps.engine });
  registerAuditRoutes(app, { db });
  assetRoutes(app);
  registerPortalRoutes(app, {
    db,
    envelope,
    clock,
    publicUrl: config.publicUrl,
    sealPublicKey: sealKeysFrom(config.secrets.signingKey).publicKey,
  });
  registerOperatorRoutes(app, { db, envelope, clock });
  await registerIdentityRoutes(app, {
    config,
    db,
    clock,
    envelope,
    testPersons: WELL_KNOWN_PERSONS,
  });
  const routeDeps = {
    config,
    db,
    envelope,
    clock,
    ...(deps.hostLookup === undefined ? {} : { hostLookup: deps.hostLookup }),
  };
  registerServicePageRoutes(app, routeDeps);
  registerOrgAccountRoutes(app, routeDeps);
  registerOrganisationRoutes(app, routeDeps);
  registerRequestRoutes(app, routeDeps);
  registerAgreementRoutes(app, routeDeps);
  registerConnectionRoutes(app, routeDeps);
  registerWebhookRoutes(app, routeDeps);
  registerLedgerRoutes(app, routeDeps);
  registerInvoiceRoutes(app, routeDeps);
  registerAccessApiRoutes(app, routeDeps);
  registerApiDocsRoutes(app, routeDeps);
  registerPdpRoutes(app, routeDeps);
  registerFeedRoutes(app, routeDeps);
  registerEntryRoutes(app, routeDeps);
  registerBackofficeRoutes(app, routeDeps);
  if (config.mode !== 'production') registerDevMailboxRoutes(app, { db });

  return app;
}
