import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import type { AppDatabase } from '../src/database.ts';
import type { App } from '../src/platform/http/app-type.ts';
import { createTestDatabase } from './support/database.ts';
import { PRODUCTION_PAYEE } from './support/production-payee.ts';

/**
 * Whom a request comes from decides a connection's fixed source addresses and the per-address
 * limits, so a header anyone can write must not decide it. Built as in production.
 */
let database: Database<AppDatabase>;
const apps: App[] = [];

function productionEnv(extra: Record<string, string> = {}) {
  const key = () => randomBytes(32).toString('base64');
  return {
    NODE_ENV: 'production',
    ENCRYPTION_KEY: key(),
    SESSION_SECRET: key(),
    SIGNING_KEY: key(),
    ROLES: 'web',
    PUBLIC_URL: 'https://vārteja.example.lv',
    OIDC_ISSUER: 'https://idp.example.lv',
    OIDC_CLIENT_ID: 'register-gateway',
    OIDC_CLIENT_SECRET: 'a-long-client-secret',
    LOG_LEVEL: 'silent',
    ...PRODUCTION_PAYEE,
    ...extra,
  };
}

/** The production app with one extra route that answers the address it believes. */
async function appWith(env: Record<string, string>): Promise<App> {
  const app = await buildApp({ config: loadConfig(env), db: database.db, engine: database.engine });
  app.get('/caller-address', { config: { access: 'public' } }, async (request) => ({
    ip: request.ip,
  }));
  await app.ready();
  apps.push(app);
  return app;
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.close();
});

describe('the caller address in production', () => {
  it('ignores X-Forwarded-For from a peer that is not a configured proxy', async () => {
    const app = await appWith(productionEnv());
    const res = await app.inject({
      method: 'GET',
      url: '/caller-address',
      remoteAddress: '203.0.113.5',
      headers: { 'x-forwarded-for': '10.9.9.9' },
    });
    expect(res.json()).toEqual({ ip: '203.0.113.5' });
  });

  it('takes the forwarded address from a configured proxy, and only the hop it vouches for', async () => {
    const app = await appWith(productionEnv({ TRUSTED_PROXIES: '192.0.2.10' }));
    const viaProxy = await app.inject({
      method: 'GET',
      url: '/caller-address',
      remoteAddress: '192.0.2.10',
      headers: { 'x-forwarded-for': '10.9.9.9, 198.51.100.17' },
    });
    // The proxy appended the address it saw; what the caller wrote before it is not believed.
    expect(viaProxy.json()).toEqual({ ip: '198.51.100.17' });
    const direct = await app.inject({
      method: 'GET',
      url: '/caller-address',
      remoteAddress: '203.0.113.5',
      headers: { 'x-forwarded-for': '198.51.100.17' },
    });
    expect(direct.json()).toEqual({ ip: '203.0.113.5' });
  });
});
