import type { Messages } from '../../platform/i18n/messages.ts';

export const termsPageTexts = {
  title: { lv: 'E-pakalpojuma lietošanas nosacījumi', en: 'Terms of use of the e-service' },
  rules: {
    ownDataOnly: {
      lv: 'E-pakalpojums sniedz informāciju tikai par autentificēto personu.',
      en: 'The e-service gives information only about the person who signed in.',
    },
    legalBasis: {
      lv: 'Informācija tiek sniegta, pamatojoties uz Fizisko personu datu aizsardzības likumā noteiktajām datu subjekta tiesībām iegūt informāciju.',
      en: "The information is given under the data subject's right to obtain information laid down in the Personal Data Protection Law.",
    },
    audited: {
      lv: 'Katra informācijas sniegšana tiek reģistrēta auditācijas pierakstos.',
      en: 'Every provision of information is recorded in the audit log.',
    },
    notPassedOn: {
      lv: 'Saņemto informāciju nedrīkst nodot trešajām personām Jūsu vārdā bez tiesiska pamata.',
      en: 'The information received may not be passed to third parties in your name without a legal basis.',
    },
    sessionEnds: {
      lv: 'Ja sesija netiek lietota 15 minūtes, tā beidzas.',
      en: 'A session not used for 15 minutes ends.',
    },
  },
  agreeMissing: {
    lv: 'Lai turpinātu, atzīmējiet, ka piekrītat e-pakalpojuma lietošanas nosacījumiem',
    en: 'To continue, tick that you agree to the terms of use of the e-service',
  },
} as const satisfies Messages;
