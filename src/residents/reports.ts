import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { AppError } from '../platform/errors.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { provideBdasRecord, type BdasRecord } from '../register/service.ts';
import { residentErrors } from './errors.ts';
import { newReportReference } from './public-ids.ts';
import type { DeficiencyForm, ErrorReportForm } from './report-form.ts';
import { reportMail } from './report-mail.ts';
import type { Run } from './runs.ts';
import * as store from './store.ts';
import type { ReportStatus } from './tables.ts';

/** Ties an encrypted attachment to its report, so it cannot be moved to another. */
const attachmentContext = (reference: string) => `report-attachment:${reference}`;

async function mailReporter(
  trx: Db,
  report: {
    id: number;
    reference: string;
    kind: 'deficiency' | 'error';
    contact_email: string | null;
  },
  status: ReportStatus,
  reply: string | null,
  publicUrl: string,
  updateId: number,
): Promise<void> {
  // A reporter who left only a phone number is called, not mailed.
  if (report.contact_email === null) return;
  const mail = reportMail(report, status, reply, publicUrl);
  await enqueueMail(
    trx,
    {
      to: report.contact_email,
      subject: mail.subject,
      text: mail.text,
      reference: report.reference,
    },
    { dedupeKey: `report-mail-${report.id}-${updateId}` },
  );
}

async function recordUpdate(
  trx: Db,
  reportId: number,
  status: ReportStatus,
  reply: string | null,
  staffId: number | null,
): Promise<number> {
  return store.insertReportUpdate(trx, { report_id: reportId, status, reply, staff_id: staffId });
}

/** "Ziņot par nepilnībām": lands in the Information Centre's queue with a reference number. */
export async function submitDeficiencyReport(
  trx: Db,
  envelope: Envelope,
  run: Run,
  form: DeficiencyForm,
  publicUrl: string,
): Promise<string> {
  const reference = newReportReference('deficiency');
  const sealed =
    form.attachment === null
      ? null
      : envelope.seal(form.attachment.bytes, attachmentContext(reference));
  const report = await store.insertReport(trx, {
    reference,
    kind: 'deficiency',
    person_id: run.person_id,
    run_id: run.id,
    data_item: form.dataItem,
    description: form.description,
    correct_value: form.correctValue,
    contact_email: form.email,
    contact_phone: form.phone,
    attachment_name: form.attachment?.name ?? null,
    attachment_type: form.attachment?.contentType ?? null,
    attachment_size: form.attachment?.bytes.length ?? null,
    attachment_key_id: sealed?.keyId ?? null,
    attachment_wrapped_key: sealed?.wrappedKey ?? null,
    attachment_iv: sealed?.iv ?? null,
    attachment_auth_tag: sealed?.authTag ?? null,
    attachment_ciphertext: sealed?.ciphertext ?? null,
  });
  const updateId = await recordUpdate(trx, report.id, 'received', null, null);
  await mailReporter(trx, report, 'received', null, publicUrl, updateId);
  return reference;
}

/** The error report form under the result: progress goes to the e-mail address given. */
export async function submitErrorReport(
  trx: Db,
  run: Run,
  form: ErrorReportForm,
  publicUrl: string,
): Promise<string> {
  const reference = newReportReference('error');
  const report = await store.insertReport(trx, {
    reference,
    kind: 'error',
    person_id: run.person_id,
    run_id: run.id,
    data_item: null,
    description: form.description,
    correct_value: null,
    contact_email: form.email,
    contact_phone: null,
    attachment_name: null,
    attachment_type: null,
    attachment_size: null,
    attachment_key_id: null,
    attachment_wrapped_key: null,
    attachment_iv: null,
    attachment_auth_tag: null,
    attachment_ciphertext: null,
  });
  const updateId = await recordUpdate(trx, report.id, 'received', null, null);
  await mailReporter(trx, report, 'received', null, publicUrl, updateId);
  return reference;
}

/**
 * A report the resident sent from this run, for the page its form redirects to: whether progress
 * will be mailed. Another run's or person's report is not found.
 */
export async function sentReport(
  db: Db,
  run: Run,
  reference: string,
): Promise<{ reference: string; mailed: boolean }> {
  const report = await store.findReport(db, reference);
  if (report?.run_id !== run.id || report.person_id !== run.person_id) {
    throw new AppError(residentErrors.report_not_found);
  }
  return { reference: report.reference, mailed: report.contact_email !== null };
}

const CLOSED: readonly ReportStatus[] = ['resolved', 'rejected'];

/** Staff move a report on with a reply; the reporter is mailed in the same transaction. */
export async function changeReportStatus(
  trx: Db,
  input: { reference: string; status: ReportStatus; reply: string | null; staffId: number },
  publicUrl: string,
): Promise<void> {
  const report = await store.findReport(trx, input.reference);
  if (report === undefined) throw new AppError(residentErrors.report_not_found);
  if (CLOSED.includes(report.status)) throw new AppError(residentErrors.report_closed);
  if (report.status === input.status && input.reply === null) {
    throw new AppError(residentErrors.report_status_unchanged, { field: 'status' });
  }
  await store.setReportStatus(trx, report.id, input.status);
  const updateId = await recordUpdate(trx, report.id, input.status, input.reply, input.staffId);
  await mailReporter(trx, report, input.status, input.reply, publicUrl, updateId);
}

export interface ReportForStaff {
  report: NonNullable<Awaited<ReturnType<typeof store.findReport>>>;
  updates: Awaited<ReturnType<typeof store.reportUpdates>>;
  bdas: BdasRecord | null;
}

/** A report with the person's BDAS data beside it; the view is audited with the report as reason. */
export async function openReportForStaff(
  trx: Db,
  reference: string,
  staff: { staffId: number },
  requestId: string,
): Promise<ReportForStaff> {
  const report = await store.findReport(trx, reference);
  if (report === undefined) throw new AppError(residentErrors.report_not_found);
  const bdas = await provideBdasRecord(trx, report.person_id, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    channel: 'backoffice',
    reason: `report ${report.reference}`,
    requestId,
  });
  return { report, updates: await store.reportUpdates(trx, report.id), bdas };
}

export async function readAttachment(
  trx: Db,
  envelope: Envelope,
  reference: string,
): Promise<{ name: string; contentType: string; bytes: Buffer } | null> {
  const r = await store.findReport(trx, reference);
  if (
    r?.attachment_ciphertext == null ||
    r.attachment_key_id === null ||
    r.attachment_wrapped_key === null ||
    r.attachment_iv === null ||
    r.attachment_auth_tag === null
  ) {
    return null;
  }
  const bytes = envelope.open(
    {
      keyId: r.attachment_key_id,
      wrappedKey: r.attachment_wrapped_key,
      iv: r.attachment_iv,
      authTag: r.attachment_auth_tag,
      ciphertext: r.attachment_ciphertext,
    },
    attachmentContext(r.reference),
  );
  return {
    name: r.attachment_name ?? 'pielikums',
    contentType: r.attachment_type ?? 'application/octet-stream',
    bytes,
  };
}

export async function reportQueue(
  trx: Db,
  filter: { kind: 'deficiency' | 'error' | null; status: ReportStatus | null },
) {
  return store.reportQueue(trx, { ...filter, limit: 200 });
}
