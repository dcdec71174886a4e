import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import { sealingBacklog } from '../audit/sealing-backlog.ts';
import { databaseReachable } from '../db/database.ts';
import { pendingMigrations } from '../db/migrate.ts';
import type { PlatformTables } from '../db/tables.ts';
import type { App } from './app-type.ts';

const Health = Type.Object({ status: Type.Literal('ok') });
const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
  database: Type.Object({
    engine: Type.String(),
    reachable: Type.Boolean(),
    pendingMigrations: Type.Array(Type.String()),
  }),
  /** Whether the audit log is being sealed: the oldest unsealed row's age, in seconds. */
  audit: Type.Object({
    oldestUnsealedSeconds: Type.Union([Type.Integer(), Type.Null()]),
    sealingLate: Type.Boolean(),
  }),
});

/**
 * Probes for the orchestrator, not part of the API's contract (left out of its document).
 * `/healthz`: the process answers. `/readyz`: the database answers and is fully migrated; it also
 * tells how far sealing of the audit log is behind, which does not make the process unready.
 */
export function registerHealthRoutes(
  app: App,
  deps: { db: Kysely<PlatformTables>; engine: string },
): void {
  app.get(
    '/healthz',
    { config: { access: 'public' }, schema: { hide: true, response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: { hide: true, response: { 200: Readiness, 503: Readiness } },
    },
    async (_request, reply) => {
      const reachable = await databaseReachable(deps.db);
      const pending = reachable ? await pendingMigrations(deps.db) : [];
      const ready = reachable && pending.length === 0;
      const backlog = ready
        ? await sealingBacklog(deps.db)
        : { oldestUnsealedSeconds: null, late: false };
      return reply.status(ready ? 200 : 503).send({
        status: ready ? 'ready' : 'not_ready',
        database: { engine: deps.engine, reachable, pendingMigrations: pending },
        audit: { oldestUnsealedSeconds: backlog.oldestUnsealedSeconds, sealingLate: backlog.late },
      });
    },
  );
}
