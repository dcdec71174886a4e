import type { Messages } from '../../platform/i18n/messages.ts';

/** Staff's organisation pages (the list, a new one, one organisation) and browser-user requests. */
export const organisationTexts = {
  listTitle: { lv: 'Organizācijas', en: 'Organisations' },
  newTitle: { lv: 'Jauna organizācija', en: 'New organisation' },
  registrationNumber: { lv: 'Reģistrācijas numurs', en: 'Registration number' },
  /** The organisation's state, in the list and on its page. */
  confirmed: { lv: 'Apstiprināta', en: 'Confirmed' },
  listPage: {
    awaitingConfirmation: { lv: 'Gaida apstiprinājumu', en: 'Awaiting confirmation' },
    feeExempt: { lv: 'Atbrīvota no nodevas', en: 'Fee exempt' },
  },
  newPage: {
    lead: {
      lv: 'Organizācija būs apstiprināta uzreiz; pārstāvim nosūtīsim uzaicinājumu iestatīt kontu.',
      en: 'The organisation counts at once; the representative is sent an invitation to set up the account.',
    },
    create: { lv: 'Izveidot', en: 'Create' },
  },
  detailPage: {
    monitoringLink: {
      lv: 'Monitorētās personas (produkcijas un testa vide)',
      en: 'Monitored persons (production and test environments)',
    },
    legalStatus: { lv: 'Tiesiskais statuss', en: 'Legal status' },
    legalAddress: { lv: 'Juridiskā adrese', en: 'Legal address' },
    email: { lv: 'E-pasts paziņojumiem', en: 'E-mail for notices' },
    contacts: { lv: 'Kontaktpersonas', en: 'Contact persons' },
    balance: {
      heading: { lv: 'Priekšapmaksa', en: 'Prepaid balance' },
      now: { lv: 'Atlikums šobrīd: ', en: 'Balance now: ' },
      /** Hidden after "Record a deposit", so the link says whose. */
      depositFor: {
        lv: (name: string) => ` organizācijai ${name}`,
        en: (name: string) => ` for ${name}`,
      },
    },
    exemption: {
      heading: { lv: 'Atbrīvojums no valsts nodevas', en: 'State fee exemption' },
      now: { lv: 'Pašlaik atbrīvota: ', en: 'Exempt now: ' },
      field: { lv: 'Atbrīvota no valsts nodevas', en: 'Exempt from the state fee' },
      reason: { lv: 'Maiņas iemesls', en: 'Reason for the change' },
      history: { lv: 'Izmaiņu vēsture', en: 'History of changes' },
      exempt: { lv: 'Atbrīvota', en: 'Exempt' },
      staff: { lv: 'Darbinieks', en: 'Staff' },
    },
    users: { lv: 'Lietotāji', en: 'Users' },
    allOrganisations: { lv: 'Visas organizācijas', en: 'All organisations' },
  },
  userRequestsPage: {
    /** The page's title and the organisation list's link to it. */
    title: { lv: 'Lietotāju pieprasījumi', en: 'User requests' },
    none: { lv: 'Neizskatītu pieprasījumu nav.', en: 'There are no open requests.' },
    approve: {
      lv: (name: string) => `Apstiprināt: ${name}`,
      en: (name: string) => `Approve: ${name}`,
    },
    refusalReason: { lv: 'Atteikuma iemesls', en: 'Reason for refusing' },
    refuse: {
      lv: (name: string) => `Atteikt: ${name}`,
      en: (name: string) => `Refuse: ${name}`,
    },
    backOffice: { lv: 'Uz darba vietu', en: 'Back office' },
    notices: {
      approved: {
        lv: 'Pieprasījums apstiprināts: lietotājam nosūtīts ielūgums, organizācijai — paziņojums.',
        en: 'Request approved: the user has been sent an invitation and the organisation told.',
      },
      refused: {
        lv: 'Pieprasījums atteikts: organizācijai nosūtīts atteikuma iemesls.',
        en: 'Request refused: the organisation has been sent the reason.',
      },
    },
  },
} as const satisfies Messages;
