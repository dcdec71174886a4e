import type { Messages } from '../../platform/i18n/messages.ts';

/** The wording of the back office's errors; `{role}` is filled in when the error is raised. */
export const backofficeErrorTexts = {
  roleRequired: {
    lv: 'Šī sadaļa ir pieejama tikai {role} darbiniekiem.',
    en: 'This section is for {role} staff only.',
  },
} as const satisfies Messages;
