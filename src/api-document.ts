import type { Config } from './config.ts';
import { SESSION_COOKIE, TOKEN_PATH } from './identity/service.ts';
import { API_DOCS_PATH } from './platform/http/api-reference.ts';
import type { OpenApiOptions } from './platform/http/openapi.ts';

/**
 * What the API document says of itself: its server, its description, and how each kind of caller
 * proves who it is. Which scheme a route needs follows from the access the route declares.
 */
export function apiDocument(config: Config): OpenApiOptions {
  return {
    publicUrl: config.publicUrl,
    info: {
      title: 'Register Gateway API',
      version: '1.0.0',
      description:
        'Population Register and BDAS: the operator API of the register authority, and the ' +
        'inter-system API for organisations. Every error answers with a stable `code`, a ' +
        'message in Latvian and English, and the `requestId`.\n\n' +
        'Every paid call takes an `Idempotency-Key` header: send a new key with each call and ' +
        'the same key when you repeat it, and a repeat answers the first answer again without ' +
        'a second charge. A call sent without a key whose answer was lost on the way is ' +
        'charged again when repeated. A `503 database_busy` answer with `Retry-After` changed ' +
        'nothing: repeat the call (with the same key) after that many seconds.\n\n' +
        `[Ievads latviski · Introduction in English](${API_DOCS_PATH})`,
    },
    securitySchemes: {
      operatorToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'The register authority’s operator token (`npm run cli -- operator-token`).',
      },
      // A bearer scheme rather than an OAuth 2 flow: the token comes from a signed client
      // assertion (private_key_jwt), which no documentation page or generic client can make.
      systemClient: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          `An access token from \`POST ${TOKEN_PATH}\` (client credentials with ` +
          'private_key_jwt), sent as `Authorization: Bearer …` until it expires.',
      },
      organisationSession: {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'The browser session of a signed-in organisation representative.',
      },
    },
    schemesByPrincipal: {
      operator: 'operatorToken',
      system_client: 'systemClient',
      org_user: 'organisationSession',
    },
  };
}
