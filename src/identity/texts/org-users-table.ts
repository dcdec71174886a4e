import type { Messages } from '../../platform/i18n/messages.ts';

export const orgUsersTableTexts = {
  role: { lv: 'Loma', en: 'Role' },
  actions: { lv: 'Darbības', en: 'Actions' },
  unblock: {
    lv: (name: string) => `Atbloķēt: ${name}`,
    en: (name: string) => `Unblock: ${name}`,
  },
  resetAccess: {
    lv: (name: string) => `Atjaunot piekļuves datus: ${name}`,
    en: (name: string) => `Restore access data: ${name}`,
  },
  disable: {
    lv: (name: string) => `Slēgt: ${name}`,
    en: (name: string) => `Disable: ${name}`,
  },
} as const satisfies Messages;
