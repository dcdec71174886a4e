import type { Messages } from '../../platform/i18n/messages.ts';
import { sharedTexts } from './shared.ts';

/** The organisation's registration pages and the public description of the service. */
export const organisationPageTexts = {
  /** Labels of the organisation form's fields, shared by the form and the check-answers page. */
  fieldLabel: {
    registrationNumber: { lv: 'Reģistrācijas numurs', en: 'Registration number' },
    name: { lv: 'Nosaukums', en: 'Name' },
    legalForm: { lv: 'Tiesiskais statuss', en: 'Legal status' },
    address: { lv: 'Juridiskā adrese', en: 'Legal address' },
    email: { lv: 'E-pasts paziņojumiem', en: 'E-mail for notices' },
    contactName: { lv: 'Kontaktpersonas vārds, uzvārds', en: 'Contact person’s name' },
    contactEmail: { lv: 'Kontaktpersonas e-pasts', en: 'Contact person’s e-mail' },
    contactPhone: { lv: 'Kontaktpersonas tālrunis', en: 'Contact person’s phone' },
    representativeName: { lv: 'Pārstāvja vārds, uzvārds', en: 'Representative’s name' },
    representativeEmail: { lv: 'Pārstāvja e-pasts', en: 'Representative’s e-mail' },
  },
  legalForm: {
    public: {
      lv: 'Publisko tiesību juridiskā persona (valsts vai pašvaldības iestāde)',
      en: 'Public-law legal person (state or municipal body)',
    },
    private: { lv: 'Privāto tiesību juridiskā persona', en: 'Private-law legal person' },
  },
  form: {
    organisation: sharedTexts.organisation,
    registrationNumberHint: {
      lv: '11 cipari, piemēram, 40003032949',
      en: '11 digits, like 40003032949',
    },
    choose: { lv: 'Izvēlieties', en: 'Choose' },
    contactPerson: { lv: 'Kontaktpersona', en: 'Contact person' },
    optional: { lv: '(nav obligāts)', en: '(optional)' },
    representative: { lv: 'Pārstāvis', en: 'Representative' },
    representativeHint: {
      lv: 'Pārstāvis saņems e-pastu ar saiti konta iestatīšanai.',
      en: 'The representative gets an e-mail with a link to set up the account.',
    },
  },
  /** What the form says beside a field it cannot accept. */
  registration: {
    title: { lv: 'Organizācijas reģistrācija', en: 'Register an organisation' },
    lead: {
      lv: 'Reģistrējiet organizāciju, lai pieprasītu piekļuvi Fizisko personu reģistra datiem.',
      en: 'Register your organisation to ask for access to Population Register data.',
    },
    mandatory: {
      lv: 'Ar zvaigznīti (*) atzīmētie lauki ir obligāti.',
      en: 'Fields marked with an asterisk (*) are mandatory.',
    },
    continue: { lv: 'Turpināt', en: 'Continue' },
  },
  registrationCheck: {
    title: { lv: 'Pārbaudiet atbildes', en: 'Check your answers' },
    change: { lv: 'Mainīt atbildes', en: 'Change answers' },
    sendHeading: { lv: 'Nosūtiet reģistrāciju', en: 'Send the registration' },
    declaration: {
      lv: 'Nosūtot apliecināt, ka esat tiesīgs pārstāvēt organizāciju un ka dati ir pareizi.',
      en: 'By sending you confirm that you may represent the organisation and that the data is right.',
    },
    send: { lv: 'Apstiprināt un nosūtīt', en: 'Confirm and send' },
  },
  registrationDone: {
    title: { lv: 'Reģistrācija saņemta', en: 'Registration received' },
    checkEmail: { lv: 'Pārbaudiet e-pastu', en: 'Check your e-mail' },
    whatNext: {
      lv: 'Pārstāvim nosūtījām e-pastu ar saiti konta iestatīšanai. Saite derīga 7 dienas. Organizācijas reģistrācija stāsies spēkā, kad pārstāvis būs iestatījis kontu.',
      en: 'We sent the representative an e-mail with a link to set up the account. The link works for 7 days. The registration takes effect once the representative has set up the account.',
    },
    signIn: { lv: 'Organizāciju lietotāju pieteikšanās', en: 'Organisation users’ sign-in' },
  },
  service: {
    title: {
      lv: 'Tiešsaistes datu pārraide no Fizisko personu reģistra',
      en: 'Online data transfer from the Population Register',
    },
    lead: {
      lv: 'Publisko un privāto tiesību juridiskās personas tiešsaistē saņem Fizisko personu reģistra datus, kas tām nepieciešami savu funkciju veikšanai, likumā noteiktajā apjomā, mērķim un tiesiskajam pamatam.',
      en: 'Public- and private-law legal persons receive, online, the Population Register data they need for their functions, in the scope, for the purpose and on the legal basis that the law sets.',
    },
    steps: {
      request: {
        title: { lv: 'Pieprasījums', en: 'Request' },
        text: {
          lv: 'Organizācija iesniedz motivētu pieprasījumu: katram datu apjomam tiesisko pamatu (likumu un pantu) un izmantošanas mērķi. Atbildi PMLP sniedz 30 darba dienu laikā.',
          en: 'The organisation sends a motivated request: for each data scope, the legal basis (the law and its article) and the purpose of use. PMLP answers within 30 working days.',
        },
      },
      agreement: {
        title: { lv: 'Līgums', en: 'Agreement' },
        text: {
          lv: 'Līguma tekstu abu pušu kontaktpersonas saskaņo elektroniski; līgums ir noslēgts, kad abas puses apstiprina vienu versiju.',
          en: 'Both sides’ contact persons agree the text electronically; the agreement is concluded when both approve the same version.',
        },
      },
      connection: {
        title: { lv: 'Pieslēgums', en: 'Connection' },
        text: {
          lv: 'Pēc līguma noslēgšanas organizācija reģistrē sistēmas savienojumu testa vai produkcijas vidē, un tās lietotāji saņem piekļuvi Personu datu pārlūkam.',
          en: 'Once the agreement is concluded, the organisation registers its system’s connection to the test or production environment, and its users get the Person Data Browser.',
        },
      },
      data: {
        title: { lv: 'Dati', en: 'Data' },
        text: {
          lv: 'Dati tiek sniegti ar sistēmu saskarni vai manuāli Personu datu pārlūkā, tikai līgumā noteiktajā apjomā un mērķim; katrs izsniegšanas gadījums tiek reģistrēts, un persona to redz sadaļā "Kas izmantoja manus datus".',
          en: 'Data are provided through the inter-system interface or manually in the Person Data Browser, only in the scope and for the purpose the agreement sets; every provision is recorded, and the person sees it under "Who used my data".',
        },
      },
    },
    fees: { lv: 'Maksa', en: 'Fees' },
    stateFee: {
      lv: 'Valsts nodeva par vienu personu jāsamaksā pirms informācijas saņemšanas (priekšapmaksa). Valsts un pašvaldību iestāžu sadarbība ir bez maksas, ja ārējais normatīvais akts nenosaka citādi.',
      en: 'The state fee for one person is paid before the information is received (prepaid). Cooperation between state and municipal institutions is free of charge unless an external regulation says otherwise.',
    },
    register: { lv: 'Reģistrēt organizāciju', en: 'Register an organisation' },
    signIn: { lv: 'Pieteikties', en: 'Sign in' },
    api: { lv: 'API apraksts', en: 'API reference' },
  },
} as const satisfies Messages;
