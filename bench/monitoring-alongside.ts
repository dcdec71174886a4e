import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { AppDatabase, Db } from '../src/database.ts';
import {
  createDeliverer,
  REGISTER_CHANGED_CHANNEL,
  startEventProducer,
  WEBHOOK_WAKE_CHANNELS,
} from '../src/monitoring/service.ts';
import { saveWebhookEndpoint } from '../src/monitoring/webhook-endpoints.ts';
import type { Envelope } from '../src/platform/crypto/envelope.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import type { App } from '../src/platform/http/app-type.ts';
import type { Config } from '../src/config.ts';
import { activeConnection } from '../test/support/system-client.ts';
import { orgUserSession } from '../test/support/organisations.ts';

/**
 * Monitoring running beside the register, as the worker role runs it: the event producer woken by
 * each committed change and a deliverer sending every event by webhook to a receiver on loopback
 * that answers 204. It has its own connection pool, as a worker process would; it shares this
 * Node process (and the machine) with the register's writers.
 */
export async function monitoringAlongside(options: {
  url: string;
  schema: string;
  t: { app: App; db: Db; config: Config };
  envelope: Envelope;
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

  const worker = await openDatabase<AppDatabase>({
    databaseUrl: options.url,
    schema: options.schema,
    poolSize: 12,
  });
  const log = pino({ level: 'warn' });
  let producer: ReturnType<typeof startEventProducer> | null = null;
  let deliverer: ReturnType<typeof createDeliverer> | null = null;
  const listeners: { close(): Promise<void> }[] = [];

  return {
    delays,
    async start() {
      producer = startEventProducer(worker.db, log);
      deliverer = createDeliverer({
        db: worker.db,
        envelope: options.envelope,
        clock,
        publicUrl: t.config.publicUrl,
        log,
        mode: t.config.mode,
        endpoints: options.organisationIds.length,
      });
      const wake = deliverer.wake.bind(deliverer);
      listeners.push(
        await worker.listen([REGISTER_CHANGED_CHANNEL], producer.handlers, log),
        await worker.listen(WEBHOOK_WAKE_CHANNELS, { onMessage: wake, onGap: wake }, log),
      );
      deliverer.start();
    },
    async stop() {
      for (const l of listeners.splice(0)) await l.close();
      await producer?.stop();
      await deliverer?.stop();
    },
    async close() {
      await worker.close();
      receiver.close();
    },
  };
}
