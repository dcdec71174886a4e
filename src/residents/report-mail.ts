import type { Text } from '../platform/i18n/locale.ts';
import type { ReportKind, ReportStatus } from './tables.ts';

/** The e-mails a reporter gets: at submission and at every status change, in both languages. */

export const STATUS_NAMES: Record<ReportStatus, Text> = {
  received: { lv: 'Saņemts', en: 'Received' },
  in_progress: { lv: 'Tiek izskatīts', en: 'In progress' },
  resolved: { lv: 'Atrisināts', en: 'Resolved' },
  rejected: { lv: 'Noraidīts', en: 'Rejected' },
};

export const KIND_NAMES: Record<ReportKind, Text> = {
  deficiency: { lv: 'Ziņojums par nepilnībām datos', en: 'Report of deficiencies in the data' },
  error: { lv: 'Kļūdas pieteikums', en: 'Error report' },
};

export function reportMail(
  report: { reference: string; kind: ReportKind },
  status: ReportStatus,
  reply: string | null,
  publicUrl: string,
): { subject: string; text: string } {
  const kind = KIND_NAMES[report.kind];
  const name = STATUS_NAMES[status];
  const subject = `${kind.lv} ${report.reference}: ${name.lv} / ${name.en}`;
  const lines = [
    `Labdien!`,
    ``,
    status === 'received'
      ? `Jūsu ziņojums ir saņemts. Tā numurs: ${report.reference}.`
      : `Jūsu ziņojuma ${report.reference} statuss ir mainīts: ${name.lv}.`,
    ...(reply === null ? [] : [``, `Atbilde:`, reply]),
    ``,
    `Ziņojuma gaitu varat redzēt sadaļā "Tavi e-pakalpojumi": ${publicUrl}/tavi-e-pakalpojumi`,
    ``,
    `Iekšlietu ministrijas Informācijas centrs`,
    ``,
    `---`,
    ``,
    `Hello,`,
    ``,
    status === 'received'
      ? `Your report has been received. Its number: ${report.reference}.`
      : `The status of your report ${report.reference} has changed: ${name.en}.`,
    ...(reply === null ? [] : [``, `Reply:`, reply]),
    ``,
    `You can follow the report under "Your e-services": ${publicUrl}/tavi-e-pakalpojumi?lang=en`,
    ``,
    `Information Centre of the Ministry of the Interior`,
  ];
  return { subject, text: lines.join('\n') };
}
