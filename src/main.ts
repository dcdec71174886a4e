import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import {
  CONNECTION_CHANGE_CHANNELS,
  connectionChangeHandlers,
  scheduleKeyExpiryCheck,
} from './identity/service.ts';
import { scheduleInvoiceRun, scheduleUsageCount } from './billing/service.ts';
import { jobHandlers } from './job-handlers.ts';
import { scheduleMonitoringDay } from './monitoring/service.ts';
import { startAuditSealer } from './platform/audit/seal-loop.ts';
import { auditLogOrigin } from './platform/audit/checkpoint.ts';
import { sealKeysFrom } from './platform/audit/seal-key.ts';
import { createDeliverer, WEBHOOK_WAKE_CHANNELS } from './monitoring/service.ts';
import { createEnvelope } from './platform/crypto/envelope.ts';
import { createWorker } from './platform/jobs/worker.ts';
import {
  REGISTER_CHANGED_CHANNEL,
  scheduleEventRetention,
  startEventProducer,
} from './monitoring/service.ts';
import { systemClock } from './platform/time/riga.ts';
import { loadDemoData, openAndPrepare, type DemoSignIns } from './startup.ts';

/** Process entry: read config, prepare the database, start the roles asked for. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openAndPrepare(config);
  const demo = config.demoData ? await loadDemoData(database.db, config) : null;
  const app = await buildApp({ config, db: database.db, engine: database.engine });
  // A connection suspended, or an agreement changed, by any process stops its tokens here at once.
  const listening = config.roles.has('web')
    ? await database.listen(CONNECTION_CHANGE_CHANNELS, connectionChangeHandlers, app.log)
    : null;

  const worker = config.roles.has('worker')
    ? createWorker(database.db, jobHandlers({ config, db: database.db }), { log: app.log })
    : null;

  // The worker role also delivers monitoring events by webhook, woken by each insert of events.
  const deliverer = config.roles.has('worker')
    ? createDeliverer({
        db: database.db,
        envelope: createEnvelope(config.secrets.encryptionKey),
        clock: systemClock,
        publicUrl: config.publicUrl,
        log: app.log,
        mode: config.mode,
      })
    : null;
  const wakeups =
    deliverer === null
      ? null
      : await database.listen(
          WEBHOOK_WAKE_CHANNELS,
          { onMessage: () => deliverer.wake(), onGap: () => deliverer.wake() },
          app.log,
        );

  // The worker role also seals the audit log into its hash chain.
  const sealer = config.roles.has('worker')
    ? startAuditSealer(
        database.db,
        sealKeysFrom(config.secrets.signingKey, auditLogOrigin(config.publicUrl)),
        systemClock,
        app.log,
      )
    : null;

  // The worker role also makes monitoring's events, woken by each committed register change.
  const producer = config.roles.has('worker') ? startEventProducer(database.db, app.log) : null;
  const producerListening =
    producer === null
      ? null
      : await database.listen([REGISTER_CHANGED_CHANNEL], producer.handlers, app.log);

  const stop = async (signal: string) => {
    app.log.info({ signal }, 'stopping');
    await worker?.stop();
    await deliverer?.stop();
    await wakeups?.close();
    await sealer?.stop();
    await producerListening?.close();
    await producer?.stop();
    await listening?.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', (s) => void stop(s));
  process.once('SIGTERM', (s) => void stop(s));

  if (worker !== null) {
    await scheduleKeyExpiryCheck(database.db, systemClock);
    await scheduleUsageCount(database.db, systemClock);
    await scheduleInvoiceRun(database.db, systemClock);
    await scheduleEventRetention(database.db, systemClock);
    await scheduleMonitoringDay(database.db, systemClock);
  }
  worker?.start();
  deliverer?.start();
  if (config.roles.has('web')) {
    await app.listen({ host: config.host, port: config.port });
    printBanner(config.publicUrl, database.engine, demo);
  } else {
    process.stdout.write(`Register Gateway worker running (database: ${database.engine})\n`);
  }
}

function printBanner(url: string, engine: string, demo: DemoSignIns | null): void {
  const lines = [
    '',
    `Register Gateway is running at ${url}  (database: ${engine})`,
    `  API documentation: ${url}/api/docs   (OpenAPI: ${url}/api/openapi.json)`,
    `  Health: ${url}/healthz   Readiness: ${url}/readyz`,
  ];
  if (demo !== null) {
    lines.push('', 'Demo sign-ins:');
    lines.push(`  Operator API bearer token: ${demo.operatorToken}`);
    lines.push(
      `  Staff (Information Centre): ${demo.staff.email} / ${demo.staff.password}` +
        `   at ${url}/darbinieki/pieteikties`,
      `    TOTP secret for an authenticator app: ${demo.staff.totpSecretBase32}` +
        `   (or: npm run cli -- demo totp)`,
      `  Staff (PMLP officer): ${demo.officer.email} / ${demo.officer.password}` +
        `   at ${url}/darbinieki/pieteikties`,
      `    TOTP secret for an authenticator app: ${demo.officer.totpSecretBase32}`,
    );
    lines.push(
      `  Organisation representative: ${demo.organisation.email} / ${demo.organisation.password}` +
        `   at ${url}/organizacijas/pieteikties`,
      `    TOTP secret for an authenticator app: ${demo.organisation.totpSecretBase32}` +
        `   (or: npm run cli -- demo totp)`,
      `  Person Data Browser user: ${demo.browserUser.email} / ${demo.browserUser.password}` +
        `   at ${url}/organizacijas/pieteikties, then ${url}/personu-datu-parluks`,
      `    TOTP secret for an authenticator app: ${demo.browserUser.totpSecretBase32}`,
    );
    lines.push(`  Test persons (sign in at ${url}/pieteikties with any of them):`);
    for (const person of demo.persons) {
      lines.push(`    ${person.personalCode}  ${person.name}  (${person.note.en})`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(
      `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
