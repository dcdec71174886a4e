import type { Messages } from '../../platform/i18n/messages.ts';

export const orgHomePageTexts = {
  sections: { lv: 'Sadaļas', en: 'Sections' },
  title: { lv: 'Organizācijas darba vieta', en: 'Organisation’s workspace' },
} as const satisfies Messages;
