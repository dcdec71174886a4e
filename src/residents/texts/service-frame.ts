import type { Messages } from '../../platform/i18n/messages.ts';

export const serviceFrameTexts = {
  help: { lv: 'Palīdzība', en: 'Help' },
} as const satisfies Messages;
