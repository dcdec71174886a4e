import type { Messages } from '../../platform/i18n/messages.ts';

/** The report forms' data items and the errors their validation gives back, field by field. */
export const reportFormTexts = {
  dataItems: {
    facial_image: { lv: 'Sejas attēls', en: 'Facial image' },
    fingerprints: { lv: 'Pirkstu nospiedumi', en: 'Fingerprints' },
    given_names: { lv: 'Vārds', en: 'Given name' },
    surname: { lv: 'Uzvārds', en: 'Surname' },
    personal_code: { lv: 'Personas kods', en: 'Personal code' },
    birth_date: { lv: 'Dzimšanas datums', en: 'Birth date' },
    sex: { lv: 'Dzimums', en: 'Sex' },
    other: { lv: 'Cits', en: 'Other' },
  },
  errors: {
    emailFormat: {
      lv: 'Ievadiet e-pasta adresi pareizā formātā, piemēram, vards@piemers.lv',
      en: 'Enter an e-mail address in the right format, like name@example.com',
    },
    dataItem: {
      lv: 'Izvēlieties, kuri dati ir nepareizi',
      en: 'Choose which data is wrong',
    },
    deficiencyDescription: {
      lv: 'Aprakstiet, kas ir nepareizi (līdz 2000 rakstzīmēm)',
      en: 'Describe what is wrong (up to 2000 characters)',
    },
    correctValue: {
      lv: 'Norādiet, kādiem jābūt pareizajiem datiem (līdz 500 rakstzīmēm)',
      en: 'Give the correct data (up to 500 characters)',
    },
    contactMissing: {
      lv: 'Norādiet e-pasta adresi vai tālruņa numuru saziņai',
      en: 'Give an e-mail address or a phone number to contact you',
    },
    phone: {
      lv: 'Ievadiet tālruņa numuru, piemēram, +371 20000000',
      en: 'Enter a phone number, like +371 20000000',
    },
    attachment: {
      lv: 'Pielikumam jābūt JPG, PNG vai PDF failam līdz 2 MB',
      en: 'The attachment must be a JPG, PNG or PDF file of at most 2 MB',
    },
    errorDescription: {
      lv: 'Aprakstiet kļūdu vai nepilnību (līdz 2000 rakstzīmēm)',
      en: 'Describe the error or deficiency (up to 2000 characters)',
    },
  },
} as const satisfies Messages;
