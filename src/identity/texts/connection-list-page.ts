import type { Messages } from '../../platform/i18n/messages.ts';

export const connectionListPageTexts = {
  title: { lv: 'Sistēmu savienojumi', en: 'System connections' },
  intro: {
    lv: 'Jūsu informācijas sistēmas piekļūst datiem ar OAuth 2 klienta akreditāciju (private_key_jwt) katrā līgumā atļautajā vidē.',
    en: 'Your information systems reach the data with OAuth 2 client credentials (private_key_jwt) in each environment the agreement allows.',
  },
  apiDocs: {
    lv: 'API dokumentācija: autentifikācija, vides, testa personas un operācijas',
    en: 'API documentation: authentication, environments, test persons and operations',
  },
  registerNew: { lv: 'Pieteikt jaunu savienojumu', en: 'Register a new connection' },
  none: { lv: 'Savienojumu vēl nav.', en: 'There are no connections yet.' },
  name: { lv: 'Nosaukums', en: 'Name' },
  /** The protocol's own name for a client's id, the same in both languages. */
  clientId: { lv: 'client_id', en: 'client_id' },
} as const satisfies Messages;
