import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import { agreementsInForce } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { ACCESS_TOKEN_SECONDS, signAccessToken, type AccessTokenDeps } from './access-tokens.ts';
import { connectionErrors } from './connection-errors.ts';
import {
  findConnection,
  forgetExpiredAssertions,
  liveKeysOf,
  useAssertion,
} from './connection-store.ts';
import { sourceAddressAllowed } from './source-addresses.ts';
import {
  algorithmsFor,
  ASSERTION_ALGORITHMS,
  verificationKey,
  type AssertionAlgorithm,
} from './system-client-keys.ts';

/**
 * The OAuth 2 token endpoint's rules: the client credentials grant (RFC 6749 §4.4) with the
 * client authenticated by a JWT it signed with its private key (private_key_jwt, RFC 7523 §2.2).
 */

export const TOKEN_PATH = '/api/v1/oauth/token';
export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** The longest an assertion may live (exp − iat): a captured one is useless soon after. */
export const MAX_ASSERTION_SECONDS = 300;
/** Allowed difference between the client's clock and ours, for exp and iat. */
const CLOCK_SKEW_SECONDS = 10;
const MAX_ASSERTION_LENGTH = 16_000;
const MAX_JTI_LENGTH = 200;

export interface TokenRequest {
  grantType: string | undefined;
  clientId: string | undefined;
  assertionType: string | undefined;
  assertion: string | undefined;
  /** The caller's address as the app sees it (behind a proxy: the forwarded one). */
  ip: string;
  requestId: string;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

const invalidRequest = (parameter: string) =>
  new AppError(connectionErrors.token_request_invalid, { parameter });
const invalidAssertion = (reason: string) =>
  new AppError(connectionErrors.assertion_invalid, { reason });

function isAllowedAlgorithm(alg: unknown): alg is AssertionAlgorithm {
  return (ASSERTION_ALGORITHMS as readonly unknown[]).includes(alg);
}

/** The claims of the assertion, read without trusting them, to find the client and its key. */
function peek(assertion: string): {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
} {
  try {
    return { header: decodeProtectedHeader(assertion), claims: decodeJwt(assertion) };
  } catch {
    throw invalidAssertion('not a signed JWT');
  }
}

function verificationError(error: unknown, audience: string): AppError {
  if (error instanceof joseErrors.JWTExpired) {
    return new AppError(connectionErrors.assertion_expired);
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') {
      return new AppError(connectionErrors.assertion_audience_invalid, { audience });
    }
    return invalidAssertion(`${error.claim} ${error.reason === 'missing' ? 'missing' : 'invalid'}`);
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return new AppError(connectionErrors.assertion_signature_invalid);
  }
  return invalidAssertion('cannot be verified');
}

export async function issueAccessToken(
  deps: AccessTokenDeps,
  request: TokenRequest,
): Promise<TokenResponse> {
  const { db, config, clock } = deps;
  const now = clock.now();
  const tokenUrl = `${config.publicUrl}${TOKEN_PATH}`;
  if (request.grantType === undefined || request.grantType === '') {
    throw invalidRequest('grant_type');
  }
  if (request.grantType !== 'client_credentials') {
    throw new AppError(connectionErrors.grant_type_unsupported);
  }
  if (request.assertionType !== JWT_BEARER) throw invalidRequest('client_assertion_type');
  const assertion = request.assertion ?? '';
  if (assertion === '' || assertion.length > MAX_ASSERTION_LENGTH) {
    throw invalidRequest('client_assertion');
  }
  const { header, claims } = peek(assertion);
  const clientId = claims.iss;
  if (typeof clientId !== 'string' || clientId === '' || claims.sub !== clientId) {
    throw invalidAssertion('iss and sub must both be the client_id');
  }
  if (request.clientId !== undefined && request.clientId !== clientId) {
    throw invalidRequest('client_id');
  }
  const connection = await findConnection(db, clientId);
  if (connection === null) throw new AppError(connectionErrors.client_unknown);
  if (!sourceAddressAllowed(connection.source_addresses, request.ip)) {
    throw new AppError(connectionErrors.source_address_not_allowed);
  }
  const alg = header.alg;
  if (!isAllowedAlgorithm(alg)) {
    throw invalidAssertion(`alg must be one of ${ASSERTION_ALGORITHMS.join(', ')}`);
  }
  const live = await liveKeysOf(db, connection.id, now);
  const key =
    typeof header.kid === 'string'
      ? live.find((k) => k.kid === header.kid)
      : live.length === 1
        ? live[0]
        : undefined;
  if (key === undefined) throw new AppError(connectionErrors.key_unknown);
  if (!algorithmsFor(key.public_jwk).includes(alg)) {
    throw invalidAssertion(`alg ${alg} does not fit the key`);
  }

  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(assertion, await verificationKey(key.id, key.public_jwk, alg), {
      algorithms: [alg],
      audience: tokenUrl,
      issuer: clientId,
      subject: clientId,
      currentDate: now,
      clockTolerance: CLOCK_SKEW_SECONDS,
      requiredClaims: ['exp', 'iat', 'jti'],
    }));
  } catch (error) {
    throw verificationError(error, tokenUrl);
  }
  const { exp, iat, jti } = payload;
  if (typeof exp !== 'number' || typeof iat !== 'number') throw invalidAssertion('exp, iat');
  if (typeof jti !== 'string' || jti === '' || jti.length > MAX_JTI_LENGTH) {
    throw invalidAssertion('jti');
  }
  if (iat > now.getTime() / 1000 + CLOCK_SKEW_SECONDS) throw invalidAssertion('iat in the future');
  if (exp - iat > MAX_ASSERTION_SECONDS) {
    throw new AppError(connectionErrors.assertion_lifetime_too_long, {
      maxSeconds: MAX_ASSERTION_SECONDS,
    });
  }

  // The client proved who it is; now whether it may have a token.
  if (connection.status !== 'active') throw new AppError(connectionErrors.connection_not_active);
  const agreement = (await agreementsInForce(db, connection.organisation_id, rigaDate(now)))
    .filter((a) => a.environments.includes(connection.environment))
    .at(-1);
  if (agreement === undefined) throw new AppError(connectionErrors.agreement_not_in_force);

  await inTransaction(db, async (trx: Db) => {
    await forgetExpiredAssertions(trx, connection.id, now);
    const fresh = await useAssertion(trx, connection.id, jti, new Date(exp * 1000));
    if (!fresh) throw new AppError(connectionErrors.assertion_reused);
    await appendAudit(trx, {
      actorType: 'system_client',
      actorId: clientId,
      organisationId: connection.organisation_id,
      subjectPersonId: null,
      action: 'connection.token_issued',
      channel: 'api',
      environment: connection.environment,
      reason: key.kid,
      requestId: request.requestId,
    });
  });
  const accessToken = await signAccessToken(config, now, {
    clientId,
    connectionId: connection.id,
    organisationId: connection.organisation_id,
    environment: connection.environment,
    agreementId: agreement.agreementId,
  });
  return { access_token: accessToken, token_type: 'Bearer', expires_in: ACCESS_TOKEN_SECONDS };
}
