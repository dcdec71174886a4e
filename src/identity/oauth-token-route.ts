import type {} from '@fastify/rate-limit';
import { Type } from 'typebox';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { formFields } from '../platform/http/form-body.ts';
import { withExample } from '../platform/http/schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { ACCESS_TOKEN_SECONDS } from './access-tokens.ts';
import { connectionErrors } from './connection-errors.ts';
import { issueAccessToken, JWT_BEARER, MAX_ASSERTION_SECONDS, TOKEN_PATH } from './oauth-token.ts';
import { ASSERTION_ALGORITHMS } from './system-client-keys.ts';

const ErrorRef = { $ref: 'ErrorResponse#' } as const;

/**
 * Every parameter is optional to the schema so that a missing one is answered as OAuth clients
 * expect (`error: invalid_request`), not as a generic validation failure.
 */
const TokenBody = Type.Object(
  {
    grant_type: Type.Optional(
      Type.String({
        description: 'Required: `client_credentials`.',
        examples: ['client_credentials'],
      }),
    ),
    client_assertion_type: Type.Optional(
      Type.String({ description: `Required: \`${JWT_BEARER}\`.`, examples: [JWT_BEARER] }),
    ),
    client_assertion: Type.Optional(
      Type.String({
        description:
          'Required: a JWT signed with the connection’s private key. Header: `alg` one of ' +
          `${ASSERTION_ALGORITHMS.join(', ')}; \`kid\` of a live key (may be left out when the ` +
          'connection has one live key). Claims: `iss` = `sub` = client_id, `aud` = this ' +
          `endpoint’s URL, \`exp\`, \`iat\` (exp − iat ≤ ${String(MAX_ASSERTION_SECONDS)} s), ` +
          'and a `jti` never used before.',
      }),
    ),
    client_id: Type.Optional(
      Type.String({ description: 'Optional; when given, must equal the assertion’s `iss`.' }),
    ),
  },
  { additionalProperties: true, title: 'TokenRequest' },
);

const TokenResponse = Type.Object(
  {
    access_token: Type.String({
      description:
        'A JWT to send as `Authorization: Bearer …` to the data API. Claims: sub (client_id), ' +
        'org, cid, env, agr, jti, iat, exp.',
    }),
    token_type: Type.Literal('Bearer'),
    expires_in: Type.Integer({ description: 'Seconds', examples: [ACCESS_TOKEN_SECONDS] }),
  },
  { title: 'TokenResponse', description: 'An access token for the data API' },
);

const tokenRequestExample = {
  grant_type: 'client_credentials',
  client_assertion_type: JWT_BEARER,
  client_assertion: 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJ…In0.MEUCIQ…',
};
const tokenResponseExample = {
  access_token: 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImdhdGV3YXkifQ.eyJzdWIiOiJ…In0.MEQCIH…',
  token_type: 'Bearer' as const,
  expires_in: ACCESS_TOKEN_SECONDS,
};

/** POST /api/v1/oauth/token: OAuth 2 client credentials with private_key_jwt. */
export function registerTokenRoute(app: App, deps: RouteDeps): void {
  app.post(
    TOKEN_PATH,
    {
      config: {
        access: 'public',
        csrf: false,
        // Per client address: a system needs a token every few minutes, not hundreds a minute.
        rateLimit: { max: 120, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['OAuth 2'],
        operationId: 'getAccessToken',
        summary: 'Get an access token (client credentials, private_key_jwt)',
        description:
          'RFC 6749 §4.4 with client authentication by a signed JWT (RFC 7523 §2.2). The body is ' +
          '`application/x-www-form-urlencoded`. Errors carry the OAuth `error` code besides our ' +
          '`code`: `invalid_request`, `unsupported_grant_type`, `invalid_client` (401), ' +
          '`unauthorized_client` (connection not active, or no agreement in force for its ' +
          'environment).',
        consumes: ['application/x-www-form-urlencoded'],
        body: withExample(TokenBody, tokenRequestExample),
        response: {
          200: withExample(TokenResponse, tokenResponseExample),
          400: ErrorRef,
          401: ErrorRef,
          429: ErrorRef,
        },
      },
    },
    async (request, reply) => {
      // RFC 6749 §5.1: token answers, and refusals, are never cached.
      reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
      const contentType = request.headers['content-type'] ?? '';
      if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
        throw new AppError(connectionErrors.token_request_invalid, { parameter: 'Content-Type' });
      }
      const fields = formFields(request.body);
      return issueAccessToken(
        { db: deps.db, config: deps.config, clock: deps.clock },
        {
          grantType: fields.grant_type,
          clientId: fields.client_id,
          assertionType: fields.client_assertion_type,
          assertion: fields.client_assertion,
          ip: request.ip,
          requestId: request.id,
        },
      );
    },
  );
}
