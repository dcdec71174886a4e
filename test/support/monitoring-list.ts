import type { Environment } from '../../src/agreements/service.ts';
import type { Db } from '../../src/database.ts';
import type { Clock } from '../../src/platform/time/riga.ts';
import type { ListeningApp } from './listening-app.ts';
import { connectedSystem } from './system-client.ts';

type AppUnderTest = Pick<ListeningApp, 'app' | 'db' | 'config'>;

/** Turns monitoring on in a concluded agreement, for `persons` persons. */
export async function agreeMonitoring(db: Db, agreementId: number, persons: number | null) {
  await db
    .updateTable('agreements')
    .set({ monitoring: persons !== null, monitoring_persons: persons })
    .where('id', '=', agreementId)
    .execute();
}

/** A connected system whose agreement includes monitoring of `limit` persons. */
export async function monitoringSystem(
  t: AppUnderTest,
  clock: Clock,
  options: { limit?: number; environment?: Environment } = {},
) {
  const system = await connectedSystem(t, clock, {
    ...(options.environment === undefined ? {} : { environment: options.environment }),
  });
  await agreeMonitoring(t.db, system.agreement.id, options.limit ?? 5);
  return system;
}

/** Calls the API with a bearer token. */
export function apiCall(
  t: AppUnderTest,
  token: string,
  method: 'GET' | 'PUT' | 'DELETE' | 'POST',
  url: string,
  body?: unknown,
) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}
