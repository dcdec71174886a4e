import type { Messages } from '../../platform/i18n/messages.ts';

/** The test connection page's section of the test data set's well-known persons. */
export const testPersonsSectionTexts = {
  heading: { lv: 'Testa personas', en: 'Test persons' },
  intro: {
    lv: 'Testa vide atbild no testa datu kopas, kurā vienmēr ir šīs personas. Pieprasiet tās ar šo savienojumu bez maksas; produkcijas vidē tās neatbild.',
    en: 'The test environment answers from the test data set, which always holds these persons. Ask for them with this connection free of charge; they do not answer in production.',
  },
  list: {
    lv: 'Jūsu sistēma sarakstu var saņemt ar',
    en: 'Your system can fetch the list with',
  },
  docs: { lv: 'API dokumentācija', en: 'API documentation' },
} as const satisfies Messages;
