import { datePhrases, formatDay } from '../../platform/time/dates.ts';
import type { Messages } from '../../platform/i18n/messages.ts';

/** The notices an organisation gets when one of its system connections changes. */
export const connectionMailTexts = {
  connection: {
    lv: (name: string, clientId: string) => `Savienojums “${name}” (${clientId})`,
    en: (name: string, clientId: string) => `Connection “${name}” (${clientId})`,
  },
  subject: {
    registered: { lv: 'Savienojums pieteikts', en: 'Connection registered' },
    activated: { lv: 'Savienojums aktivizēts', en: 'Connection activated' },
    suspended: { lv: 'Savienojums apturēts', en: 'Connection suspended' },
    restored: { lv: 'Savienojums atjaunots', en: 'Connection restored' },
    key_added: { lv: 'Savienojumam pievienota atslēga', en: 'Key added to the connection' },
    key_retired: { lv: 'Savienojuma atslēga atsaukta', en: 'Connection key retired' },
  },
  body: {
    registered: {
      lv: 'Savienojums ir pieteikts. PMLP to pārbaudīs un aktivizēs; par to paziņosim.',
      en: 'The connection is registered. PMLP will check and activate it; we will let you know.',
    },
    activated: {
      lv: 'PMLP ir aktivizējusi savienojumu. Sistēma var saņemt piekļuves tokenus.',
      en: 'PMLP has activated the connection. The system can now obtain access tokens.',
    },
    suspended: {
      lv: (reason: string) => `PMLP ir apturējusi savienojumu. Iemesls: ${reason}`,
      en: (reason: string) => `PMLP has suspended the connection. Reason: ${reason}`,
    },
    restored: {
      lv: 'PMLP ir atjaunojusi savienojumu. Sistēma atkal var saņemt piekļuves tokenus.',
      en: 'PMLP has restored the connection. The system can obtain access tokens again.',
    },
    keyAdded: {
      lv: (kid: string, lastDay: string) =>
        `Pievienota publiskā atslēga ${kid}, derīga ${datePhrases.until(lastDay, 'lv')} (ieskaitot).`,
      en: (kid: string, lastDay: string) =>
        `Public key ${kid} was added, valid through ${formatDay(lastDay, 'en')}.`,
    },
    keyRetired: {
      lv: (kid: string) => `Publiskā atslēga ${kid} ir atsaukta un vairs netiek pieņemta.`,
      en: (kid: string) => `Public key ${kid} was retired and is no longer accepted.`,
    },
  },
} as const satisfies Messages;
