import type { Messages } from '../../platform/i18n/messages.ts';

export const serviceFrameTexts = {
  help: { lv: 'Palīdzība', en: 'Help' },
  navigation: { lv: 'Jūsu e-pakalpojumi un dati', en: 'Your e-services and data' },
} as const satisfies Messages;
