import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailInvoice, renderInvoicePdf } from '../src/billing/service.ts';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/database.ts';
import { jobHandlers } from '../src/job-handlers.ts';
import { createWorker } from '../src/platform/jobs/worker.ts';
import { mailDb } from '../src/platform/mail/tables.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { sampleInvoiceDocument } from './support/invoice-documents.ts';
import { pdfText } from './support/pdf-text.ts';
import { multipartParts, startSmtp, type TestSmtp } from './support/smtp.ts';

const log = { warn: () => undefined, error: () => undefined };
const NOTICE_ADDRESS = 'rekini@kenini-arsts.lv';

let ctx: TestContext;
let smtp: TestSmtp;

beforeAll(async () => {
  ctx = await createTestApp();
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
  await ctx.close();
});

function worker(smtpUrl?: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    ...(smtpUrl === undefined ? {} : { SMTP_URL: smtpUrl }),
  });
  return createWorker(ctx.db, jobHandlers({ config, db: ctx.db }), { log });
}

async function mailJobs(reference: string) {
  return ctx.db
    .selectFrom('jobs')
    .select(['status', 'payload', 'last_error'])
    .where('kind', '=', 'mail.send')
    .where('dedupe_key', '=', `invoice-mail:${reference}`)
    .execute();
}

describe("an issued invoice's mail", () => {
  it('reaches the notice address over SMTP with the PDF attached, byte for byte', async () => {
    const document = sampleInvoiceDocument({ languages: ['lv', 'en'] });
    const pdf = await renderInvoicePdf(document);
    await ctx.db.transaction().execute(async (trx: Db) => {
      await mailInvoice(trx, document, pdf, NOTICE_ADDRESS);
      // Issuing retried in the same breath: one number, one mail.
      await mailInvoice(trx, document, pdf, NOTICE_ADDRESS);
    });
    expect(await mailJobs(document.number)).toHaveLength(1);

    const before = smtp.received.length;
    expect(await worker(smtp.url).runOnce()).toBe(1);
    expect(smtp.received.length - before).toBe(1);
    const received = smtp.received.at(-1);
    expect(received?.rcptTo).toEqual([NOTICE_ADDRESS]);

    const message = multipartParts(received?.raw ?? '');
    expect(message.header('Subject')).toBe(
      'Rēķins RG-2026-000042 par 2026-07 / Invoice RG-2026-000042 for 2026-07',
    );
    const [text, attachment, ...rest] = message.parts;
    expect(rest).toEqual([]);
    expect(text?.header('Content-Type')).toMatch(/text\/plain/);
    expect(text?.body).toContain('Ķēniņu Ģimenes Ārsts, SIA: pielikumā rēķins RG-2026-000042');
    expect(text?.body).toContain('Kopā apmaksai 243,66 EUR, apmaksāt līdz 31.08.2026.');
    expect(text?.body).toContain('Total due EUR 243.66, by 2026-08-31');

    expect(attachment?.header('Content-Type')).toMatch(/^application\/pdf/);
    expect(attachment?.header('Content-Disposition')).toMatch(
      /attachment; filename="?RG-2026-000042\.pdf"?/,
    );
    expect(attachment?.content.equals(pdf)).toBe(true);
    const { all } = await pdfText(attachment?.content ?? Buffer.alloc(0));
    expect(all).toContain('Ķēniņu Ģimenes Ārsts, SIA');
    expect(all).toMatch(/Kopā apmaksai \/ Total due 243,66 EUR/u);

    const [job] = await mailJobs(document.number);
    expect(job).toMatchObject({ status: 'done', last_error: null });
  });

  it('is kept with its attachment in the development mailbox, listed and downloadable', async () => {
    const document = sampleInvoiceDocument({
      number: 'RG-2026-000050',
      kind: 'credit_note',
      correctsNumber: 'RG-2026-000042',
    });
    const pdf = await renderInvoicePdf(document);
    await mailInvoice(ctx.db, document, pdf, NOTICE_ADDRESS);
    expect(await worker().runOnce()).toBe(1);

    const kept = await mailDb(ctx.db)
      .selectFrom('dev_mailbox')
      .select(['id', 'subject'])
      .where('reference', '=', 'RG-2026-000050')
      .executeTakeFirstOrThrow();
    expect(kept.subject).toBe('Kredītrēķins RG-2026-000050 rēķinam RG-2026-000042');
    const download = `/dev/mail/${kept.id}/pielikumi/1`;

    const list = await ctx.app.inject({ method: 'GET', url: '/dev/mail?lang=lv' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Pielikumi');
    expect(list.body).toContain(`href="${download}"`);
    expect(list.body).toContain('RG-2026-000050.pdf');

    const page = await ctx.app.inject({ method: 'GET', url: `/dev/mail/${kept.id}?lang=en` });
    expect(page.body).toContain('Attachments');
    expect(page.body).toContain(`href="${download}"`);
    expect(page.body).toMatch(/application\/pdf, \d+ KB/);

    const file = await ctx.app.inject({ method: 'GET', url: download });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="RG-2026-000050.pdf"; filename*=UTF-8''RG-2026-000050.pdf`,
    );
    expect(file.rawPayload.equals(pdf)).toBe(true);

    for (const [url, status] of [
      [`/dev/mail/${kept.id}/pielikumi/2`, 404],
      [`/dev/mail/${kept.id}/pielikumi/0`, 400],
      [`/dev/mail/${kept.id}/pielikumi/x`, 400],
    ] as const) {
      expect((await ctx.app.inject({ method: 'GET', url })).statusCode, url).toBe(status);
    }
  });

  it("keeps the PDF's bytes out of the job's error when the relay refuses", async () => {
    const document = sampleInvoiceDocument({ number: 'RG-2026-000051' });
    await mailInvoice(ctx.db, document, await renderInvoicePdf(document), NOTICE_ADDRESS);
    smtp.refuse = true;
    try {
      expect(await worker(smtp.url).runOnce()).toBe(1);
    } finally {
      smtp.refuse = false;
    }
    const [job] = await mailJobs('RG-2026-000051');
    expect(job?.status).toBe('pending');
    expect(job?.last_error).toMatch(/^SMTP: EENVELOPE 450/);
    expect(job?.last_error?.length ?? 0).toBeLessThan(300);
    expect(job?.last_error).not.toContain('rekini@');
    // The payload carries the PDF as base64 ("%PDF-" is "JVBERi0"); the error never does.
    expect(JSON.stringify(job?.payload)).toContain('JVBERi0');
    expect(job?.last_error).not.toContain('JVBERi0');
  });
});
