import type { Messages } from '../../platform/i18n/messages.ts';

export const staffHomePageTexts = {
  title: { lv: 'Darba vieta', en: 'Back office' },
  navigation: {
    label: { lv: 'Darba vietas sadaļas', en: 'Back office sections' },
    home: { lv: 'Sākums', en: 'Start page' },
  },
  sections: {
    ic_agent: {
      reports: {
        label: { lv: 'Ziņojumi par BDAS', en: 'BDAS reports' },
        hint: {
          lv: 'Iedzīvotāju ziņojumi par nepilnībām un kļūdām',
          en: 'Residents’ reports of deficiencies and errors',
        },
      },
    },
    pmlp_officer: {
      requests: {
        label: { lv: 'Pieprasījumi', en: 'Access requests' },
        hint: { lv: 'Termiņi, precizējumi, lēmumi', en: 'Deadlines, clarifications, decisions' },
      },
      agreements: {
        label: { lv: 'Līgumi', en: 'Agreements' },
        hint: {
          lv: 'Sagatavošana, saskaņošana, izbeigšana',
          en: 'Drafting, negotiation, termination',
        },
      },
      connections: {
        label: { lv: 'Savienojumi', en: 'Connections' },
        hint: {
          lv: 'Aktivizēšana, apturēšana, atjaunošana',
          en: 'Activation, suspension, restoring',
        },
      },
      organisations: {
        label: { lv: 'Organizācijas', en: 'Organisations' },
        hint: {
          lv: 'Organizācijas, lietotāji, maksas atbrīvojums',
          en: 'Organisations, users, fee exemption',
        },
      },
      userRequests: {
        label: { lv: 'Lietotāju pieprasījumi', en: 'User requests' },
        hint: {
          lv: 'Personu datu pārlūka lietotāju izveide',
          en: 'Creating Person Data Browser users',
        },
      },
      tariffs: {
        label: { lv: 'Tarifi', en: 'Tariffs' },
        hint: { lv: 'Cenas ar spēkā stāšanās datumu', en: 'Prices with the day they apply from' },
      },
      deposits: {
        label: { lv: 'Iemaksas', en: 'Deposits' },
        hint: {
          lv: 'Organizāciju bankas pārskaitījumi valsts nodevas priekšapmaksai',
          en: 'Organisations’ bank transfers to the prepaid state fee',
        },
      },
      invoices: {
        label: { lv: 'Rēķini', en: 'Invoices' },
        hint: {
          lv: 'Ikmēneša rēķini, apmaksa no bankas izraksta, kavētie rēķini un kredītrēķini',
          en: 'Monthly invoices, payment from a bank statement line, overdue invoices, credit notes',
        },
      },
      revenue: {
        label: { lv: 'Ieņēmumi', en: 'Revenue' },
        hint: {
          lv: 'Ieņēmumi pa mēnešiem: abonēšana, monitorings un valsts nodevas pēdējos 12 mēnešos',
          en: 'Revenue by month: subscription, monitoring and state fees over the last 12 months',
        },
      },
      dataUse: {
        label: { lv: 'Datu izmantošana', en: 'Data use' },
        hint: {
          lv: 'Kas izmantoja personas datus; ierakstu slēpšana uz laiku',
          en: 'Who used a person’s data; holding records back for a time',
        },
      },
      calendar: {
        label: { lv: 'Darba dienu kalendārs', en: 'Working-day calendar' },
        hint: {
          lv: 'Pārceltās darba dienas un vienreizējas svētku dienas',
          en: 'Transferred working days and one-off holidays',
        },
      },
    },
  },
} as const satisfies Messages;
