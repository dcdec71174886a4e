import type { Messages } from '../../platform/i18n/messages.ts';

/** What the staff's home page warns of. */
export const homeTexts = {
  sealingLate: {
    lv: (minutes: number) =>
      `Audita žurnāla aizzīmogošana kavējas: vecākais neaizzīmogotais ieraksts ir ${minutes} min. vecs. Pārbaudiet, vai darbojas darba process (worker), un palaidiet \`npm run cli -- audit verify\`.`,
    en: (minutes: number) =>
      `Sealing of the audit log is behind: the oldest unsealed record is ${minutes} min old. Check that a worker process runs, and run \`npm run cli -- audit verify\`.`,
  },
} as const satisfies Messages;
