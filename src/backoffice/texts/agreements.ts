import type { Messages } from '../../platform/i18n/messages.ts';

/** Staff's agreement pages: the list, drafting from a decided request, and terminating. */
export const agreementTexts = {
  listPage: {
    title: { lv: 'Līgumi', en: 'Agreements' },
    awaiting: {
      heading: {
        lv: 'Izlemti pieprasījumi bez līguma',
        en: 'Decided requests without an agreement',
      },
      none: { lv: 'Tādu nav.', en: 'None.' },
      decided: { lv: 'Izlemts', en: 'Decided' },
      action: { lv: 'Darbība', en: 'Action' },
      draft: { lv: 'Sagatavot līgumu', en: 'Draft the agreement' },
    },
    all: {
      heading: { lv: 'Visi līgumi', en: 'All agreements' },
      none: { lv: 'Līgumu nav.', en: 'No agreements.' },
    },
  },
  /** Heading and date field of the list, the draft form and the agreement. */
  validFrom: { lv: 'Spēkā no', en: 'Valid from' },
  todayOrLater: { lv: 'Šodiena vai vēlāks datums', en: 'Today or a later date' },
  draftPage: {
    title: { lv: 'Sagatavot līgumu', en: 'Draft an agreement' },
    facts: {
      feeExempt: { lv: ', atbrīvota no maksas', en: ', exempt from fees' },
      environments: { lv: 'Vides', en: 'Environments' },
      usersAndConnections: { lv: 'Lietotāji un savienojumi', en: 'Users and connections' },
      monitoring: { lv: 'Monitorings', en: 'Monitoring' },
      noMonitoring: { lv: 'nav', en: 'none' },
    },
    approvedHeading: {
      lv: 'Apstiprinātie datu apjomi (tiks piešķirti)',
      en: 'Approved scopes (to be granted)',
    },
    refusedHeading: {
      lv: 'Atteiktie datu apjomi (netiks piešķirti)',
      en: 'Refused scopes (not granted)',
    },
    validUntil: { lv: 'Spēkā līdz (nav obligāti)', en: 'Valid until (optional)' },
    validUntilHint: {
      lv: 'Atstājiet tukšu, ja uz nenoteiktu laiku',
      en: 'Leave empty for an indefinite period',
    },
    permissions: {
      legend: { lv: 'Papildu atļaujas', en: 'Further permissions' },
      responsibleCreatesUsers: {
        lv: 'Atbildīgais lietotājs drīkst pats pievienot Personu datu pārlūka lietotājus',
        en: 'The responsible user may add Person Data Browser users without PMLP approval',
      },
      criteriaSearch: {
        lv: 'Atļauta meklēšana pēc vārda, uzvārda un dzimšanas datuma',
        en: 'Searching by given name, surname and birth date is allowed',
      },
    },
    submit: { lv: 'Sagatavot līguma projektu', en: 'Draft the agreement' },
  },
  terminateForm: {
    /** The form's heading and its button. */
    terminate: { lv: 'Izbeigt līgumu', en: 'Terminate the agreement' },
    from: { lv: 'Piekļuve beidzas no', en: 'Access ends from' },
    reasonHint: {
      lv: 'Organizācija to redzēs un saņems e-pastā.',
      en: 'The organisation sees it and gets it by e-mail.',
    },
  },
} as const satisfies Messages;
