import type { Messages } from '../../platform/i18n/messages.ts';

/** Data scopes as people read them: in requests, agreements and the Person Data Browser. */
export const scopeTexts = {
  /** The register's data scopes (DESIGN.md, "Data scopes"). */
  names: {
    identity: { lv: 'Personas identitāte', en: 'Identity' },
    names_history: { lv: 'Vārdu un uzvārdu vēsture', en: 'History of names' },
    birth: { lv: 'Dzimšanas dati', en: 'Birth' },
    nationality: { lv: 'Pilsonība un valstiskā piederība', en: 'Citizenship and nationality' },
    addresses: { lv: 'Adreses', en: 'Addresses' },
    documents: { lv: 'Personu apliecinoši dokumenti', en: 'Identity documents' },
    civil_status: { lv: 'Ģimenes stāvoklis', en: 'Civil status' },
    relatives: { lv: 'Vecāki un bērni', en: 'Parents and children' },
    death: { lv: 'Miršanas dati', en: 'Death' },
  },

  /** What each scope holds, as a hint beside its checkbox. */
  fields: {
    identity: {
      lv: 'personas kods, vārdi, uzvārds, dzimšanas datums, dzimums, statuss',
      en: 'personal code, given names, surname, birth date, sex, status',
    },
    names_history: {
      lv: 'iepriekšējie vārdi un uzvārdi ar datumiem, oriģinālformas transliterācija',
      en: 'earlier names and surnames with dates, transliteration of the original form',
    },
    birth: {
      lv: 'dzimšanas vieta un valsts, dzimšanas reģistrācijas ieraksts',
      en: 'place and country of birth, birth registration entry',
    },
    nationality: {
      lv: 'pilsonība vai valstiskā piederība un tās veids',
      en: 'citizenship or nationality status and its type',
    },
    addresses: {
      lv: 'deklarētā adrese, papildu adreses, datumi',
      en: 'declared address, additional addresses, dates',
    },
    documents: {
      lv: 'dokumenta veids, numurs, izdevējs, izdošanas un derīguma datumi, statuss',
      en: 'document type, number, issuer, issue and expiry dates, status',
    },
    civil_status: {
      lv: 'laulība vai šķiršana, laulātā personas kods',
      en: 'marriage or divorce, spouse’s personal code',
    },
    relatives: {
      lv: 'vecāku un bērnu personas kodi',
      en: 'parents’ and children’s personal codes',
    },
    death: { lv: 'miršanas datums un vieta', en: 'date and place of death' },
  },
} as const satisfies Messages;
