import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/platform/db/database.ts';
import type { AppDatabase } from '../src/database.ts';
import { createTestDatabase } from './support/database.ts';
import { freePort } from './support/listening-app.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

/**
 * Two server processes count one rate limit together in Redis: the staff sign-in allows 30 tries
 * a minute from one address, across both processes, not 30 in each. Needs a PostgreSQL server
 * (the processes share it) and Redis (REDIS_URL); `.ci/run` starts both.
 */
const url = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
const SIGN_IN_LIMIT = 30;
const TRIES = 40;

let database: Database<AppDatabase>;
const servers: ServerProcess[] = [];

describe.skipIf(url === undefined || redisUrl === undefined)(
  'rate limits shared by processes through Redis',
  () => {
    beforeAll(async () => {
      if (url === undefined || redisUrl === undefined) return;
      database = await createTestDatabase();
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
        database.db,
      );
      const schema = rows[0]?.schema ?? 'public';
      const secrets = {
        ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        SESSION_SECRET: randomBytes(32).toString('base64'),
        SIGNING_KEY: randomBytes(32).toString('base64'),
      };
      const ports = [await freePort(), await freePort()];
      for (const port of ports) {
        servers.push(
          await startServerProcess({
            databaseUrl: url,
            schema,
            port,
            publicUrl: `http://127.0.0.1:${ports[0]}`,
            secrets,
            roles: 'web',
            // A key prefix of its own: other runs on the same Redis count apart.
            env: { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `test-${schema}:` },
          }),
        );
      }
    }, 300_000);

    afterAll(async () => {
      for (const server of servers) await server.stop();
      await database.close();
    });

    it('allows the agreed number of tries in all, whichever process answers', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < TRIES; i++) {
        const server = servers[i % servers.length];
        if (server === undefined) throw new Error('no server');
        const res = await fetch(`${server.base}/darbinieki/pieteikties`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: new URLSearchParams({ email: 'nobody@example.lv', password: 'wrong' }).toString(),
        });
        statuses.push(res.status);
        if (res.status === 429) expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      }
      expect(statuses.filter((s) => s !== 429)).toHaveLength(SIGN_IN_LIMIT);
      expect(statuses.slice(SIGN_IN_LIMIT).every((s) => s === 429)).toBe(true);
    });
  },
);
