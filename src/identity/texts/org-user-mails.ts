/**
 * The mails organisation users get, each in Latvian and English in one message: greeting,
 * Latvian lines, a rule, then the same in English.
 */
export interface OrgUserMail {
  subject: string;
  lv: readonly string[];
  en: readonly string[];
}

/** The whole text of a mail to a user: greeting, Latvian lines, a rule, then the same in English. */
export function orgUserMailText(name: string, mail: OrgUserMail): string {
  return [
    `Labdien, ${name}!`,
    '',
    ...mail.lv,
    '',
    '---',
    '',
    `Hello ${name},`,
    '',
    ...mail.en,
  ].join('\n');
}

/** The one-time set-up link of a new account. */
export function invitationMail(organisationName: string, link: string): OrgUserMail {
  return {
    subject: 'Reģistru vārteja: konta iestatīšana / Register Gateway: set up your account',
    lv: [
      `Jums ir izveidots konts organizācijas "${organisationName}" darbam Reģistru vārtejā.`,
      'Lai iestatītu paroli un divu faktoru autentifikāciju, atveriet šo saiti 7 dienu laikā:',
      link,
      '',
      'Jums būs nepieciešama autentifikācijas lietotne tālrunī (piemēram, FreeOTP vai Google Authenticator).',
    ],
    en: [
      `An account has been made for you to work for "${organisationName}" in the Register Gateway.`,
      'To set your password and two-factor authentication, open this link within 7 days:',
      link,
      '',
      'You need an authenticator app on your phone (such as FreeOTP or Google Authenticator).',
    ],
  };
}

/** A new one-time set-up link after the user's access data were reset (a lost phone). */
export function accessResetMail(organisationName: string, link: string): OrgUserMail {
  return {
    subject:
      'Reģistru vārteja: piekļuves datu atjaunošana / Register Gateway: restore your access data',
    lv: [
      `Jūsu piekļuves dati organizācijas "${organisationName}" darbam Reģistru vārtejā ir atiestatīti: iepriekšējā parole un autentifikācijas lietotne vairs neder.`,
      'Lai iestatītu jaunu paroli un autentifikācijas lietotni, atveriet šo saiti 7 dienu laikā:',
      link,
      '',
      'Ja to neesat lūdzis, sazinieties ar organizācijas atbildīgo lietotāju vai PMLP.',
    ],
    en: [
      `Your access data for "${organisationName}" in the Register Gateway were reset: the previous password and authenticator app no longer work.`,
      'To set a new password and authenticator app, open this link within 7 days:',
      link,
      '',
      'If you did not ask for this, contact the organisation’s responsible user or PMLP.',
    ],
  };
}

/** To the organisation's managers, about a user whose access data were reset. */
export function userAccessResetMail(
  organisationName: string,
  user: { name: string; email: string },
): OrgUserMail {
  return {
    subject:
      'Reģistru vārteja: lietotāja piekļuves dati atjaunoti / Register Gateway: a user’s access data reset',
    lv: [
      `Organizācijas "${organisationName}" lietotāja ${user.name} (${user.email}) piekļuves dati ir atiestatīti; lietotājs tos iestatīs no jauna ar vienreizēju saiti.`,
    ],
    en: [
      `The access data of ${user.name} (${user.email}) at "${organisationName}" were reset; the user sets them again from a one-time link.`,
    ],
  };
}

/** To the locked user. */
export function lockedMail(organisationName: string, attempts: number): OrgUserMail {
  return {
    subject: 'Reģistru vārteja: konts bloķēts / Register Gateway: account locked',
    lv: [
      `Jūsu konts organizācijas "${organisationName}" darbam ir bloķēts pēc ${attempts} nesekmīgām pieteikšanās reizēm.`,
      'Ja tas nebijāt Jūs, kāds, iespējams, zina Jūsu paroli: pēc atbloķēšanas nomainiet to.',
      'Kontu atbloķē organizācijas atbildīgais lietotājs vai PMLP.',
    ],
    en: [
      `Your account for "${organisationName}" is locked after ${attempts} failed sign-in attempts.`,
      'If this was not you, someone may know your password: change it once unblocked.',
      'The organisation’s responsible user or PMLP can unblock the account.',
    ],
  };
}

/** To the organisation's managers, about a locked user. */
export function userLockedMail(
  organisationName: string,
  user: { name: string; email: string },
  attempts: number,
): OrgUserMail {
  return {
    subject:
      'Reģistru vārteja: lietotāja konts bloķēts / Register Gateway: a user account is locked',
    lv: [
      `Organizācijas "${organisationName}" lietotāja ${user.name} (${user.email}) konts ir bloķēts pēc ${attempts} nesekmīgām pieteikšanās reizēm.`,
      'Atbildīgais lietotājs to var atbloķēt sadaļā "Lietotāji".',
    ],
    en: [
      `The account of ${user.name} (${user.email}) of "${organisationName}" is locked after ${attempts} failed sign-in attempts.`,
      'The responsible user can unblock it under "Users".',
    ],
  };
}

export const UNBLOCKED_MAIL: OrgUserMail = {
  subject: 'Reģistru vārteja: konts atbloķēts / Register Gateway: account unblocked',
  lv: ['Jūsu konts ir atbloķēts. Varat atkal pieteikties.'],
  en: ['Your account is unblocked. You can sign in again.'],
};

export const DISABLED_MAIL: OrgUserMail = {
  subject: 'Reģistru vārteja: konts slēgts / Register Gateway: account disabled',
  lv: ['Jūsu konts organizācijas darbam Reģistru vārtejā ir slēgts.'],
  en: ['Your account for your organisation’s work in the Register Gateway is disabled.'],
};

export type UserRequestOutcome =
  { kind: 'received' } | { kind: 'approved' } | { kind: 'refused'; reason: string };

/** To the responsible user who asked for a browser user, by where the request stands. */
export function userRequestMail(who: string, outcome: UserRequestOutcome): OrgUserMail {
  switch (outcome.kind) {
    case 'received':
      return {
        subject:
          'Reģistru vārteja: lietotāja pieprasījums saņemts / Register Gateway: user request received',
        lv: [
          `Pieprasījums izveidot personu datu pārlūka lietotāju ${who} ir nodots PMLP izskatīšanai.`,
        ],
        en: [
          `The request to create the Person Data Browser user ${who} has gone to PMLP to decide.`,
        ],
      };
    case 'approved':
      return {
        subject:
          'Reģistru vārteja: lietotāja pieprasījums apstiprināts / Register Gateway: user request approved',
        lv: [
          `PMLP apstiprināja pieprasījumu; lietotājam ${who} ir nosūtīta konta iestatīšanas saite.`,
        ],
        en: [`PMLP approved the request; ${who} has been sent the set-up link.`],
      };
    case 'refused':
      return {
        subject:
          'Reģistru vārteja: lietotāja pieprasījums atteikts / Register Gateway: user request refused',
        lv: [`PMLP atteica izveidot lietotāju ${who}. Iemesls: ${outcome.reason}`],
        en: [`PMLP refused to create the user ${who}. Reason: ${outcome.reason}`],
      };
  }
}
