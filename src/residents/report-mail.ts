import type { Text } from '../platform/i18n/locale.ts';
import type { ReportKind, ReportStatus } from './tables.ts';
import { reportMailTexts } from './texts/report-mail.ts';

/** The e-mails a reporter gets: at submission and at every status change, in both languages. */

export const STATUS_NAMES: Record<ReportStatus, Text> = reportMailTexts.statusNames;

export const KIND_NAMES: Record<ReportKind, Text> = reportMailTexts.kindNames;

export function reportMail(
  report: { reference: string; kind: ReportKind },
  status: ReportStatus,
  reply: string | null,
  publicUrl: string,
): { subject: string; text: string } {
  const kind = KIND_NAMES[report.kind];
  const name = STATUS_NAMES[status];
  const subject = `${kind.lv} ${report.reference}: ${name.lv} / ${name.en}`;
  const facts = { reference: report.reference, received: status === 'received', reply, publicUrl };
  const text = [
    reportMailTexts.body.lv({ ...facts, statusName: name.lv }),
    ``,
    `---`,
    ``,
    reportMailTexts.body.en({ ...facts, statusName: name.en }),
  ].join('\n');
  return { subject, text };
}
