import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import type { Db } from '../src/database.ts';
import { saveWebhookEndpoint } from '../src/monitoring/webhook-endpoints.ts';
import type { Envelope } from '../src/platform/crypto/envelope.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import type { App } from '../src/platform/http/app-type.ts';
import type { Config } from '../src/config.ts';
import { activeConnection } from '../test/support/system-client.ts';
import { orgUserSession } from '../test/support/organisations.ts';
import { freePort } from '../test/support/listening-app.ts';
import { startServerProcess, type ServerProcess } from '../test/support/server-process.ts';

/**
 * Monitoring running beside the register as production runs it: a worker-role process of its own
 * (`src/main.ts`, ROLES=worker) whose event producer is woken by each committed change and whose
 * deliverer sends every event by webhook to a receiver on loopback (in this process) that answers
 * 204. It shares the machine's cores with the register's writers and PostgreSQL.
 */
export async function monitoringAlongside(options: {
  url: string;
  schema: string;
  t: { app: App; db: Db; config: Config };
  envelope: Envelope;
  /** The secrets the service under test runs with: the worker process decrypts with them. */
  secrets: Record<string, string>;
  organisationIds: number[];
}) {
  const { t } = options;
  const clock = { now: () => new Date() };
  const delays: number[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        data: { occurredAt: string };
      };
      // From the register change's transaction to the receiver: commit, producer, delivery.
      delays.push(Date.now() - Date.parse(body.data.occurredAt));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((receiver.address() as AddressInfo).port)}/hooks`;
  for (const organisationId of options.organisationIds) {
    const connection = await activeConnection(t, clock, organisationId, 'production');
    const rep = await orgUserSession(t.db, clock, { organisationId });
    await inTransaction(t.db, (trx) =>
      saveWebhookEndpoint(
        trx,
        { envelope: options.envelope, clock, mode: t.config.mode },
        { organisationId, orgUserId: rep.orgUserId },
        connection.clientId,
        url,
      ),
    );
  }

  let worker: ServerProcess | null = null;
  let roundStart = { events: 0, delivered: 0 };
  const eventsMade = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from monitoring_events`.execute(t.db))
      .rows[0]?.n ?? 0;
  return {
    delays,
    async start() {
      // Changes made while monitoring was stopped are not this round's: the producer starts
      // after them, as it would have made their events long before on a running service.
      await sql`
        update monitoring_producer set (last_xid, last_seq) = (
          select xid, seq from register_changes order by xid desc, seq desc limit 1)
      `.execute(t.db);
      roundStart = { events: await eventsMade(), delivered: delays.length };
      // The worker role alone, as production runs it: a process of its own with the producer,
      // the deliverer and the worker's other jobs, on the same schema and secrets.
      worker = await startServerProcess({
        databaseUrl: options.url,
        schema: options.schema,
        port: await freePort(),
        publicUrl: t.config.publicUrl,
        secrets: options.secrets,
        roles: 'worker',
        env: { LOG_LEVEL: 'warn' },
      });
    },
    /**
     * Waits until the worker has made the events of every change so far and the receiver holds
     * them all, or `catchUpMs` passed: a delivery still queued when the writers stop counts in the
     * delays when it arrives.
     */
    async caughtUp(catchUpMs = 120_000) {
      const until = performance.now() + catchUpMs;
      while (performance.now() < until) {
        const behind = await sql<{ behind: boolean }>`
          select exists (select 1 from register_changes c, monitoring_producer p
            where (c.xid, c.seq) > (p.last_xid, p.last_seq)) as behind`.execute(t.db);
        const made = (await eventsMade()) - roundStart.events;
        const delivered = delays.length - roundStart.delivered;
        if (behind.rows[0]?.behind === false && delivered >= made) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    /** After a warm-up's changes: waits for them, then forgets their delays. */
    async settle() {
      await this.caughtUp();
      delays.splice(roundStart.delivered);
      roundStart = { events: await eventsMade(), delivered: delays.length };
    },
    async stop() {
      await this.caughtUp();
      await worker?.stop();
      worker = null;
    },
    close() {
      receiver.close();
    },
  };
}
