import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import { databaseReachable } from '../db/database.ts';
import { pendingMigrations } from '../db/migrate.ts';
import type { App } from './app-type.ts';

const Health = Type.Object({ status: Type.Literal('ok') });
const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
  database: Type.Object({
    engine: Type.String(),
    reachable: Type.Boolean(),
    pendingMigrations: Type.Array(Type.String()),
  }),
});

/** `/healthz`: the process answers. `/readyz`: the database answers and is fully migrated. */
export function registerHealthRoutes<DB>(app: App, deps: { db: Kysely<DB>; engine: string }): void {
  app.get(
    '/healthz',
    { config: { access: 'public' }, schema: { tags: ['Health'], response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: { tags: ['Health'], response: { 200: Readiness, 503: Readiness } },
    },
    async (_request, reply) => {
      const reachable = await databaseReachable(deps.db);
      const pending = reachable ? await pendingMigrations(deps.db) : [];
      const ready = reachable && pending.length === 0;
      return reply.status(ready ? 200 : 503).send({
        status: ready ? 'ready' : 'not_ready',
        database: { engine: deps.engine, reachable, pendingMigrations: pending },
      });
    },
  );
}
