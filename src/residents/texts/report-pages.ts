import type { Messages } from '../../platform/i18n/messages.ts';

/** The deficiency and error report forms and the page that confirms a report was sent. */
export const reportPagesTexts = {
  mandatory: {
    lv: 'Ar zvaigznīti (*) atzīmētie lauki ir obligāti.',
    en: 'Fields marked with an asterisk (*) are mandatory.',
  },
  email: { lv: 'E-pasta adrese', en: 'E-mail address' },
  send: { lv: 'Nosūtīt', en: 'Send' },
  deficiency: {
    recipient: {
      lv: 'Ziņojums tiks nosūtīts Iekšlietu ministrijas Informācijas centram.',
      en: 'The report goes to the Information Centre of the Ministry of the Interior.',
    },
    dataItem: { lv: 'Kuri dati ir nepareizi', en: 'Which data is wrong' },
    choose: { lv: 'Izvēlieties', en: 'Choose' },
    description: { lv: 'Kas ir nepareizi', en: 'What is wrong' },
    correctValue: { lv: 'Kādiem jābūt pareizajiem datiem', en: 'What the correct data is' },
    emailHint: {
      lv: 'Norādiet e-pastu vai tālruni (*). Uz e-pastu sūtīsim ziņas par ziņojuma gaitu.',
      en: 'Give an e-mail or a phone (*). We send news of the report to the e-mail.',
    },
    phone: { lv: 'Tālruņa numurs', en: 'Phone number' },
    attachment: { lv: 'Pielikums (nav obligāts)', en: 'Attachment (optional)' },
    attachmentHint: { lv: 'JPG, PNG vai PDF, līdz 2 MB', en: 'JPG, PNG or PDF, up to 2 MB' },
  },
  errorReport: {
    title: { lv: 'Kļūdas vai nepilnības pieteikums', en: 'Report an error or deficiency' },
    intro: {
      lv: 'Aprakstiet problēmu, kļūdu vai nepilnību e-pakalpojumā. Ziņas par pieteikuma gaitu sūtīsim uz norādīto e-pasta adresi.',
      en: 'Describe the problem, error or deficiency in the e-service. We send news of the report to the e-mail address you give.',
    },
    description: { lv: 'Apraksts', en: 'Description' },
  },
  sent: {
    title: { lv: 'Ziņojums veiksmīgi nosūtīts', en: 'Your report was sent' },
    reference: { lv: 'Ziņojuma numurs', en: 'Report number' },
    byEmail: {
      lv: 'Apstiprinājumu un ziņas par ziņojuma gaitu nosūtīsim uz Jūsu e-pastu.',
      en: 'We send a confirmation and news of the report to your e-mail.',
    },
    byPhone: {
      lv: 'Ja būs nepieciešams, sazināsimies ar Jums pa tālruni.',
      en: 'If needed, we will contact you by phone.',
    },
    statusUnder: { lv: 'Ziņojuma statusu redzēsiet sadaļā ', en: 'You can see its status under ' },
    backToResult: { lv: 'Atpakaļ uz rezultātu', en: 'Back to the result' },
  },
} as const satisfies Messages;
