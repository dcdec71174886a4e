import type { App } from '../../src/platform/http/app-type.ts';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Db } from '../../src/database.ts';
import { createOperatorToken } from '../../src/identity/service.ts';
import type { Clock } from '../../src/platform/time/riga.ts';
import type { HostLookup } from '../../src/monitoring/service.ts';
import { createTestDatabase } from './database.ts';

export interface TestContext {
  app: App;
  db: Db;
  config: Config;
  operatorToken: string;
  close(): Promise<void>;
}

/** The real app in-process on a fresh database, with an operator token of the register authority. */
export async function createTestApp(
  options: { clock?: Clock; hostLookup?: HostLookup } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent' });
  const app = await buildApp({
    config,
    db: database.db,
    engine: database.engine,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    hostLookup: options.hostLookup ?? noNameResolves,
  });
  await app.ready();
  const { token } = await createOperatorToken(database.db, {
    name: 'Test operator',
    authority: 'PMLP',
  });
  return {
    app,
    db: database.db,
    config,
    operatorToken: token,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Tests never ask real DNS: a webhook address's name resolves to nothing unless a test gives its
 * own lookup (a name that does not resolve is accepted when saved, docs/decisions/0022).
 */
export const noNameResolves: HostLookup = (hostname) =>
  Promise.reject(Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' }));

export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}
