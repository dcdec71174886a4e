import type { Environment, LegalForm } from '../../src/agreements/service.ts';
import { changeConnectionStatus, registerConnection } from '../../src/identity/connections.ts';
import { inTransaction } from '../../src/platform/db/transaction.ts';
import type { Clock } from '../../src/platform/time/riga.ts';
import { makeConcludedAgreement } from './agreements.ts';
import { clientAssertion, systemKey } from './connections.ts';
import type { ListeningApp } from './listening-app.ts';
import { makeOrganisation, orgUserSession } from './organisations.ts';
import { staffSession } from './staff.ts';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export const TEST_PURPOSE = 'Klientu identifikācija';

/** What a connection needs of the app under test: it, its database and its public address. */
type AppUnderTest = Pick<ListeningApp, 'app' | 'db' | 'config'>;

/**
 * An organisation as it stands after onboarding: a concluded agreement granting `scopes` for
 * TEST_PURPOSE, and an active connection to one environment with an ES256 key. `token()` signs a
 * fresh client assertion and trades it for an access token at the real token endpoint.
 */
export async function connectedSystem(
  t: AppUnderTest,
  clock: Clock,
  options: { legalForm?: LegalForm; environment?: Environment; scopes?: string[] } = {},
) {
  const organisation = await makeOrganisation(t.db, { legalForm: options.legalForm ?? 'private' });
  const agreement = await makeConcludedAgreement(t.db, organisation.id, {
    environments: ['test', 'production'],
    systemConnections: 2,
    scopes: options.scopes ?? ['identity', 'addresses'],
  });
  const connection = await activeConnection(t, clock, organisation.id, options.environment);
  return { organisation, agreement, ...connection };
}

/**
 * An active connection of an organisation that already has an agreement in force, registered by
 * a representative and activated by a PMLP officer, with its `token()` as above.
 */
export async function activeConnection(
  t: AppUnderTest,
  clock: Clock,
  organisationId: number,
  environment: Environment = 'production',
) {
  const representative = await orgUserSession(t.db, clock, { organisationId });
  const key = await systemKey('ES256');
  const ctx = { clock, publicUrl: t.config.publicUrl };
  const registered = await inTransaction(t.db, (trx) =>
    registerConnection(
      trx,
      ctx,
      { orgUserId: representative.orgUserId, organisationId, requestId: 'test' },
      {
        name: 'Klientu sistēma',
        environment,
        jwk: JSON.stringify(key.jwk),
        keyExpiresOn: '2027-06-30',
        sourceAddresses: '',
      },
    ),
  );
  if (!registered.ok)
    throw new Error(`connection refused: ${Object.keys(registered.errors).join(', ')}`);
  const staff = await staffSession(t.db, clock, 'pmlp_officer');
  await inTransaction(t.db, (trx) =>
    changeConnectionStatus(
      trx,
      ctx,
      { staffId: staff.staffId, requestId: 'test' },
      registered.clientId,
      { action: 'activate' },
    ),
  );
  const clientId = registered.clientId;
  const assertion = () =>
    clientAssertion(key, {
      clientId,
      audience: `${t.config.publicUrl}/api/v1/oauth/token`,
      now: clock.now(),
    });
  return {
    clientId,
    /** A fresh signed client assertion, for a client that calls the token endpoint itself. */
    assertion,
    async token(): Promise<string> {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/oauth/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          grant_type: 'client_credentials',
          client_assertion_type: JWT_BEARER,
          client_assertion: await assertion(),
        }).toString(),
      });
      if (res.statusCode !== 200) throw new Error(`token refused: ${res.body}`);
      return res.json<{ access_token: string }>().access_token;
    },
  };
}
