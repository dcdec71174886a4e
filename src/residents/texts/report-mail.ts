import type { Messages } from '../../platform/i18n/messages.ts';

/** What the reporter's e-mail says, in each language, about one report at one status. */
export interface ReportMailFacts {
  reference: string;
  received: boolean;
  statusName: string;
  reply: string | null;
  publicUrl: string;
}

export const reportMailTexts = {
  statusNames: {
    received: { lv: 'Saņemts', en: 'Received' },
    in_progress: { lv: 'Tiek izskatīts', en: 'In progress' },
    resolved: { lv: 'Atrisināts', en: 'Resolved' },
    rejected: { lv: 'Noraidīts', en: 'Rejected' },
  },
  kindNames: {
    deficiency: { lv: 'Ziņojums par nepilnībām datos', en: 'Report of deficiencies in the data' },
    error: { lv: 'Kļūdas pieteikums', en: 'Error report' },
  },
  /** One language's half of the mail, as lines. */
  body: {
    lv: (mail: ReportMailFacts) =>
      [
        `Labdien!`,
        ``,
        mail.received
          ? `Jūsu ziņojums ir saņemts. Tā numurs: ${mail.reference}.`
          : `Jūsu ziņojuma ${mail.reference} statuss ir mainīts: ${mail.statusName}.`,
        ...(mail.reply === null ? [] : [``, `Atbilde:`, mail.reply]),
        ``,
        `Ziņojuma gaitu varat redzēt sadaļā "Tavi e-pakalpojumi": ${mail.publicUrl}/tavi-e-pakalpojumi`,
        ``,
        `Iekšlietu ministrijas Informācijas centrs`,
      ].join('\n'),
    en: (mail: ReportMailFacts) =>
      [
        `Hello,`,
        ``,
        mail.received
          ? `Your report has been received. Its number: ${mail.reference}.`
          : `The status of your report ${mail.reference} has changed: ${mail.statusName}.`,
        ...(mail.reply === null ? [] : [``, `Reply:`, mail.reply]),
        ``,
        `You can follow the report under "Your e-services": ${mail.publicUrl}/tavi-e-pakalpojumi?lang=en`,
        ``,
        `Information Centre of the Ministry of the Interior`,
      ].join('\n'),
  },
} as const satisfies Messages;
