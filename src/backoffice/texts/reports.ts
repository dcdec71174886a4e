import type { Messages } from '../../platform/i18n/messages.ts';

/** The Information Centre's pages for residents' deficiency and error reports. */
export const reportTexts = {
  queuePage: {
    title: { lv: 'Iedzīvotāju ziņojumi', en: 'Residents’ reports' },
    openOnly: { lv: 'Atvērtie', en: 'Open' },
    none: { lv: 'Ziņojumu nav.', en: 'No reports.' },
    age: { lv: 'Vecums', en: 'Age' },
    /** A report's age as staff read a queue: hours for today's, days after that. */
    hours: { lv: (hours: number) => `${hours} st.`, en: (hours: number) => `${hours} h` },
    days: { lv: (days: number) => `${days} d.`, en: (days: number) => `${days} d` },
  },
  reportPage: {
    report: { lv: 'Ziņojums', en: 'Report' },
    wrongData: { lv: 'Nepareizie dati', en: 'Wrong data' },
    description: { lv: 'Apraksts', en: 'Description' },
    correctData: { lv: 'Pareizie dati', en: 'Correct data' },
    contact: { lv: 'Saziņa', en: 'Contact' },
    attachment: { lv: 'Pielikums', en: 'Attachment' },
    attachmentSize: { lv: (kb: number) => `${kb} KB`, en: (kb: number) => `${kb} KB` },
    history: { lv: 'Vēsture', en: 'History' },
    bdas: {
      heading: { lv: 'Dati BDAS', en: 'Data in BDAS' },
      nothing: { lv: 'BDAS par personu datu nav.', en: 'BDAS holds nothing about the person.' },
    },
  },
  statusForm: {
    heading: { lv: 'Mainīt statusu', en: 'Change the status' },
    status: { lv: 'Jaunais statuss', en: 'New status' },
    reply: { lv: 'Atbilde ziņotājam', en: 'Reply to the reporter' },
    replyHint: {
      lv: 'Tiks nosūtīta ziņotājam pa e-pastu kopā ar statusu.',
      en: 'Sent to the reporter by e-mail with the status.',
    },
    submit: { lv: 'Saglabāt un paziņot', en: 'Save and notify' },
    errors: {
      statusMissing: { lv: 'Izvēlieties statusu', en: 'Choose a status' },
      replyTooLong: {
        lv: 'Atbilde ir pārāk gara (līdz 2000 rakstzīmēm)',
        en: 'The reply is too long (up to 2000 characters)',
      },
    },
  },
} as const satisfies Messages;
