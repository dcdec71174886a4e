import type { Messages } from '../../platform/i18n/messages.ts';

export const orgUsersPageTexts = {
  removeResponsibility: {
    lv: (name: string) => `Noņemt atbildību: ${name}`,
    en: (name: string) => `Remove responsibility: ${name}`,
  },
  makeResponsible: {
    lv: (name: string) => `Iecelt par atbildīgo: ${name}`,
    en: (name: string) => `Make responsible: ${name}`,
  },
  userRequests: { lv: 'Lietotāju pieprasījumi', en: 'User requests' },
  made: { lv: 'Iesniegts', en: 'Made' },
  addUserIntro: {
    lv: 'Pievienot personu datu pārlūka lietotāju',
    en: 'Add a Person Data Browser user',
  },
  add: { lv: 'Pievienot', en: 'Add' },
  backToStart: { lv: 'Uz sākumu', en: 'Back to the start' },
  title: { lv: 'Lietotāji', en: 'Users' },
  notices: {
    invited: {
      lv: 'Lietotājs pievienots: uz viņa e-pastu nosūtīta konta iestatīšanas saite.',
      en: 'User added: a set-up link has been sent to their e-mail.',
    },
    accessReset: {
      lv: 'Piekļuves dati atiestatīti: lietotājam uz e-pastu nosūtīta saite jaunas paroles un autentifikācijas lietotnes iestatīšanai.',
      en: 'Access data reset: a link to set a new password and authenticator app has been sent to the user’s e-mail.',
    },
    requested: {
      lv: 'Pieprasījums nosūtīts PMLP izskatīšanai. Par lēmumu paziņosim e-pastā.',
      en: 'The request has gone to PMLP to decide. We will tell you the decision by e-mail.',
    },
  },
  requestStatus: {
    pending: { lv: 'Izskatīšanā', en: 'Being decided' },
    approved: { lv: 'Apstiprināts', en: 'Approved' },
    refused: { lv: 'Atteikts', en: 'Refused' },
  },
} as const satisfies Messages;
