import type { Messages } from '../platform/i18n/messages.ts';

/**
 * What each well-known person is: `note` for the resident signing in at the development provider
 * (what BDAS shows), `tryWith` for an integrator in the test environment (what the data API
 * answers of them that is worth trying).
 */
export const wellKnownPersonTexts = {
  janis: {
    note: {
      lv: 'BDAS dati: sejas attēli un pirkstu nospiedumi',
      en: 'BDAS data: facial images and fingerprints',
    },
    tryWith: {
      lv: 'dokumenti: derīga pase un eID karte; laulība; bērns',
      en: 'documents: a valid passport and an eID card; a marriage; a child',
    },
  },
  anna: {
    note: {
      lv: 'precējusies, agrāks uzvārds, BDAS dati',
      en: 'married, earlier surname, BDAS data',
    },
    tryWith: {
      lv: 'vārdu vēsture: uzvārds mainīts laulībā (agrāk Liepiņa); ģimenes stāvoklis; bērns',
      en: 'names history: surname changed on marriage (earlier Liepiņa); civil status; a child',
    },
  },
  peteris: {
    note: { lv: 'jaunā formāta kods, BDAS datu nav', en: 'new-format code, no BDAS data' },
    tryWith: {
      lv: 'jaunā formāta personas kods (32…), kurā nav dzimšanas datuma',
      en: 'a new-format personal code (32…) that holds no birth date',
    },
  },
  marta: {
    note: { lv: 'mirusi', en: 'deceased' },
    tryWith: {
      lv: 'mirusi persona: miršanas dati un statuss',
      en: 'a deceased person: the death scope and the status',
    },
  },
  liga: {
    note: { lv: 'nepilngadīga, Jāņa un Annas meita', en: 'under 18, Jānis’s and Anna’s daughter' },
    tryWith: {
      lv: 'nepilngadīga persona (dzimusi 2014. gadā) ar abiem vecākiem radinieku datos',
      en: 'a person under 18 (born in 2014) with both parents among the relatives',
    },
  },
  karlis: {
    note: { lv: 'mainījis adresi', en: 'changed address' },
    tryWith: {
      lv: 'adreses maiņa: 2025. gadā pārcēlies no Rīgas uz Liepāju, iepriekšējā adrese vēsturē',
      en: 'a changed address: moved from Rīga to Liepāja in 2025, the former address in the history',
    },
  },
} as const satisfies Messages;
