import * as oidc from 'openid-client';
import type { OidcConfig } from '../config.ts';
import { AppError } from '../platform/errors.ts';
import type { SignInMethod } from '../platform/http/auth.ts';
import type { Locale } from '../platform/i18n/locale.ts';
import { identityErrors } from './errors.ts';
import { methodFromAmr } from './sign-in-methods.ts';

/**
 * The service as an OpenID Connect relying party: authorization code flow with PKCE, `state`
 * and `nonce`, against the provider the config names (the state portal, or the development
 * provider). Knows nothing of cookies or the register; the routes do that.
 */

/** What the browser's round trip to the provider must bring back, kept in a signed cookie. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** Who the provider says signed in, and how. */
export interface ResidentIdentity {
  personalCode: string;
  name: string;
  method: SignInMethod;
  acr: string | null;
  idToken: string | null;
}

export interface ResidentSignIn {
  begin(returnTo: string, locale: Locale): Promise<{ url: URL; pending: PendingSignIn }>;
  complete(callbackUrl: URL, pending: PendingSignIn): Promise<ResidentIdentity>;
  /** The provider's end-session address for this ID token, or null when it has none. */
  endSessionUrl(idToken: string | null, locale: Locale): Promise<URL | null>;
}

/** The provider's metadata and keys are fetched lazily and kept an hour. */
const METADATA_TTL_MS = 60 * 60_000;

export function createResidentSignIn(
  settings: OidcConfig,
  publicUrl: string,
  log: { warn(obj: object, msg: string): void },
): ResidentSignIn {
  const redirectUri = `${publicUrl}/pieteikties/atbilde`;
  const postLogoutRedirectUri = `${publicUrl}/`;
  let cached: { at: number; configuration: Promise<oidc.Configuration> } | null = null;

  const configuration = async (): Promise<oidc.Configuration> => {
    if (cached === null || Date.now() - cached.at > METADATA_TTL_MS) {
      const pending = oidc.discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        oidc.ClientSecretBasic(settings.clientSecret),
        // Plain http only for a provider on http (the development one); production config
        // refuses an http issuer, so this never applies there.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- deliberate, see above
        settings.issuer.startsWith('http://') ? { execute: [oidc.allowInsecureRequests] } : {},
      );
      cached = { at: Date.now(), configuration: pending };
      pending.catch(() => {
        cached = null;
      });
    }
    try {
      return await cached.configuration;
    } catch (error) {
      log.warn({ err: describe(error) }, 'identity provider discovery failed');
      throw new AppError(identityErrors.identity_provider_unavailable);
    }
  };

  return {
    async begin(returnTo, locale) {
      const config = await configuration();
      const pending: PendingSignIn = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid profile',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
        ui_locales: locale,
      });
      return { url, pending };
    },

    async complete(callbackUrl, pending) {
      const config = await configuration();
      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        throw signInError(error, log);
      }
      const claims = tokens.claims();
      if (claims === undefined) throw new AppError(identityErrors.sign_in_failed);
      const personalCode =
        typeof claims.personal_code === 'string' ? claims.personal_code : claims.sub;
      const method = methodFromAmr(claims.amr);
      if (method === null) throw new AppError(identityErrors.sign_in_method_unknown);
      return {
        personalCode,
        name: displayName(claims),
        method,
        acr: typeof claims.acr === 'string' ? claims.acr : null,
        idToken: tokens.id_token ?? null,
      };
    },

    async endSessionUrl(idToken, locale) {
      let config: oidc.Configuration;
      try {
        config = await configuration();
      } catch {
        return null; // signing out here must not fail because the provider is away
      }
      if (config.serverMetadata().end_session_endpoint === undefined) return null;
      return oidc.buildEndSessionUrl(config, {
        post_logout_redirect_uri: postLogoutRedirectUri,
        ui_locales: locale,
        ...(idToken === null ? {} : { id_token_hint: idToken }),
      });
    },
  };
}

function displayName(claims: oidc.IDToken): string {
  if (typeof claims.name === 'string' && claims.name.trim() !== '') return claims.name.trim();
  return [claims.given_name, claims.family_name]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(' ');
}

/** Only the error's kind and code: messages of some errors quote claim values. */
function describe(error: unknown): { type: string; code?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? { type: error.name, code } : { type: error.name };
}

/**
 * A refused or tampered answer (state, nonce, signature, code) is the person's problem to retry;
 * an unreachable provider is ours to report; anything else is a bug and stays a 500.
 */
function signInError(error: unknown, log: { warn(obj: object, msg: string): void }): unknown {
  if (error instanceof oidc.AuthorizationResponseError && error.error === 'access_denied') {
    return new AppError(identityErrors.sign_in_cancelled);
  }
  if (
    error instanceof oidc.AuthorizationResponseError ||
    error instanceof oidc.ResponseBodyError ||
    error instanceof oidc.WWWAuthenticateChallengeError ||
    error instanceof oidc.ClientError
  ) {
    log.warn({ err: describe(error) }, 'resident sign-in refused');
    return new AppError(identityErrors.sign_in_failed);
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    log.warn({ err: describe(error) }, 'identity provider unreachable');
    return new AppError(identityErrors.identity_provider_unavailable);
  }
  return error;
}
