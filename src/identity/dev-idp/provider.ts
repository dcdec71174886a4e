import { createHmac, generateKeyPairSync } from 'node:crypto';
import Provider, { type Configuration, type JWK, type KoaContextWithOIDC } from 'oidc-provider';
import { memoryAdapter } from './memory-adapter.ts';
import { logoutPage, providerErrorPage, signedOutPage } from './provider-pages.tsx';
import { claimsFor, type TestPerson } from './test-persons.ts';

export const DEV_IDP_PREFIX = '/dev-idp';

export interface DevProviderSettings {
  publicUrl: string;
  clientId: string;
  clientSecret: string;
  sessionSecret: Buffer;
  testPersons: readonly TestPerson[];
}

/** One RSA key per process: tokens signed before a restart are not needed after it. */
let signingKey: JWK | null = null;
function developmentSigningKey(): JWK {
  signingKey ??= {
    ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      format: 'jwk',
    }) as JWK),
    use: 'sig',
  };
  return signingKey;
}

/**
 * Consent is implied: the only client is the service itself, and the state portal does not ask
 * residents to approve it either. The grant covers the scopes asked for.
 */
async function autoGrant(ctx: KoaContextWithOIDC) {
  const { client, session } = ctx.oidc;
  const accountId = session?.accountId;
  if (client === undefined || session === undefined || accountId === undefined) return undefined;
  const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  if (existing !== undefined) {
    const found = await ctx.oidc.provider.Grant.find(existing);
    if (found !== undefined) return found;
  }
  const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
  grant.addOIDCScope([...ctx.oidc.requestParamScopes]);
  await grant.save();
  return grant;
}

/**
 * The development identity provider: oidc-provider with one client (this service), our own sign-in
 * page (interactions), claims like the state portal's (personal code, names, `amr` = method,
 * `acr` = assurance), memory storage and cookie keys derived from the session secret.
 */
export function createDevProvider(settings: DevProviderSettings): Provider {
  const issuer = `${settings.publicUrl}${DEV_IDP_PREFIX}`;
  const derive = (purpose: string) =>
    createHmac('sha256', settings.sessionSecret).update(purpose).digest('base64url');
  const configuration: Configuration = {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        redirect_uris: [`${settings.publicUrl}/pieteikties/atbilde`],
        post_logout_redirect_uris: [`${settings.publicUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    responseTypes: ['code'],
    pkce: { required: () => true },
    cookies: {
      keys: [derive('dev-idp-cookies')],
      long: { httpOnly: true, sameSite: 'lax', signed: true },
      short: { httpOnly: true, sameSite: 'lax', signed: true },
    },
    jwks: { keys: [developmentSigningKey()] },
    claims: {
      // Every ID token says how (amr) and how surely (acr) the person was identified.
      acr: null,
      amr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub', 'personal_code', 'acr', 'amr'],
      profile: ['name', 'given_name', 'family_name'],
    },
    // The relying party reads the person from the ID token, as it does with the state portal.
    conformIdTokenClaims: false,
    acrValues: ['substantial', 'high'],
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => claimsFor(sub, settings.testPersons),
    }),
    loadExistingGrant: autoGrant,
    interactions: {
      url: (_ctx, interaction) => `${DEV_IDP_PREFIX}/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => logoutPage(ctx, form),
        postLogoutSuccessSource: (ctx) => signedOutPage(ctx),
      },
    },
    renderError: (ctx, out) => providerErrorPage(ctx, out),
    clientBasedCORS: () => false,
    ttl: {
      AccessToken: 10 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 30 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
    },
  };
  return new Provider(issuer, configuration);
}
