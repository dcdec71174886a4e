import { createServer } from 'node:net';
import { buildApp } from '../../src/app.ts';
import { noNameResolves } from './app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Db } from '../../src/database.ts';
import type { App } from '../../src/platform/http/app-type.ts';
import type { Clock } from '../../src/platform/time/riga.ts';
import { createTestDatabase } from './database.ts';

export interface ListeningApp {
  app: App;
  db: Db;
  config: Config;
  /** `http://127.0.0.1:<port>`, the app's PUBLIC_URL. */
  base: string;
  close(): Promise<void>;
}

/** A port nobody listens on right now: the system picks one, and we let it go again. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real app on a fresh database, listening on 127.0.0.1 at a port chosen first, because its
 * public address (where the development identity provider lives, and where the provider sends
 * the browser back) must be known when the app is built.
 */
export async function startListeningApp(
  options: { clock?: Clock; env?: Record<string, string> } = {},
): Promise<ListeningApp> {
  const database = await createTestDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: '/nonexistent',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: base,
    ...options.env,
  });
  const app = await buildApp({
    config,
    db: database.db,
    engine: database.engine,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    hostLookup: noNameResolves,
  });
  await app.listen({ host: '127.0.0.1', port });
  return {
    app,
    db: database.db,
    config,
    base,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
