import type { Messages } from '../../platform/i18n/messages.ts';

export const orgSectionsTexts = {
  /** The header's links on every page of a signed-in organisation user. */
  navigation: {
    label: { lv: 'Organizācijas sadaļas', en: 'Organisation sections' },
    home: { lv: 'Sākums', en: 'Start page' },
  },
  sections: {
    requests: {
      label: { lv: 'Pieprasījumi', en: 'Requests' },
      hint: {
        lv: 'Motivēti pieprasījumi piekļūt datiem ar tiesisko pamatu katram datu apjomam',
        en: 'Motivated requests for access with a legal basis for each data scope',
      },
    },
    agreements: {
      label: { lv: 'Līgumi', en: 'Agreements' },
      hint: {
        lv: 'Līguma teksta saskaņošana, apstiprināšana un grozījumi',
        en: 'Negotiating, approving and amending the agreement text',
      },
    },
    connections: {
      label: { lv: 'Savienojumi', en: 'Connections' },
      hint: {
        lv: 'Sistēmu connections testa un produkcijas vidē, to atslēgas',
        en: 'System connections to the test and production environments, and their keys',
      },
    },
    users: {
      label: { lv: 'Lietotāji', en: 'Users' },
      hint: {
        lv: 'Personu datu pārlūka lietotāji, to bloķēšana un atbloķēšana',
        en: 'Person Data Browser users, blocking and unblocking them',
      },
    },
    balance: {
      label: { lv: 'Priekšapmaksa', en: 'Prepaid balance' },
      hint: {
        lv: 'Valsts nodevas atlikums, iemaksas un maksājumi, paziņojums par zemu atlikumu',
        en: 'The state fee balance, deposits and charges, the low-balance notice',
      },
    },
    apiDocs: {
      label: { lv: 'API dokumentācija', en: 'API documentation' },
      hint: {
        lv: 'Kā jūsu sistēma saņem datus: autentifikācija, vides, testa personas un operācijas',
        en: 'How your system receives the data: authentication, environments, test persons and operations',
      },
    },
    invoices: {
      label: { lv: 'Rēķini', en: 'Invoices' },
      hint: {
        lv: 'Ikmēneša rēķini par abonēšanu un monitoringu (PDF un CSV), apmaksas rekvizīti',
        en: 'Monthly invoices for the subscription and monitoring (PDF and CSV), how to pay',
      },
    },
    monitoring: {
      label: { lv: 'Monitorēšana', en: 'Monitoring' },
      hint: {
        lv: 'Personas, par kuru datu izmaiņām organizācija saņem paziņojumus',
        en: 'The persons whose data changes the organisation is told of',
      },
    },
    personDataBrowser: {
      label: { lv: 'Personu datu pārlūks', en: 'Person Data Browser' },
      hint: {
        lv: 'Personu datu meklēšana Fizisko personu reģistrā pēc personas koda vai vārda un uzvārda',
        en: 'Searching the Population Register by personal code or by name',
      },
    },
  },
} as const satisfies Messages;
