import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/platform/db/migrate.ts';
import { createTestApp, type TestContext } from './support/app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

describe('health and readiness', () => {
  it('answers /healthz while the process is up', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz when the database is reachable and fully migrated', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ready',
      database: { reachable: true, pendingMigrations: [] },
    });
  });

  it('is not ready while a migration is pending, and migrating again applies only that one', async () => {
    await sql`delete from schema_migrations where version = '0003'`.execute(ctx.db);
    const res = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({
      status: 'not_ready',
      database: { pendingMigrations: ['0003_identity.sql'] },
    });
    await sql`drop table operator_tokens`.execute(ctx.db);
    expect(await migrate(ctx.db)).toEqual(['0003_identity.sql']);
    expect(await migrate(ctx.db)).toEqual([]);
    expect((await ctx.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('API documentation', () => {
  it('serves the OpenAPI 3.1 document and the interactive reference', async () => {
    const doc = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const body = doc.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toContain('/api/operator/v1/persons/lookup');
    const ui = await ctx.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });
});
