import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { ConfigError, loadConfig, type Config } from '../src/config.ts';
import type { AppDatabase, Db } from '../src/database.ts';
import { jobHandlers } from '../src/job-handlers.ts';
import type { Database } from '../src/platform/db/database.ts';
import { createWorker } from '../src/platform/jobs/worker.ts';
import { enqueueMail } from '../src/platform/mail/outbox-mail.ts';
import { mailDb } from '../src/platform/mail/tables.ts';
import { formatDateTime } from '../src/platform/time/dates.ts';
import { createTestApp } from './support/app.ts';
import { createTestDatabase } from './support/database.ts';
import { PRODUCTION_PAYEE } from './support/production-payee.ts';
import { parseMessage, startSmtp, type TestSmtp } from './support/smtp.ts';

const log = { warn: () => undefined, error: () => undefined };
const key = Buffer.alloc(32, 7).toString('base64');
/** Everything else production insists on, so that only the mail settings vary here. */
const PRODUCTION = {
  NODE_ENV: 'production',
  ENCRYPTION_KEY: key,
  SESSION_SECRET: key,
  SIGNING_KEY: key,
  OIDC_ISSUER: 'https://id.example.lv',
  OIDC_CLIENT_ID: 'register-gateway',
  OIDC_CLIENT_SECRET: 'client-secret',
  LOG_LEVEL: 'silent',
  ...PRODUCTION_PAYEE,
};

let database: Database<AppDatabase>;
let smtp: TestSmtp;
let config: Config;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtp();
  config = loadConfig({ NODE_ENV: 'test', SMTP_URL: smtp.url });
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});

function worker(db: Db, withConfig: Config = config) {
  return createWorker(db, jobHandlers({ config: withConfig, db }), { log });
}

async function jobByKey(db: Db, dedupeKey: string) {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirstOrThrow();
}

const RECEIVED = {
  subject: 'Jūsu ziņojums ir saņemts (Nr. RG-2026-0001)',
  text: 'Labdien!\n\nJūsu ziņojums ir saņemts. Atbildi sniegsim trīs darba dienu laikā.\n\nAr cieņu,\nReģistru vārteja',
};

describe('mail over SMTP from the outbox', () => {
  it('sends a committed mail once, with its To, Subject and Latvian body intact', async () => {
    const before = smtp.received.length;
    await database.db.transaction().execute(async (trx: Db) => {
      await enqueueMail(
        trx,
        { to: 'janis.berzins@example.lv', ...RECEIVED, reference: 'RG-2026-0001' },
        { dedupeKey: 'mail-sent' },
      );
      // The same change saved twice: one key, one mail.
      await enqueueMail(
        trx,
        { to: 'janis.berzins@example.lv', ...RECEIVED },
        { dedupeKey: 'mail-sent' },
      );
    });
    expect(await worker(database.db).runOnce()).toBe(1);

    expect(smtp.received.length - before).toBe(1);
    const received = smtp.received.at(-1);
    expect(received?.rcptTo).toEqual(['janis.berzins@example.lv']);
    const message = parseMessage(received?.raw ?? '');
    expect(message.header('To')).toBe('janis.berzins@example.lv');
    expect(message.header('Subject')).toBe(RECEIVED.subject);
    expect(message.header('From')).toBe('Reģistru vārteja <noreply@register-gateway.test>');
    expect(message.header('Content-Type')).toMatch(/text\/plain; charset=utf-8/i);
    expect(message.body.replace(/\r\n/g, '\n').trim()).toBe(RECEIVED.text);

    const job = await jobByKey(database.db, 'mail-sent');
    expect(job).toMatchObject({ status: 'done', attempts: 1, last_error: null });
    const mailId = (job.payload as { mailId: string }).mailId;
    expect(message.header('Message-ID')).toBe(`<${mailId}@register-gateway.test>`);

    const logged = await mailDb(database.db)
      .selectFrom('mail_log')
      .selectAll()
      .where('mail_id', '=', mailId)
      .execute();
    expect(logged).toMatchObject([
      { outcome: 'sent', recipient_domain: 'example.lv', reference: 'RG-2026-0001' },
    ]);
    expect(JSON.stringify(logged)).not.toContain('janis.berzins');
  });

  it('enqueues nothing when the transaction rolls back, and refuses a bad address', async () => {
    const before = smtp.received.length;
    await expect(
      database.db.transaction().execute(async (trx: Db) => {
        await enqueueMail(
          trx,
          { to: 'anna@example.lv', ...RECEIVED },
          { dedupeKey: 'mail-rolled-back' },
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    for (const to of ['Anna <anna@example.lv>', 'anna@example.lv, eva@example.lv', 'anna']) {
      await expect(enqueueMail(database.db, { to, ...RECEIVED })).rejects.toThrow(/address/);
    }
    await expect(
      enqueueMail(database.db, { to: 'anna@example.lv', subject: ' ', text: 'x' }),
    ).rejects.toThrow(/subject/);
    const queued = await database.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('kind', '=', 'mail.send')
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    expect(Number(queued.n)).toBe(0);
    expect(await worker(database.db).runOnce()).toBe(0);
    expect(smtp.received.length).toBe(before);
  });

  it('keeps a refused mail pending with the error, then sends it once the relay accepts', async () => {
    const before = smtp.received.length;
    await enqueueMail(
      database.db,
      { to: 'peteris.ozols@example.lv', ...RECEIVED },
      { dedupeKey: 'mail-retried' },
    );
    smtp.refuse = true;
    try {
      expect(await worker(database.db).runOnce()).toBe(1);
    } finally {
      smtp.refuse = false;
    }
    const failed = await jobByKey(database.db, 'mail-retried');
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.last_error).toMatch(/^SMTP: EENVELOPE 450 .*…@example\.lv/);
    expect(failed.last_error).not.toContain('peteris.ozols');
    expect(failed.run_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(smtp.received.length).toBe(before);

    // Skip the backoff instead of waiting for it.
    await sql`update jobs set run_at = now() where id = ${failed.id}`.execute(database.db);
    expect(await worker(database.db).runOnce()).toBe(1);
    expect(await jobByKey(database.db, 'mail-retried')).toMatchObject({
      status: 'done',
      attempts: 2,
    });
    expect(smtp.received.length - before).toBe(1);
    expect(smtp.received.at(-1)?.rcptTo).toEqual(['peteris.ozols@example.lv']);

    const outcomes = await mailDb(database.db)
      .selectFrom('mail_log')
      .select(['outcome', 'detail'])
      .where('mail_id', '=', (failed.payload as { mailId: string }).mailId)
      .orderBy('id')
      .execute();
    expect(outcomes.map((o) => o.outcome)).toEqual(['failed', 'sent']);
    expect(JSON.stringify(outcomes)).not.toContain('peteris.ozols');
  });

  it('fails the attempt when the relay is unreachable', async () => {
    const gone = await startSmtp();
    await gone.close();
    const unreachable = loadConfig({ NODE_ENV: 'test', SMTP_URL: gone.url });
    await enqueueMail(
      database.db,
      { to: 'marta.liepa@example.lv', ...RECEIVED },
      { dedupeKey: 'mail-unreachable' },
    );
    expect(await worker(database.db, unreachable).runOnce()).toBe(1);
    const job = await jobByKey(database.db, 'mail-unreachable');
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(job.last_error).toMatch(/^SMTP: (ECONNECTION|ESOCKET)/);
  });
});

describe('the development mailbox', () => {
  it('keeps mail without SMTP_URL, once per mail, and shows it at /dev/mail', async () => {
    const ctx = await createTestApp();
    try {
      const devConfig = loadConfig({ NODE_ENV: 'test' });
      expect(devConfig.mail.smtpUrl).toBeNull();
      await ctx.db.transaction().execute(async (trx: Db) => {
        await enqueueMail(trx, {
          to: 'anna.kalnina@example.lv',
          ...RECEIVED,
          html: '<p>Jūsu ziņojums ir saņemts.</p><script>alert(1)</script>',
          reference: 'RG-2026-0002',
        });
      });
      expect(await worker(ctx.db, devConfig).runOnce()).toBe(1);

      const mails = await mailDb(ctx.db).selectFrom('dev_mailbox').selectAll().execute();
      expect(mails).toHaveLength(1);
      const mail = mails[0];
      if (mail === undefined) throw new Error('no mail kept');
      expect(mail).toMatchObject({
        recipient: 'anna.kalnina@example.lv',
        subject: RECEIVED.subject,
        text: RECEIVED.text,
        reference: 'RG-2026-0002',
      });

      // A job that runs again (its worker died after storing) keeps the message once.
      const handler = jobHandlers({ config: devConfig, db: ctx.db }).get('mail.send');
      const job = await ctx.db
        .selectFrom('jobs')
        .select('payload')
        .where('kind', '=', 'mail.send')
        .executeTakeFirstOrThrow();
      await handler?.(job.payload as Record<string, unknown>);
      expect(await mailDb(ctx.db).selectFrom('dev_mailbox').select('id').execute()).toHaveLength(1);

      // A known instant, to see it shown in Riga time (UTC+3 in July).
      const at = new Date('2026-07-01T09:30:00Z');
      await mailDb(ctx.db)
        .updateTable('dev_mailbox')
        .set({ created_at: at })
        .where('id', '=', mail.id)
        .execute();

      const list = await ctx.app.inject({ method: 'GET', url: '/dev/mail?lang=lv' });
      expect(list.statusCode).toBe(200);
      expect(list.headers['content-type']).toMatch(/text\/html/);
      expect(list.body).toContain('Izstrādes pastkaste');
      expect(list.body).toContain('anna.kalnina@example.lv');
      expect(list.body).toContain(RECEIVED.subject);
      expect(list.body).toContain(formatDateTime(at, 'lv'));
      expect(formatDateTime(at, 'lv')).toContain('12:30');
      expect(list.body).toContain(`/dev/mail/${mail.id}`);
      const english = await ctx.app.inject({ method: 'GET', url: '/dev/mail?lang=en' });
      expect(english.body).toContain('Development mailbox');

      const one = await ctx.app.inject({ method: 'GET', url: `/dev/mail/${mail.id}?lang=en` });
      expect(one.statusCode).toBe(200);
      expect(one.body).toContain('<pre>Labdien!\n\nJūsu ziņojums ir saņemts.');
      expect(one.body).toContain('RG-2026-0002');
      // The HTML part is shown as source, never rendered.
      expect(one.body).toContain('&lt;script>alert(1)&lt;/script>');
      expect(one.body).not.toContain('<script>alert(1)</script>');

      const missing = await ctx.app.inject({
        method: 'GET',
        url: '/dev/mail/00000000-0000-4000-8000-000000000000',
      });
      expect(missing.statusCode).toBe(404);
      const malformed = await ctx.app.inject({ method: 'GET', url: '/dev/mail/1' });
      expect(malformed.statusCode).toBe(400);
    } finally {
      await ctx.close();
    }
  });

  it('does not exist in production', async () => {
    const production = loadConfig({ ...PRODUCTION, SMTP_URL: smtp.url });
    const app = await buildApp({ config: production, db: database.db, engine: database.engine });
    try {
      await app.ready();
      for (const url of ['/dev/mail', '/dev/mail/00000000-0000-4000-8000-000000000000']) {
        expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
      }
    } finally {
      await app.close();
    }
  });
});

describe('mail settings', () => {
  it('takes an smtp:// or smtps:// SMTP_URL and refuses anything else without echoing it', () => {
    expect(
      loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtps://u:p@mail.example.lv:465' }).mail,
    ).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.lv:465',
      from: '"Reģistru vārteja" <noreply@register-gateway.test>',
    });
    for (const bad of [
      'http://mail.example.lv',
      'mail.example.lv:25',
      'smtp://',
      'ftp://u:s3cret@h',
    ]) {
      expect(() => loadConfig({ NODE_ENV: 'test', SMTP_URL: bad }), bad).toThrow(ConfigError);
    }
    expect(() => loadConfig({ NODE_ENV: 'test', SMTP_URL: 'ftp://u:s3cret@h' })).not.toThrow(
      /s3cret/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', SMTP_URL: 'ftp://u:s3cret@h' })).toThrow(
      /SMTP_URL/,
    );
  });

  it('needs SMTP_URL in production wherever the worker runs', () => {
    expect(() => loadConfig(PRODUCTION)).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ ...PRODUCTION, ROLES: 'worker' })).toThrow(/SMTP_URL/);
    // A web-only process only queues mail, so it need not hold the relay's password.
    expect(loadConfig({ ...PRODUCTION, ROLES: 'web' }).mail.smtpUrl).toBeNull();
    expect(loadConfig({ ...PRODUCTION, SMTP_URL: 'smtp://relay.example.lv' }).mail.smtpUrl).toBe(
      'smtp://relay.example.lv',
    );
  });

  it('takes one MAIL_FROM address and refuses a header injection', () => {
    expect(loadConfig({ NODE_ENV: 'test', MAIL_FROM: 'PMLP <pasts@pmlp.gov.lv>' }).mail.from).toBe(
      'PMLP <pasts@pmlp.gov.lv>',
    );
    expect(loadConfig({ NODE_ENV: 'test', MAIL_FROM: 'pasts@pmlp.gov.lv' }).mail.from).toBe(
      'pasts@pmlp.gov.lv',
    );
    for (const bad of ['PMLP', 'a <x@y.lv>\r\nBcc: z@w.lv', 'a@b.lv, c@d.lv']) {
      expect(() => loadConfig({ NODE_ENV: 'test', MAIL_FROM: bad }), bad).toThrow(/MAIL_FROM/);
    }
  });
});
