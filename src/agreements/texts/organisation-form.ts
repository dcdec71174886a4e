import type { Messages } from '../../platform/i18n/messages.ts';

/** What the organisation form says of a field it cannot take, beside the field. */
export const organisationFormErrorTexts = {
  emailFormat: {
    lv: 'Ievadiet e-pasta adresi pareizā formātā, piemēram, vards@piemers.lv',
    en: 'Enter an e-mail address in the right format, like name@example.com',
  },
  name: { lv: 'Norādiet organizācijas nosaukumu', en: 'Give the organisation’s name' },
  legalForm: {
    lv: 'Izvēlieties, vai tā ir publisko vai privāto tiesību persona',
    en: 'Choose whether it is a public-law or a private-law person',
  },
  address: { lv: 'Norādiet juridisko adresi', en: 'Give the legal address' },
  contactName: {
    lv: 'Norādiet kontaktpersonas vārdu un uzvārdu',
    en: 'Give the contact person’s name',
  },
  contactPhone: {
    lv: 'Ievadiet tālruņa numuru, piemēram, +371 20000000',
    en: 'Enter a phone number, like +371 20000000',
  },
  representativeName: {
    lv: 'Norādiet pārstāvja vārdu un uzvārdu',
    en: 'Give the representative’s name',
  },
} as const satisfies Messages;
