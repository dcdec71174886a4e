import type { Messages } from '../../platform/i18n/messages.ts';

/** The BDAS service's description page, the sign-in help and the related services. */
export const infoPagesTexts = {
  servicePage: {
    lead: {
      lv: 'Šis e-pakalpojums parāda, kādu informāciju par Jums glabā Biometrijas datu apstrādes sistēma (BDAS): Jūsu digitālo sejas attēlu, informāciju par pirkstu nospiedumiem un Jūsu pamatdatus.',
      en: 'This e-service shows what the Biometric Data Processing System (BDAS) holds about you: your digital facial image, information about your fingerprints, and your basic data.',
    },
    howTo: {
      lv: 'Pakalpojums ir bez maksas. Lai to saņemtu, jāautentificējas ar eID karti, e-paraksta viedkarti vai internetbankas autentifikācijas līdzekļiem. Ja dati ir nepareizi, varat par to ziņot Iekšlietu ministrijas Informācijas centram.',
      en: 'The service is free. To use it, sign in with an eID card, an e-signature smart card or your internet bank. If the data is wrong, you can report it to the Information Centre of the Ministry of the Interior.',
    },
  },
  signInHelp: {
    intro: {
      lv: 'E-pakalpojumu var saņemt, autentificējoties ar kādu no šiem līdzekļiem:',
      en: 'You can use the e-service after signing in with one of these:',
    },
    eidNeeds: {
      lv: 'Personas apliecība ar elektronisko identifikāciju un karšu lasītājs ar programmatūru eParakstītājs.',
      en: 'An identity card with electronic identification and a card reader with the eParakstītājs software.',
    },
    smartCardName: { lv: 'e-paraksta viedkarte', en: 'E-signature smart card' },
    smartCardNeeds: {
      lv: 'Droša elektroniskā paraksta viedkarte un karšu lasītājs.',
      en: 'A secure electronic signature smart card and a card reader.',
    },
    bankName: { lv: 'Internetbanka', en: 'Internet bank' },
    bankNeeds: {
      lv: 'Swedbank, SEB, Citadele vai Luminor internetbankas autentifikācijas līdzekļi.',
      en: 'The sign-in of your Swedbank, SEB, Citadele or Luminor internet bank.',
    },
    sessionTimeout: {
      lv: 'Pēc 15 minūšu neaktivitātes sesija beidzas, un jāpiesakās vēlreiz. Pirms tam lapa Jūs brīdina.',
      en: 'After 15 minutes without activity the session ends and you sign in again. The page warns you before.',
    },
  },
  relatedServices: {
    dataUse: {
      lv: 'Personu datu apstrāde Fizisko personu reģistrā: kas izmantoja manus datus',
      en: 'Processing of personal data in the Population Register: who used my data',
    },
    identityCard: {
      lv: 'Personas apliecības (eID kartes) pieprasīšana',
      en: 'Applying for an identity card (eID)',
    },
    passport: { lv: 'Pases pieprasīšana', en: 'Applying for a passport' },
    /** The register authority's own pages on both documents, outside this system. */
    identityCardUrl: {
      lv: 'https://www.pmlp.gov.lv/lv/personas-apliecibas-eid-kartes',
      en: 'https://www.pmlp.gov.lv/en/identity-card-eid',
    },
    passportUrl: {
      lv: 'https://www.pmlp.gov.lv/lv/pases',
      en: 'https://www.pmlp.gov.lv/en/passports',
    },
    external: { lv: '(ārēja vietne)', en: '(external site)' },
  },
} as const satisfies Messages;
